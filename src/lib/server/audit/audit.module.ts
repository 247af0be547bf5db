import { m } from '../../paraglide/messages.js';
import { backOffice, policy } from '../manifest/access-rules.ts';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { auditPaths } from './audit.openapi.ts';
import { auditPolicy } from './audit.policy.ts';

export const auditModule = defineModule({
	name: 'audit',
	routes: {
		'/api/v1/spaces/[slug]/audit': { GET: policy(auditPolicy, 'readSpace') },
		'/app/(signed-in)/audit': { GET: backOffice(auditPolicy, 'readPlatform') },
		'/app/(signed-in)/spaces/[slug]/audit': { GET: backOffice(auditPolicy, 'readSpace') }
	},
	openApiPaths: auditPaths,
	backOfficeLinks: [
		{ place: 'space', href: '/app/spaces/[slug]/audit', label: m.audit_title, shownTo: linkFor(auditPolicy, 'readSpace') },
		{ place: 'account', href: '/app/audit', label: m.audit_platform_title, shownTo: linkFor(auditPolicy, 'readPlatform') }
	]
});
