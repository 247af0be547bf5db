import { and, asc, eq, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.ts';
import { spaces } from '../../spaces/spaces.table.ts';
import { projects, type ProjectRow } from '../projects.table.ts';
import type { ProjectDetailsChanges } from './project-details.schemas.ts';
import { projectLinks, projectObjectives, projectResults, projectStrands } from './project-details.table.ts';

export type ProjectWhole = NonNullable<Awaited<ReturnType<typeof loadProjectWhole>>>;
export type ProjectColumns = Partial<Pick<ProjectRow, 'problem' | 'goal' | 'contactName' | 'contactEmail' | 'contactPhone' | 'predecessorId' | 'fromProfile'>>;

/**
 * A project with everything it holds, in six queries however many objectives, results, strands
 * and links it has (its page renders in a fixed number of queries); undefined when none matches.
 */
export async function loadProjectWhole(db: Database, which: { id: string } | { spaceId: string; slug: string }) {
	const where: SQL = 'id' in which ? eq(projects.id, which.id) : and(eq(projects.spaceId, which.spaceId), eq(projects.slug, which.slug))!;
	const [found] = await db.select({ project: projects, spaceSlug: spaces.slug }).from(projects).innerJoin(spaces, eq(spaces.id, projects.spaceId)).where(where);
	if (!found) return undefined;
	const { project } = found;
	const ofProject = (table: { spaceId: PgColumn; projectId: PgColumn }) => and(eq(table.spaceId, project.spaceId), eq(table.projectId, project.id));
	const related = await db
		.select()
		.from(projects)
		.where(
			and(
				eq(projects.spaceId, project.spaceId),
				or(eq(projects.predecessorId, project.id), project.predecessorId ? eq(projects.id, project.predecessorId) : undefined)
			)
		)
		.orderBy(asc(projects.startsOn));
	const objectives = await db.select().from(projectObjectives).where(ofProject(projectObjectives)).orderBy(asc(projectObjectives.position));
	const results = await db.select().from(projectResults).where(ofProject(projectResults)).orderBy(asc(projectResults.position));
	const strands = await db.select().from(projectStrands).where(ofProject(projectStrands)).orderBy(asc(projectStrands.position));
	const links = await db.select().from(projectLinks).where(ofProject(projectLinks)).orderBy(asc(projectLinks.position));
	return { project, spaceSlug: found.spaceSlug, related, objectives, results, strands, links };
}

/** Writes to one project's details; every statement is bound to its space. */
export function createProjectDetailsRepository({ db, spaceId, projectId }: { db: Database; spaceId: string; projectId: string }) {
	const ofProject = (table: { spaceId: PgColumn; projectId: PgColumn }) => and(eq(table.spaceId, spaceId), eq(table.projectId, projectId));
	return {
		async update(columns: ProjectColumns) {
			await db
				.update(projects)
				.set({ ...columns, updatedAt: new Date() })
				.where(and(eq(projects.spaceId, spaceId), eq(projects.id, projectId)));
		},

		async isProjectOfSpace(id: string): Promise<boolean> {
			const [row] = await db
				.select({ id: projects.id })
				.from(projects)
				.where(and(eq(projects.spaceId, spaceId), eq(projects.id, id)));
			return row !== undefined;
		},

		/** Replaces the objective tree and their results by the one given, in its order (ids are made here, so each level is one insert). */
		async replaceObjectives(objectives: NonNullable<ProjectDetailsChanges['objectives']>) {
			await db.delete(projectObjectives).where(ofProject(projectObjectives));
			const rows: (typeof projectObjectives.$inferInsert)[] = [];
			const results: (typeof projectResults.$inferInsert)[] = [];
			const add = (
				objective: { title: ProjectRow['title']; description?: ProjectRow['title']; results: ProjectRow['title'][] },
				parentId: string | null,
				position: number
			) => {
				const id = crypto.randomUUID();
				rows.push({ spaceId, projectId, id, parentId, position, title: objective.title, description: objective.description ?? null });
				objective.results.forEach((text, index) => results.push({ spaceId, projectId, objectiveId: id, position: index, text }));
				return id;
			};
			objectives.forEach((general, index) => {
				const id = add(general, null, index);
				general.objectives.forEach((specific, position) => add(specific, id, position));
			});
			// parents before children: the rows are in that order, and the constraint is checked per row
			if (rows.length > 0) await db.insert(projectObjectives).values(rows);
			if (results.length > 0) await db.insert(projectResults).values(results);
		},

		async replaceStrands(strands: NonNullable<ProjectDetailsChanges['strands']>) {
			await db.delete(projectStrands).where(ofProject(projectStrands));
			if (strands.length > 0)
				await db
					.insert(projectStrands)
					.values(strands.map((strand, position) => ({ spaceId, projectId, position, title: strand.title, description: strand.description ?? null })));
		},

		async replaceLinks(links: NonNullable<ProjectDetailsChanges['links']>) {
			await db.delete(projectLinks).where(ofProject(projectLinks));
			if (links.length > 0) await db.insert(projectLinks).values(links.map((link, position) => ({ spaceId, projectId, position, ...link })));
		}
	};
}
