import { and, asc, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { insertFromJson } from '../db/json-recordset.ts';
import { auditLog, type AuditRow } from './audit.table.ts';

export type NewAuditEntry = typeof auditLog.$inferInsert;

export type AuditFilter = {
	spaceId?: string;
	actorUserId?: string;
	entityType?: string;
	/** Entries at or after this moment. */
	from?: Date;
	/** Entries before this moment. */
	until?: Date;
};

export type AuditRepository = ReturnType<typeof createAuditRepository>;

export function createAuditRepository({ db }: { db: Database }) {
	function where(filter: AuditFilter): SQL | undefined {
		return and(
			filter.spaceId ? eq(auditLog.spaceId, filter.spaceId) : undefined,
			filter.actorUserId ? eq(auditLog.actorUserId, filter.actorUserId) : undefined,
			filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
			filter.from ? gte(auditLog.createdAt, filter.from) : undefined,
			filter.until ? lt(auditLog.createdAt, filter.until) : undefined
		);
	}

	return {
		async insert(entry: NewAuditEntry): Promise<AuditRow> {
			const [row] = await db.insert(auditLog).values(entry).returning();
			return row!;
		},

		/** Entries that all name the same fields, e.g. those of a bulk import. */
		async insertMany(entries: NewAuditEntry[]): Promise<void> {
			if (entries.length > 0) await db.execute(insertFromJson(auditLog, Object.keys(entries[0]!), entries));
		},

		/** Newest first (`desc`) or oldest first; `id` breaks ties so pages never repeat or skip an entry. */
		async list(filter: AuditFilter, page: { limit: number; offset: number }, order: 'asc' | 'desc' = 'desc'): Promise<{ items: AuditRow[]; total: number }> {
			const condition = where(filter);
			const [items, [totalRow]] = await Promise.all([
				db
					.select()
					.from(auditLog)
					.where(condition)
					.orderBy(...[auditLog.createdAt, auditLog.id].map(order === 'asc' ? asc : desc))
					.limit(page.limit)
					.offset(page.offset),
				db.select({ value: count() }).from(auditLog).where(condition)
			]);
			return { items, total: totalRow?.value ?? 0 };
		},

		/** The kinds of record the entries of a space (or, without one, of the whole platform) are about. */
		async entityTypes(spaceId?: string): Promise<string[]> {
			const rows = await db
				.selectDistinct({ entityType: auditLog.entityType })
				.from(auditLog)
				.where(spaceId ? eq(auditLog.spaceId, spaceId) : undefined);
			return rows.map((row) => row.entityType);
		},

		/** Every entry about one entity, oldest first (e.g. for a person's data export). */
		async entriesAbout(entityType: string, entityId: string): Promise<AuditRow[]> {
			return db
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
				.orderBy(asc(auditLog.createdAt), asc(auditLog.id));
		},

		/**
		 * The one exception to "only ever inserted": erasing a person on request (GDPR art. 17)
		 * blanks what the entries about them recorded; who did what and when stays.
		 */
		async scrubEntity(entityType: string, entityId: string): Promise<void> {
			await db
				.update(auditLog)
				.set({ before: { erased: true }, after: { erased: true } })
				.where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)));
		}
	};
}
