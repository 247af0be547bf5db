import type { RequestHandler } from './$types';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';
import { getApp } from '#lib/server/app.ts';
import { auditQuerySchema } from '#lib/server/audit/audit.schemas.ts';
import { queryAudit } from '#lib/server/audit/audit.usecases.ts';
import { auditEntriesInWords } from '#lib/server/http/audit-page.ts';

export const GET: RequestHandler = ({ params, url, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const query = auditQuerySchema.parse({ ...Object.fromEntries(url.searchParams), space: params.slug });
		const { items, ...page } = await queryAudit({ db, actor: locals.actor, query });
		return { ...page, items: await auditEntriesInWords(db, items) };
	});

export const fallback: RequestHandler = methodNotAllowed(['GET']);
