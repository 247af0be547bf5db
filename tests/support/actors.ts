import type { Actor } from '../../src/lib/server/policy/actor.ts';
import type { SpaceRole } from '../../src/lib/policy/roles.ts';

/** Someone signed in with one role in one space (a member editor for an organisation), for use-case tests. */
export const personIn = (spaceId: string, role: SpaceRole, organisationId: string | null = null): Actor => ({
	kind: 'session',
	userId: `user-${role}-${spaceId}`,
	email: `${role}@example.si`,
	name: role,
	isPlatformAdmin: false,
	memberships: new Map([[spaceId, { role, organisationId }]])
});
