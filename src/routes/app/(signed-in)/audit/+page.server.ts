import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { auditQuerySchema } from '#lib/server/audit/audit.schemas.ts';
import { queryAudit } from '#lib/server/audit/audit.usecases.ts';
import { rethrowForPage } from '#lib/server/http/page-errors.ts';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { db } = await getApp();
	const raw = Object.fromEntries(url.searchParams);
	const parsed = auditQuerySchema.safeParse(raw);
	if (!parsed.success) {
		const invalid = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
		return { query: raw, invalid, result: null };
	}
	const result = await queryAudit({ db, actor: locals.actor, query: parsed.data }).catch(rethrowForPage);
	return { query: raw, invalid: [] as string[], result };
};
