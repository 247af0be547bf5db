import { definePolicy } from '../policy/policy.ts';

/** A space's members are public (the directory filters by them); its admins and staff keep them. */
export const membershipsPolicy = definePolicy('memberships', {
	read: { anyone: true, access: 'read' },
	manage: { spaceRoles: ['admin', 'staff'], access: 'write' }
});
