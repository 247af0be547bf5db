import { describe, expect, it } from 'vitest';
import type { SpaceRole, TokenScope } from '../../policy/roles.ts';
import { anonymous, cliActor, systemActor, type Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { teamPolicy } from './team.policy.ts';

const grozd = 'space-grozd';

function person(role?: SpaceRole, isPlatformAdmin = false): Actor {
	return {
		kind: 'session',
		userId: 'u1',
		email: 'ana@example.si',
		name: 'Ana',
		isPlatformAdmin,
		memberships: new Map(role ? [[grozd, { role, organisationId: null }]] : [])
	};
}

function token(role: SpaceRole, scopes: TokenScope[]): Actor {
	const { kind: _kind, ...rest } = person(role) as Extract<Actor, { kind: 'session' }>;
	return { ...rest, kind: 'token', tokenId: 't1', scopes };
}

const outcome = (actor: Actor, action: 'read' | 'manage' | 'acceptInvitation', spaceId = grozd) => {
	try {
		authorize(teamPolicy, actor, action, { spaceId });
		return 'allowed';
	} catch (error) {
		return (error as { code: string }).code;
	}
};

describe('team policy', () => {
	it.each([
		['anonymous', anonymous, 'unauthenticated', 'unauthenticated'],
		['someone outside the space', person(), 'forbidden', 'forbidden'],
		['a viewer', person('viewer'), 'forbidden', 'forbidden'],
		['a member editor', person('member_editor'), 'forbidden', 'forbidden'],
		['staff', person('staff'), 'allowed', 'forbidden'],
		['an admin of the space', person('admin'), 'allowed', 'allowed'],
		['a platform admin', person(undefined, true), 'allowed', 'allowed'],
		['the CLI', cliActor, 'allowed', 'allowed'],
		['the platform itself', systemActor, 'allowed', 'allowed']
	] as const)('%s: read %s, manage %s', (_who, actor, read, manage) => {
		expect(outcome(actor, 'read')).toBe(read);
		expect(outcome(actor, 'manage')).toBe(manage);
	});

	it('gives an admin no say over the team of another space', () => {
		expect(outcome(person('admin'), 'manage', 'space-iskra')).toBe('forbidden');
		expect(outcome(person('admin'), 'read', 'space-iskra')).toBe('forbidden');
	});

	it('limits a token to the team scopes on top of its owner’s role', () => {
		expect(outcome(token('admin', ['read']), 'read')).toBe('allowed');
		expect(outcome(token('admin', ['team:read']), 'manage')).toBe('token_scope_missing');
		expect(outcome(token('admin', ['team:write']), 'manage')).toBe('allowed');
		expect(outcome(token('staff', ['team:write']), 'manage')).toBe('forbidden');
	});

	it('lets anybody with the link accept an invitation, but never through an API token', () => {
		expect(outcome(anonymous, 'acceptInvitation')).toBe('allowed');
		expect(outcome(person(), 'acceptInvitation')).toBe('allowed');
		expect(outcome(token('admin', ['write']), 'acceptInvitation')).toBe('forbidden');
	});
});
