import { presentRecordedChange } from '../../audit/audit-presentation.ts';
import { getLocale } from '../../paraglide/runtime.js';
import type { AuditEntry, AuditLogEntry } from './audit.schemas.ts';

/**
 * An entry with what it says in words, in the language of the request. Only the app's pages and
 * API call this, never the use cases: the words are found by `import.meta.glob`, which the app's
 * bundler provides and the command line (the sources run on Node) does not have.
 */
export function auditEntryInWords(entry: AuditEntry): AuditLogEntry {
	const shown = presentRecordedChange(entry, getLocale());
	return {
		...entry,
		entity: { ...entry.entity, label: shown.kind, name: shown.subject ?? null },
		summary: shown.summary,
		changes: shown.changes.map((change) => ({ ...change, before: change.before ?? null, after: change.after ?? null }))
	};
}
