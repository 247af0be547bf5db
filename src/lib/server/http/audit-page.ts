import type { Actor } from '../policy/actor.ts';
import { getApp } from '../app.ts';
import { auditQuerySchema } from '../audit/audit.schemas.ts';
import { queryAudit } from '../audit/audit.usecases.ts';
import { rethrowForPage } from './page-errors.ts';

/**
 * The audit log page's data, for the whole platform or, with `spaceSlug`, one space. Filters that
 * do not parse are named in `invalid`, so the page can show them beside their fields.
 */
export async function loadAuditPage({
	url,
	actor,
	spaceSlug,
	order
}: {
	url: URL;
	actor: Actor;
	spaceSlug?: string;
	/** Newest first (`desc`) or oldest first. */
	order: 'asc' | 'desc';
}) {
	const { db } = await getApp();
	const raw = Object.fromEntries(url.searchParams);
	const parsed = auditQuerySchema.safeParse({ ...raw, space: spaceSlug });
	if (!parsed.success) {
		const invalid = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
		return { query: raw, invalid, result: null };
	}
	const result = await queryAudit({ db, actor, query: parsed.data, order }).catch(rethrowForPage);
	return { query: raw, invalid: [] as string[], result };
}
