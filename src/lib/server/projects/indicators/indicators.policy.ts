import { definePolicy } from '../../policy/policy.ts';

/**
 * Indicators are public like the project; its admins and staff define them and approve actuals;
 * a partner's member editors report their organisation's part (the use case checks it takes part).
 */
export const indicatorsPolicy = definePolicy('projects', {
	read: { anyone: true, access: 'read' },
	manage: { spaceRoles: ['admin', 'staff'], access: 'write' },
	report: { spaceRoles: ['admin', 'staff'], ownOrganisation: true, access: 'write' }
});
