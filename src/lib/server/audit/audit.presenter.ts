import { presentRecordedChange } from '../../audit/audit-presentation.ts';
import { getLocale } from '../../paraglide/runtime.js';
import type { AuditEntry } from './audit.schemas.ts';
import type { AuditRow } from './audit.table.ts';

export type { AuditEntry };

const ignoredFields = new Set(['updatedAt', 'createdAt']);

export function changedFields(before: unknown, after: unknown): string[] {
	const left = (before ?? {}) as Record<string, unknown>;
	const right = (after ?? {}) as Record<string, unknown>;
	return [...new Set([...Object.keys(left), ...Object.keys(right)])]
		.filter((key) => !ignoredFields.has(key) && JSON.stringify(left[key]) !== JSON.stringify(right[key]))
		.sort();
}

/** An entry as the API and the back office show it, its words in the language of the request. */
export function presentAuditEntry(row: AuditRow): AuditEntry {
	const fields = changedFields(row.before, row.after);
	const shown = presentRecordedChange(
		{ action: row.action, entity: { type: row.entityType }, before: row.before, after: row.after, changedFields: fields },
		getLocale()
	);
	return {
		id: row.id,
		at: row.createdAt.toISOString(),
		actor: { label: row.actorLabel, userId: row.actorUserId, tokenId: row.actorTokenId, kind: row.actorKind },
		source: row.source,
		action: row.action,
		entity: { type: row.entityType, id: row.entityId, label: shown.kind, name: shown.subject ?? null },
		spaceId: row.spaceId,
		summary: shown.summary,
		changedFields: fields,
		changes: shown.changes.map((change) => ({ ...change, before: change.before ?? null, after: change.after ?? null })),
		before: row.before,
		after: row.after
	};
}
