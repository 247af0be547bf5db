import { definePolicy } from '../policy/policy.ts';

/**
 * A space's lists, subscribers and campaigns are kept by its admins and staff (viewers see them);
 * signing up to a public list, confirming and leaving are for anyone with the form or the link.
 */
export const newslettersPolicy = definePolicy('newsletters', {
	read: { spaceRoles: ['admin', 'staff', 'viewer'], access: 'read' },
	manage: { spaceRoles: ['admin', 'staff'], access: 'write' },
	signUp: { anyone: true, access: 'write' },
	byLink: { anyone: true, access: 'write' }
});
