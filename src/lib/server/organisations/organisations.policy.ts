import { definePolicy } from '../policy/policy.ts';

/**
 * Who may do what with the registry of organisations. The directory is public; every hub's
 * admins and staff keep the shared registry; a member editor keeps their own organisation.
 */
export const organisationsPolicy = definePolicy('organisations', {
	read: { anyone: true, access: 'read' },
	export: { anyone: true, access: 'read' },
	create: { anySpaceRoles: ['admin', 'staff'], access: 'write' },
	update: { anySpaceRoles: ['admin', 'staff'], ownOrganisation: true, access: 'write' },
	import: { anySpaceRoles: ['admin', 'staff'], access: 'write' },
	merge: { anySpaceRoles: ['admin', 'staff'], access: 'write' }
});
