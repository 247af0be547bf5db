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

export function presentAuditEntry(row: AuditRow): AuditEntry {
	return {
		id: row.id,
		at: row.createdAt.toISOString(),
		actor: { label: row.actorLabel, userId: row.actorUserId, tokenId: row.actorTokenId, kind: row.actorKind },
		source: row.source,
		action: row.action,
		entity: { type: row.entityType, id: row.entityId },
		spaceId: row.spaceId,
		changedFields: changedFields(row.before, row.after),
		before: row.before,
		after: row.after
	};
}
