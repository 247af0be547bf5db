import { describe, expect, it } from 'vitest';
import type { SpaceRole, TokenScope } from '../../policy/roles.ts';
import { spacesPolicy } from '../spaces/spaces.policy.ts';
import { anonymous, cliActor, type Actor } from './actor.ts';
import { authorize, can, definePolicy, scopesFor } from './policy.ts';

const grozd = 'space-grozd';
const iskra = 'space-iskra';

function person(role?: SpaceRole, extra: Partial<{ isPlatformAdmin: boolean }> = {}): Actor {
	return {
		kind: 'session',
		userId: 'u1',
		email: 'ana@example.si',
		name: 'Ana',
		isPlatformAdmin: extra.isPlatformAdmin ?? false,
		memberships: new Map(role ? [[grozd, { role, organisationId: null }]] : [])
	};
}

function token(role: SpaceRole, scopes: TokenScope[]): Actor {
	const { kind: _kind, ...rest } = person(role) as Extract<Actor, { kind: 'session' }>;
	return { ...rest, kind: 'token', tokenId: 't1', scopes };
}

const code = (fn: () => void) => {
	try {
		fn();
		return 'allowed';
	} catch (error) {
		return (error as { code: string }).code;
	}
};

describe('spaces policy', () => {
	it.each([
		['anonymous', anonymous, 'read', 'allowed'],
		['anonymous', anonymous, 'update', 'unauthenticated'],
		['a viewer', person('viewer'), 'update', 'forbidden'],
		['a member editor', person('member_editor'), 'update', 'forbidden'],
		['staff', person('staff'), 'update', 'allowed'],
		['an admin of the space', person('admin'), 'update', 'allowed'],
		['a platform admin', person(undefined, { isPlatformAdmin: true }), 'update', 'allowed'],
		['the CLI', cliActor, 'create', 'allowed'],
		['an admin of the space', person('admin'), 'create', 'forbidden']
	] as const)('%s → %s: %s', (_who, actor, action, expected) => {
		expect(code(() => authorize(spacesPolicy, actor, action, { spaceId: grozd }))).toBe(expected);
	});

	it('gives a role only in the space it was given in', () => {
		expect(can(spacesPolicy, person('admin'), 'update', { spaceId: grozd })).toBe(true);
		expect(can(spacesPolicy, person('admin'), 'update', { spaceId: iskra })).toBe(false);
	});

	it('limits a token to its scopes on top of its owner’s role', () => {
		expect(code(() => authorize(spacesPolicy, token('admin', ['read']), 'update', { spaceId: grozd }))).toBe('token_scope_missing');
		expect(code(() => authorize(spacesPolicy, token('admin', ['spaces:write']), 'update', { spaceId: grozd }))).toBe('allowed');
		expect(code(() => authorize(spacesPolicy, token('admin', ['write']), 'update', { spaceId: grozd }))).toBe('allowed');
		expect(code(() => authorize(spacesPolicy, token('viewer', ['write']), 'update', { spaceId: grozd }))).toBe('forbidden');
		expect(code(() => authorize(spacesPolicy, token('viewer', ['spaces:read']), 'read'))).toBe('allowed');
	});

	it('refuses session-only actions to tokens, whatever their scopes', () => {
		const policy = definePolicy('spaces', { manageTokens: { signedIn: true, access: 'write', sessionOnly: true } });
		expect(code(() => authorize(policy, person(), 'manageTokens'))).toBe('allowed');
		expect(code(() => authorize(policy, token('admin', ['write']), 'manageTokens'))).toBe('forbidden');
	});

	it('lets a write scope cover reading the same module', () => {
		expect(scopesFor('spaces', 'read')).toEqual(expect.arrayContaining(['read', 'spaces:read', 'spaces:write', 'write']));
		expect(scopesFor('spaces', 'write')).not.toContain('read');
	});
});
