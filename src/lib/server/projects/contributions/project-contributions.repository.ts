import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { projectContributions } from './project-contributions.table.ts';
import type { ProjectContribution } from './project-contributions.schemas.ts';

/** The contributions to strategies of the projects of one space: every query is bound to it. */
export function createProjectContributionsRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	return {
		/** The contributions of any number of projects, in one query, by project in order. */
		async listOf(projectIds: string[]): Promise<Map<string, ProjectContribution[]>> {
			const byProject = new Map<string, ProjectContribution[]>(projectIds.map((id) => [id, []]));
			if (projectIds.length === 0) return byProject;
			const rows = await db
				.select()
				.from(projectContributions)
				.where(and(eq(projectContributions.spaceId, spaceId), inArray(projectContributions.projectId, projectIds)))
				.orderBy(asc(projectContributions.projectId), asc(projectContributions.position));
			for (const { projectId, strategy, goal, contribution } of rows) byProject.get(projectId)?.push({ strategy, goal, contribution });
			return byProject;
		},

		/** Replaces the project's list as a whole. */
		async replace(projectId: string, contributions: ProjectContribution[]): Promise<void> {
			await db.delete(projectContributions).where(and(eq(projectContributions.spaceId, spaceId), eq(projectContributions.projectId, projectId)));
			if (contributions.length > 0)
				await db
					.insert(projectContributions)
					.values(contributions.map(({ strategy, goal, contribution }, position) => ({ spaceId, projectId, position, strategy, goal, contribution })));
		}
	};
}
