import { definePolicy } from '../policy/policy.ts';

/** Who may see and change the people of a space. Platform admins and the CLI may do everything. */
export const teamPolicy = definePolicy('team', {
	read: { spaceRoles: ['admin', 'staff'], access: 'read' },
	manage: { spaceRoles: ['admin'], access: 'write' },
	// holding the invitation link is the permission; a token may not accept on someone's behalf
	acceptInvitation: { anyone: true, access: 'write', sessionOnly: true }
});
