import { definePolicy } from '../policy/policy.ts';

/**
 * A space's members are public (the directory filters by them); its admins and staff keep them, read
 * (review) and answer applications. Anyone may apply for an organisation (an NGO without an account too); a
 * member editor sees the memberships of the organisation they keep, applications included.
 */
export const membershipsPolicy = definePolicy('memberships', {
	read: { anyone: true, access: 'read' },
	apply: { anyone: true, access: 'write' },
	readOwn: { ownOrganisation: true, access: 'read' },
	review: { spaceRoles: ['admin', 'staff'], access: 'read' },
	manage: { spaceRoles: ['admin', 'staff'], access: 'write' }
});
