import { and, asc, count, eq, isNull, ne } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { refuseReservedSlug, spaceSlugTaken } from './spaces.errors.ts';
import type { SpaceProfile } from './spaces.schemas.ts';
import { spaceSlugHistory, spaces, type SpaceRow } from './spaces.table.ts';
import type { LocalizedText } from '../shared/localized.ts';

export type SpacesRepository = ReturnType<typeof createSpacesRepository>;

export function createSpacesRepository({ db }: { db: Database }) {
	/** Whether another space has the slug, now or as an old address that redirects to it. */
	async function isSlugTaken(slug: string, bySpaceOtherThan?: string): Promise<boolean> {
		const other = (column: typeof spaces.id | typeof spaceSlugHistory.spaceId) => (bySpaceOtherThan ? ne(column, bySpaceOtherThan) : undefined);
		const [current] = await db
			.select({ id: spaces.id })
			.from(spaces)
			.where(and(eq(spaces.slug, slug), other(spaces.id)))
			.limit(1);
		const [old] = await db
			.select({ id: spaceSlugHistory.spaceId })
			.from(spaceSlugHistory)
			.where(and(eq(spaceSlugHistory.slug, slug), other(spaceSlugHistory.spaceId)))
			.limit(1);
		return Boolean(current ?? old);
	}

	return {
		/** The spaces by slug; archived ones only when asked for. */
		async list({ includeArchived = false } = {}): Promise<SpaceRow[]> {
			return db
				.select()
				.from(spaces)
				.where(includeArchived ? undefined : isNull(spaces.archivedAt))
				.orderBy(asc(spaces.slug));
		},

		/** The space that had this slug before it was renamed, under its address of now. */
		async findRenamed(oldSlug: string): Promise<SpaceRow | undefined> {
			const [row] = await db
				.select({ space: spaces })
				.from(spaceSlugHistory)
				.innerJoin(spaces, eq(spaces.id, spaceSlugHistory.spaceId))
				.where(eq(spaceSlugHistory.slug, oldSlug))
				.limit(1);
			return row?.space;
		},

		isSlugTaken,

		/** A new address (the old one is kept to redirect from) and name; taking back an old address of its own is fine. */
		async rename(row: SpaceRow, change: { slug: string; name: LocalizedText }): Promise<SpaceRow> {
			if (change.slug !== row.slug) {
				refuseReservedSlug(change.slug);
				await db.delete(spaceSlugHistory).where(and(eq(spaceSlugHistory.slug, change.slug), eq(spaceSlugHistory.spaceId, row.id)));
				await db.insert(spaceSlugHistory).values({ slug: row.slug, spaceId: row.id });
			}
			try {
				const [renamed] = await db
					.update(spaces)
					.set({ ...change, updatedAt: new Date() })
					.where(eq(spaces.id, row.id))
					.returning();
				return renamed!;
			} catch (error) {
				if (isUniqueViolation(error)) throw spaceSlugTaken(change.slug);
				throw error;
			}
		},

		async setArchived(id: string, archivedAt: Date | null): Promise<SpaceRow> {
			const [row] = await db.update(spaces).set({ archivedAt, updatedAt: new Date() }).where(eq(spaces.id, id)).returning();
			return row!;
		},

		async findById(id: string): Promise<SpaceRow | undefined> {
			const [row] = await db.select().from(spaces).where(eq(spaces.id, id));
			return row;
		},

		async findBySlug(slug: string): Promise<SpaceRow | undefined> {
			const [row] = await db.select().from(spaces).where(eq(spaces.slug, slug)).limit(1);
			return row;
		},

		async count(): Promise<number> {
			const [row] = await db.select({ value: count() }).from(spaces);
			return row?.value ?? 0;
		},

		async update(id: string, profile: SpaceProfile): Promise<SpaceRow> {
			const [row] = await db
				.update(spaces)
				.set({ ...toColumns(profile), updatedAt: new Date() })
				.where(eq(spaces.id, id))
				.returning();
			return row!;
		},

		async insert(profile: SpaceProfile): Promise<SpaceRow> {
			refuseReservedSlug(profile.slug);
			if (await isSlugTaken(profile.slug)) throw spaceSlugTaken(profile.slug);
			try {
				const [row] = await db.insert(spaces).values(toColumns(profile)).returning();
				return row!;
			} catch (error) {
				if (isUniqueViolation(error)) throw spaceSlugTaken(profile.slug);
				throw error;
			}
		}
	};
}

/** Absent optional parts of the profile are stored as NULL (the presenter leaves them out). */
function toColumns(profile: SpaceProfile) {
	return {
		...profile,
		regionCode: profile.regionCode ?? null,
		shortName: profile.shortName ?? null,
		field: profile.field ?? null,
		summary: profile.summary ?? null,
		mission: profile.mission ?? null,
		vision: profile.vision ?? null,
		socialChallenge: profile.socialChallenge ?? null,
		purpose: profile.purpose ?? null,
		generalGoal: profile.generalGoal ?? null,
		approach: profile.approach ?? null,
		website: profile.website ?? null,
		contact: profile.contact ?? null
	};
}
