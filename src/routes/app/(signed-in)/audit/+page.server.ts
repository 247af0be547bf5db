import type { PageServerLoad } from './$types';
import { auditOrder } from '#lib/components/audit/audit-order.ts';
import { loadAuditPage } from '#lib/server/http/audit-page.ts';

export const load: PageServerLoad = async ({ url, locals }) => {
	const sort = auditOrder(url.searchParams);
	return { ...(await loadAuditPage({ url, actor: locals.actor, order: sort.dir })), sort };
};
