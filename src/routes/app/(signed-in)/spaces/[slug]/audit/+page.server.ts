import type { PageServerLoad } from './$types';
import { loadAuditPage } from '#lib/server/http/audit-page.ts';

export const load: PageServerLoad = ({ url, locals, params }) =>
	loadAuditPage({ url, actor: locals.actor, spaceSlug: params.slug });
