import { asc, count, eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { spaceSlugTaken } from './spaces.errors.ts';
import type { SpaceProfile } from './spaces.schemas.ts';
import { spaces, type SpaceRow } from './spaces.table.ts';

export type SpacesRepository = ReturnType<typeof createSpacesRepository>;

export function createSpacesRepository({ db }: { db: Database }) {
	return {
		async list(): Promise<SpaceRow[]> {
			return db.select().from(spaces).orderBy(asc(spaces.slug));
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
		supportProject: profile.supportProject ?? null,
		website: profile.website ?? null,
		contact: profile.contact ?? null
	};
}
