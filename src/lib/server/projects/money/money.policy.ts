import { definePolicy } from '../../policy/policy.ts';

/**
 * Public calls are shared by every space, like the registry of organisations: anyone reads them,
 * and the admins and staff of any hub (besides platform admins) record the call their project was
 * selected in, so the next hub selected in it reuses the record instead of typing it again.
 */
export const publicCallsPolicy = definePolicy('projects', {
	read: { anyone: true, access: 'read' },
	create: { anySpaceRoles: ['admin', 'staff'], access: 'write' }
});
