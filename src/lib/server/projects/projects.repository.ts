import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { projectSlugTaken } from './projects.errors.ts';
import { projects, type ProjectRow } from './projects.table.ts';

export type ProjectValues = Pick<ProjectRow, 'slug' | 'title' | 'acronym' | 'startsOn' | 'endsOn'>;

/** The projects of one space: every query is bound to it. */
export function createProjectsRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	return {
		/** Newest first: the running project leads, its predecessors follow. */
		async list(): Promise<ProjectRow[]> {
			return db
				.select()
				.from(projects)
				.where(eq(projects.spaceId, spaceId))
				.orderBy(sql`${projects.startsOn} desc nulls last`, asc(projects.slug));
		},

		async insert(values: ProjectValues): Promise<ProjectRow> {
			try {
				const [row] = await db
					.insert(projects)
					.values({ ...values, spaceId })
					.returning();
				return row!;
			} catch (error) {
				if (isUniqueViolation(error)) throw projectSlugTaken(values.slug);
				throw error;
			}
		}
	};
}
