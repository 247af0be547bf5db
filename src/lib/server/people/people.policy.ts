import { definePolicy } from '../policy/policy.ts';

/**
 * People's data is personal: only those who keep the registry (admins and staff of a space) see
 * and change it, and member editors for the people of their own organisation. GDPR export and
 * erasure are for platform admins and for admins of a space the person is connected to (through
 * an organisation, past or present, that is or was a member of the space): an admin of one hub
 * cannot take or erase the data of people the hub has nothing to do with.
 */
export const peoplePolicy = definePolicy('people', {
	read: { anySpaceRoles: ['admin', 'staff'], ownOrganisation: true, access: 'read' },
	create: { anySpaceRoles: ['admin', 'staff'], ownOrganisation: true, access: 'write' },
	update: { anySpaceRoles: ['admin', 'staff'], ownOrganisation: true, access: 'write' },
	exportPersonalData: { spaceRoles: ['admin'], access: 'read' },
	erase: { spaceRoles: ['admin'], access: 'write' }
});
