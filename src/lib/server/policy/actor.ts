import type { SpaceRole, TokenScope } from '../../policy/roles.ts';

export type Membership = { role: SpaceRole; organisationId: string | null };

type Person = {
	userId: string;
	email: string;
	name: string;
	isPlatformAdmin: boolean;
	/** Roles by space id. */
	memberships: ReadonlyMap<string, Membership>;
};

/**
 * Who is asking. A person acts through a browser session or an API token (then also limited by
 * the token's scopes); the CLI (the operator of the installation) and the platform itself may do
 * everything.
 */
export type Actor =
	| { kind: 'anonymous' }
	| ({ kind: 'session' } & Person)
	| ({ kind: 'token'; tokenId: string; scopes: readonly TokenScope[] } & Person)
	| { kind: 'cli' }
	| { kind: 'system' };

export const anonymous: Actor = { kind: 'anonymous' };
export const cliActor: Actor = { kind: 'cli' };
/** The platform itself, e.g. loading demo content on first start. */
export const systemActor: Actor = { kind: 'system' };

/** The organisations whose profile and people the actor keeps as a member editor. */
export function ownOrganisationIds(actor: Actor): string[] {
	if (actor.kind !== 'session' && actor.kind !== 'token') return [];
	const ids = [...actor.memberships.values()].flatMap((held) => (held.role === 'member_editor' && held.organisationId ? [held.organisationId] : []));
	return [...new Set(ids)];
}

/** The spaces in which the actor holds any role. */
export function heldSpaceIds(actor: Actor): string[] {
	return actor.kind === 'session' || actor.kind === 'token' ? [...actor.memberships.keys()] : [];
}

/** How the audit log names an actor. */
export function actorLabel(actor: Actor): string {
	switch (actor.kind) {
		case 'anonymous':
			return 'anonymous';
		case 'cli':
			return 'command line';
		case 'system':
			return 'system';
		default:
			return actor.email;
	}
}
