import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { projectSlugTaken } from '../projects.errors.ts';
import { projects, type ProjectRow } from '../projects.table.ts';

export type ProjectBasics = Pick<ProjectRow, 'title' | 'acronym' | 'slug' | 'startsOn' | 'endsOn'>;

/** A project's own row, as a change of its basics reads and writes it; bound to its space. */
export function createProjectBasicsRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	const which = (id: string) => and(eq(projects.spaceId, spaceId), eq(projects.id, id));
	return {
		/** The row, locked until the transaction ends, so that two changes at once are checked one after the other. */
		async locked(id: string): Promise<ProjectRow | undefined> {
			const [row] = await db.select().from(projects).where(which(id)).for('update');
			return row;
		},

		async update(id: string, values: Partial<ProjectBasics>): Promise<void> {
			try {
				await db
					.update(projects)
					.set({ ...values, updatedAt: new Date() })
					.where(which(id));
			} catch (error) {
				if (isUniqueViolation(error) && values.slug) throw projectSlugTaken(values.slug);
				throw error;
			}
		}
	};
}
