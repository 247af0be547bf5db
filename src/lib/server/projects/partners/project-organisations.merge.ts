import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { OrganisationReference } from '../../manifest/manifest.ts';
import { projectOrganisations } from './project-organisations.table.ts';

/** Moves the project roles of `fromId` to `toId`; a role both played in a project is kept once. */
export async function moveProjectRoles(db: Database, fromId: string, toId: string): Promise<number> {
	const moved = await db
		.update(projectOrganisations)
		.set({ organisationId: toId })
		.where(
			and(
				eq(projectOrganisations.organisationId, fromId),
				sql`not exists (select 1 from project_organisations kept where kept.space_id = ${projectOrganisations.spaceId} and kept.project_id = ${projectOrganisations.projectId} and kept.organisation_id = ${toId} and kept.role = ${projectOrganisations.role})`
			)
		)
		.returning({ role: projectOrganisations.role });
	const doubled = await db.delete(projectOrganisations).where(eq(projectOrganisations.organisationId, fromId)).returning({ role: projectOrganisations.role });
	return moved.length + doubled.length;
}

/** A merge of two organisations moves the merged one's parts in projects to the kept one. */
export const projectRolesOfOrganisation: OrganisationReference = {
	name: 'projectOrganisations',
	column: projectOrganisations.organisationId,
	moveOnMerge: moveProjectRoles
};
