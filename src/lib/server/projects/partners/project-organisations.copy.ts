import { and, eq } from 'drizzle-orm';
import type { ProjectCopy } from '../duplicate/project-copy.ts';
import { projectOrganisations } from './project-organisations.table.ts';

/** Copies the organisations taking part in a project, each in its roles, to a new project of the same space. */
export async function copyProjectOrganisations({ db, spaceId, fromId, toId }: ProjectCopy): Promise<number> {
	const rows = await db
		.select()
		.from(projectOrganisations)
		.where(and(eq(projectOrganisations.spaceId, spaceId), eq(projectOrganisations.projectId, fromId)));
	if (rows.length > 0) await db.insert(projectOrganisations).values(rows.map(({ createdAt: _createdAt, ...row }) => ({ ...row, projectId: toId })));
	return rows.length;
}
