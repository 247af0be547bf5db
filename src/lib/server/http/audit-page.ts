import { entityOptions, presentRecordedChange } from '../../audit/audit-presentation.ts';
import { getLocale } from '../../paraglide/runtime.js';
import type { Actor } from '../policy/actor.ts';
import { getApp } from '../app.ts';
import type { AuditEntry, AuditLogEntry } from '../audit/audit.schemas.ts';
import { auditQuerySchema } from '../audit/audit.schemas.ts';
import { listAuditKinds, queryAudit } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { createUsersRepository } from '../auth/users.repository.ts';
import { createOrganisationsRepository } from '../organisations/organisations.repository.ts';
import { isUuid } from '../shared/uuid.ts';
import type { SpaceRef } from '../spaces/space-scope.ts';
import { rethrowForPage } from './page-errors.ts';

// entries about an organisation by its id whose records may not name it (a membership, a logo)
const aboutAnOrganisation = new Set(['membership', 'organisation']);

/** The names of the organisations some entries are about, by id. */
async function organisationNames(db: Database, entries: AuditEntry[]): Promise<Map<string, string>> {
	const ids = [...new Set(entries.filter((entry) => aboutAnOrganisation.has(entry.entity.type) && isUuid(entry.entity.id)).map((entry) => entry.entity.id))];
	const repository = createOrganisationsRepository({ db });
	const rows = await Promise.all(ids.map((id) => repository.findById(id)));
	return new Map(rows.flatMap((row) => (row ? [[row.id, row.name] as const] : [])));
}

/** The names people have now, by account id, for the entries they wrote (the log keeps the e-mail address they acted under). */
async function peopleNames(db: Database, entries: AuditEntry[]): Promise<Map<string, string>> {
	const ids = [...new Set(entries.flatMap((entry) => (entry.actor.userId ? [entry.actor.userId] : [])))];
	const repository = createUsersRepository({ db });
	const rows = await Promise.all(ids.map((id) => repository.findById(id)));
	return new Map(rows.flatMap((row) => (row?.name ? [[row.id, row.name] as const] : [])));
}

/**
 * Entries with what they say in words, in the language of the request. Only the app's pages and
 * API call this, never the use cases: the words are found by `import.meta.glob`, which the app's
 * bundler provides and the command line (the sources run on Node) does not have.
 */
export async function auditEntriesInWords(db: Database, entries: AuditEntry[]): Promise<AuditLogEntry[]> {
	const [names, people] = await Promise.all([organisationNames(db, entries), peopleNames(db, entries)]);
	return entries.map((entry) => {
		const shown = presentRecordedChange(entry, getLocale());
		return {
			...entry,
			actor: { ...entry.actor, name: entry.actor.userId ? (people.get(entry.actor.userId) ?? null) : null },
			entity: { ...entry.entity, label: shown.kind, name: shown.subject ?? names.get(entry.entity.id) ?? null },
			summary: shown.summary,
			changes: shown.changes.map((change) => ({ ...change, before: change.before ?? null, after: change.after ?? null }))
		};
	});
}

/** An entry as the page shows it: in words, without the raw records (the API has those), so a page of fifty stays light. */
export type AuditPageEntry = Omit<AuditLogEntry, 'before' | 'after'>;

/**
 * The audit log page's data, for the whole platform or, with `space`, one space. Filters that
 * do not parse are named in `invalid`, so the page can show them beside their fields.
 */
export async function loadAuditPage({
	url,
	actor,
	space,
	order
}: {
	url: URL;
	actor: Actor;
	/** The space the request names, found once (see `spaceForPage`). */
	space?: SpaceRef;
	/** Newest first (`desc`) or oldest first. */
	order: 'asc' | 'desc';
}) {
	const { db } = await getApp();
	const raw = Object.fromEntries(url.searchParams);
	// the kinds this log holds, and the one asked for even when it holds none
	const held = await listAuditKinds({ db, actor, spaceId: space?.id }).catch(rethrowForPage);
	const kinds = entityOptions(raw.entity && /^[a-z_]+$/.test(raw.entity) ? [...held, raw.entity] : held, getLocale());
	const parsed = auditQuerySchema.safeParse({ ...raw, space: space?.slug });
	if (!parsed.success) {
		const invalid = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
		return { query: raw, invalid, kinds, result: null };
	}
	const { items, ...page } = await queryAudit({ db, actor, query: parsed.data, order }).catch(rethrowForPage);
	const shown: AuditPageEntry[] = (await auditEntriesInWords(db, items)).map(({ before: _before, after: _after, ...entry }) => entry);
	return { query: raw, invalid: [] as string[], kinds, result: { ...page, items: shown } };
}
