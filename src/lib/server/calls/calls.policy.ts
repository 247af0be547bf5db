import { definePolicy } from '../policy/policy.ts';

/**
 * Funding calls belong to the platform: anyone reads them, the admins and staff of any space enter
 * and edit them (the space is recorded). Which members of a space are eligible, and their
 * applications, are that space's business; a member editor sees the calls their own organisation
 * may apply to.
 */
export const callsPolicy = definePolicy('calls', {
	read: { anyone: true, access: 'read' },
	manage: { anySpaceRoles: ['admin', 'staff'], access: 'write' },
	/** The back office's pages and the API's lists: anyone who keeps some space, before the space is known. */
	staffAnywhere: { anySpaceRoles: ['admin', 'staff', 'viewer'], access: 'read' },
	/** The eligible members and the applications of one space. */
	readSpace: { spaceRoles: ['admin', 'staff', 'viewer'], access: 'read' },
	recordApplications: { spaceRoles: ['admin', 'staff'], access: 'write' },
	/** "Calls you can apply to": staff for any organisation, a member editor for their own. */
	forOrganisation: { anySpaceRoles: ['admin', 'staff', 'viewer'], ownOrganisation: true, access: 'read' },
	/** The member editor's page itself, before the organisation is known. */
	eligiblePage: { anySpaceRoles: ['admin', 'staff', 'viewer', 'member_editor'], access: 'read' }
});
