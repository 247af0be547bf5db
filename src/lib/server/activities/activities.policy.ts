import { definePolicy } from '../policy/policy.ts';

/**
 * Public activities are on the calendar for anyone; internal ones and the registration lists are
 * for the space's admins and staff, who keep them. Member editors register people of their own
 * organisation (see registrations/).
 */
export const activitiesPolicy = definePolicy('activities', {
	read: { anyone: true, access: 'read' },
	readInternal: { spaceRoles: ['admin', 'staff', 'viewer'], access: 'read' },
	manage: { spaceRoles: ['admin', 'staff'], access: 'write' }
});
