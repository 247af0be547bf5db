import { definePolicy } from '../../policy/policy.ts';

/**
 * Anyone registers themselves for a public activity (no account); a member editor registers people
 * of their own organisation, staff anyone; the list of registrations is the space's.
 */
export const registrationsPolicy = definePolicy('activities', {
	register: { anyone: true, access: 'write' },
	registerOthers: { spaceRoles: ['admin', 'staff'], ownOrganisation: true, access: 'write' },
	registerAnyone: { spaceRoles: ['admin', 'staff'], access: 'write' },
	list: { spaceRoles: ['admin', 'staff', 'viewer'], access: 'read' },
	/** Cancelling and accepting by the personal link: the link's secret is the authority. */
	byLink: { anyone: true, access: 'write' }
});
