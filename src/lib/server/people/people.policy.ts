import { definePolicy } from '../policy/policy.ts';

/**
 * People's data is personal: only those who keep the registry (admins and staff of a space) see
 * and change it, and member editors for the people of their own organisation. GDPR export and
 * erasure are for admins.
 */
export const peoplePolicy = definePolicy('people', {
	read: { anySpaceRoles: ['admin', 'staff'], ownOrganisation: true, access: 'read' },
	create: { anySpaceRoles: ['admin', 'staff'], ownOrganisation: true, access: 'write' },
	update: { anySpaceRoles: ['admin', 'staff'], ownOrganisation: true, access: 'write' },
	exportPersonalData: { anySpaceRoles: ['admin'], access: 'read' },
	erase: { anySpaceRoles: ['admin'], access: 'write' }
});
