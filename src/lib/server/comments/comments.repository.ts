import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { commentSettings, comments, type CommentRow, type CommentStatus, type ModerationMode } from './comments.table.ts';

export type CommentWithOrganisation = CommentRow & { organisation: string | null };

const withOrganisation = { comment: comments, organisation: organisations.name };
const flatten = (row: { comment: CommentRow; organisation: string | null }): CommentWithOrganisation => ({ ...row.comment, organisation: row.organisation });

/** Lookups of one comment by its id, for the API that names no space. */
export async function findCommentById(db: Database, id: string): Promise<CommentRow | undefined> {
	const [row] = await db.select().from(comments).where(eq(comments.id, id));
	return row;
}

/** The comments of one space: every query is bound to it. */
export function createCommentsRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	const inSpace = eq(comments.spaceId, spaceId);
	return {
		async insert(values: Omit<typeof comments.$inferInsert, 'spaceId'>): Promise<CommentRow> {
			const [row] = await db
				.insert(comments)
				.values({ ...values, spaceId })
				.returning();
			return row!;
		},

		/** A subject's comments, oldest first: the published ones, or every one (for staff). */
		async ofSubject(kind: string, id: string, { publishedOnly }: { publishedOnly: boolean }): Promise<CommentWithOrganisation[]> {
			const rows = await db
				.select(withOrganisation)
				.from(comments)
				.leftJoin(organisations, eq(organisations.id, comments.organisationId))
				.where(and(inSpace, eq(comments.subjectKind, kind), eq(comments.subjectId, id), publishedOnly ? eq(comments.status, 'published') : undefined))
				.orderBy(asc(comments.createdAt));
			return rows.map(flatten);
		},

		/** One page of the space's comments in a status, newest first. */
		async inStatus(status: CommentStatus, { limit, offset }: { limit: number; offset: number }) {
			const where = and(inSpace, eq(comments.status, status));
			const [rows, [total]] = await Promise.all([
				db
					.select(withOrganisation)
					.from(comments)
					.leftJoin(organisations, eq(organisations.id, comments.organisationId))
					.where(where)
					.orderBy(desc(comments.createdAt), desc(comments.id))
					.limit(limit)
					.offset(offset),
				db.select({ count: count() }).from(comments).where(where)
			]);
			return { items: rows.map(flatten), total: total?.count ?? 0 };
		},

		/** How many comments the space has in each status. */
		async countsByStatus(): Promise<Record<CommentStatus, number>> {
			const rows = await db.select({ status: comments.status, count: count() }).from(comments).where(inSpace).groupBy(comments.status);
			const counts: Record<CommentStatus, number> = { held: 0, published: 0, hidden: 0, spam: 0 };
			for (const row of rows) counts[row.status] = row.count;
			return counts;
		},

		async byIds(ids: string[]): Promise<CommentRow[]> {
			if (ids.length === 0) return [];
			return db
				.select()
				.from(comments)
				.where(and(inSpace, inArray(comments.id, ids)))
				.for('update');
		},

		async update(id: string, values: Partial<Pick<CommentRow, 'status' | 'personId' | 'moderatedBy' | 'moderatedAt'>>): Promise<CommentRow> {
			const [row] = await db
				.update(comments)
				.set({ ...values, updatedAt: sql`now()` })
				.where(and(inSpace, eq(comments.id, id)))
				.returning();
			return row!;
		},

		async moderation(): Promise<ModerationMode> {
			const [row] = await db.select({ moderation: commentSettings.moderation }).from(commentSettings).where(eq(commentSettings.spaceId, spaceId));
			return row?.moderation ?? 'pre';
		},

		async setModeration(moderation: ModerationMode): Promise<void> {
			await db
				.insert(commentSettings)
				.values({ spaceId, moderation })
				.onConflictDoUpdate({ target: commentSettings.spaceId, set: { moderation, updatedAt: sql`now()` } });
		}
	};
}
