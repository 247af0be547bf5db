import { and, asc, eq } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { ProjectCopy } from '../duplicate/project-copy.ts';
import { projects } from '../projects.table.ts';
import { projectLinks, projectObjectives, projectResults, projectStrands } from './project-details.table.ts';

/**
 * Copies a project's details to a new project of the same space: problem, goal and contact,
 * objectives (the tree kept, with new ids) with their results, strands and links. The
 * predecessor is not copied: a copy continues nothing until somebody says so.
 */
export async function copyProjectDetails({ db, spaceId, fromId, toId }: ProjectCopy): Promise<number> {
	const of = (table: { spaceId: PgColumn; projectId: PgColumn }, id: string) => and(eq(table.spaceId, spaceId), eq(table.projectId, id));
	const [source] = await db
		.select({
			problem: projects.problem,
			goal: projects.goal,
			contactName: projects.contactName,
			contactEmail: projects.contactEmail,
			contactPhone: projects.contactPhone
		})
		.from(projects)
		.where(and(eq(projects.spaceId, spaceId), eq(projects.id, fromId)));
	if (!source) return 0;
	await db
		.update(projects)
		.set(source)
		.where(and(eq(projects.spaceId, spaceId), eq(projects.id, toId)));

	const objectives = await db.select().from(projectObjectives).where(of(projectObjectives, fromId)).orderBy(asc(projectObjectives.position));
	const newIds = new Map(objectives.map((objective) => [objective.id, crypto.randomUUID()]));
	// general objectives first: a specific one's parent must exist when it is inserted
	const ordered = [...objectives.filter((row) => row.parentId === null), ...objectives.filter((row) => row.parentId !== null)];
	if (ordered.length > 0)
		await db
			.insert(projectObjectives)
			.values(ordered.map((row) => ({ ...row, projectId: toId, id: newIds.get(row.id)!, parentId: row.parentId === null ? null : newIds.get(row.parentId)! })));
	const results = await db.select().from(projectResults).where(of(projectResults, fromId));
	if (results.length > 0)
		await db.insert(projectResults).values(results.map(({ id: _id, ...row }) => ({ ...row, projectId: toId, objectiveId: newIds.get(row.objectiveId)! })));
	const strands = await db.select().from(projectStrands).where(of(projectStrands, fromId));
	if (strands.length > 0) await db.insert(projectStrands).values(strands.map(({ id: _id, ...row }) => ({ ...row, projectId: toId })));
	const links = await db.select().from(projectLinks).where(of(projectLinks, fromId));
	if (links.length > 0) await db.insert(projectLinks).values(links.map(({ id: _id, ...row }) => ({ ...row, projectId: toId })));
	return objectives.length + results.length + strands.length + links.length;
}
