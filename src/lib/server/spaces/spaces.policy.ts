import { definePolicy } from '../policy/policy.ts';

/** Who may do what with spaces. Platform admins and the CLI may do everything. */
export const spacesPolicy = definePolicy('spaces', {
	read: { anyone: true, access: 'read' },
	// a space's back-office home: everybody with a role there
	dashboard: { spaceRoles: ['admin', 'staff', 'member_editor', 'viewer'], access: 'read' },
	update: { spaceRoles: ['admin', 'staff'], access: 'write' },
	create: { access: 'write' },
	// a space's address, its name and its life (archive, restore): the platform's, not the space's own
	manage: { access: 'write' }
});
