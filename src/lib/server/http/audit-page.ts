import { entityOptions } from '../../audit/audit-presentation.ts';
import { getLocale } from '../../paraglide/runtime.js';
import type { Actor } from '../policy/actor.ts';
import { getApp } from '../app.ts';
import { auditEntryInWords } from '../audit/audit.in-words.ts';
import type { AuditLogEntry } from '../audit/audit.schemas.ts';
import { auditQuerySchema } from '../audit/audit.schemas.ts';
import { queryAudit } from '../audit/audit.usecases.ts';
import { rethrowForPage } from './page-errors.ts';

/** An entry as the page shows it: in words, without the raw records (the API has those), so a page of fifty stays light. */
export type AuditPageEntry = Omit<AuditLogEntry, 'before' | 'after'>;

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
	const kinds = entityOptions(getLocale());
	const parsed = auditQuerySchema.safeParse({ ...raw, space: spaceSlug });
	if (!parsed.success) {
		const invalid = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
		return { query: raw, invalid, kinds, result: null };
	}
	const { items, ...page } = await queryAudit({ db, actor, query: parsed.data, order }).catch(rethrowForPage);
	const shown: AuditPageEntry[] = items.map((entry) => {
		const { before: _before, after: _after, ...inWords } = auditEntryInWords(entry);
		return inWords;
	});
	return { query: raw, invalid: [] as string[], kinds, result: { ...page, items: shown } };
}
