import type { RequestHandler } from './$types';
import { methodNotAllowed, respondJson } from '#lib/server/http/api-responses.ts';
import { getApp } from '#lib/server/app.ts';
import { auditQuerySchema } from '#lib/server/audit/audit.schemas.ts';
import { queryAudit } from '#lib/server/audit/audit.usecases.ts';

export const GET: RequestHandler = ({ params, url, locals }) =>
	respondJson(async () => {
		const { db } = await getApp();
		const query = auditQuerySchema.parse({ ...Object.fromEntries(url.searchParams), space: params.slug });
		return queryAudit({ db, actor: locals.actor, query });
	});

export const fallback: RequestHandler = methodNotAllowed(['GET']);
