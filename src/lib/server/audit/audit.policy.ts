import { definePolicy } from '../policy/policy.ts';

export const auditPolicy = definePolicy('audit', {
	readSpace: { spaceRoles: ['admin'], access: 'read' },
	readPlatform: { access: 'read' }
});
