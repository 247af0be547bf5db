import { definePolicy } from '../../policy/policy.ts';

/**
 * Attendance lists and evaluation answers name people: only the space's admins and staff, who keep
 * them, export them (a viewer reads the figures, not the names). Across every space only platform
 * admins (and the CLI) do: the rule names no role. A token needs `activities:read` or `read`.
 */
export const activityExportsPolicy = definePolicy('activities', {
	export: { spaceRoles: ['admin', 'staff'], access: 'read' },
	exportAllSpaces: { access: 'read' }
});
