import { definePolicy } from '../policy/policy.ts';

/**
 * A digest's preview shows what a person of the registry would receive, with their organisations:
 * for the space's admins and staff (and platform admins), who send its newsletters.
 */
export const digestPolicy = definePolicy('digest', {
	preview: { spaceRoles: ['admin', 'staff'], access: 'read' }
});
