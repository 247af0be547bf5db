import { definePolicy } from '../policy/policy.ts';

/** A space's projects are public (financers and the public read its results); its admins and staff keep them. */
export const projectsPolicy = definePolicy('projects', {
	read: { anyone: true, access: 'read' },
	manage: { spaceRoles: ['admin', 'staff'], access: 'write' }
});
