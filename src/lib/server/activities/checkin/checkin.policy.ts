import { definePolicy } from '../../policy/policy.ts';

/**
 * The registration list and check-in at the door: the space's admins and staff keep them, its
 * viewers read the list. Member editors and everyone else see neither (people's names and codes).
 */
export const checkinPolicy = definePolicy('activities', {
	read: { spaceRoles: ['admin', 'staff', 'viewer'], access: 'read' },
	checkIn: { spaceRoles: ['admin', 'staff'], access: 'write' }
});
