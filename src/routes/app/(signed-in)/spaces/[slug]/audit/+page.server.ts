import type { PageServerLoad } from './$types';
import { auditOrder } from '#lib/components/audit/audit-order.ts';
import { loadAuditPage } from '#lib/server/http/audit-page.ts';
import { spaceForPage } from '#lib/server/http/page-errors.ts';

export const load: PageServerLoad = async ({ url, locals, params }) => {
	const sort = auditOrder(url.searchParams);
	const space = spaceForPage(locals, params.slug);
	return { ...(await loadAuditPage({ url, actor: locals.actor, space, order: sort.dir })), sort, space: { name: space.name } };
};
