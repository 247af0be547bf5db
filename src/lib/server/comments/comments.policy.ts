import { definePolicy } from '../policy/policy.ts';

/**
 * Anyone reads published comments and sends one (the form and the API); the space's admins and
 * staff see every comment with its status and e-mail, moderate them and choose how the space
 * moderates.
 */
export const commentsPolicy = definePolicy('comments', {
	read: { anyone: true, access: 'read' },
	post: { anyone: true, access: 'write' },
	readAll: { spaceRoles: ['admin', 'staff'], access: 'read' },
	moderate: { spaceRoles: ['admin', 'staff'], access: 'write' }
});
