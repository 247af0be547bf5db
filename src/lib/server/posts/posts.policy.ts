import { definePolicy } from '../policy/policy.ts';

/** The public reads published posts whose date has come; the space's admins and staff write, publish and see drafts. */
export const postsPolicy = definePolicy('posts', {
	read: { anyone: true, access: 'read' },
	manage: { spaceRoles: ['admin', 'staff'], access: 'write' }
});
