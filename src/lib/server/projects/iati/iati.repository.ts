import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { projectOrganisations } from '../partners/project-organisations.table.ts';
import { projects, type ProjectRow } from '../projects.table.ts';
import type { ProjectOrganisationRole } from '../../../projects/project-organisation-roles.ts';

export type IatiProjectOrganisation = { projectId: string; role: ProjectOrganisationRole; name: string; registrationNumber: string | null };

/** What the IATI export reads of one space's projects, in two queries however many projects. */
export function createIatiRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	return {
		/** Newest first, as the space lists them; one project when `projectId` is given. */
		async projects(projectId?: string): Promise<ProjectRow[]> {
			return db
				.select()
				.from(projects)
				.where(and(eq(projects.spaceId, spaceId), projectId ? eq(projects.id, projectId) : undefined))
				.orderBy(sql`${projects.startsOn} desc nulls last`, asc(projects.slug));
		},

		async organisations(projectIds: string[]): Promise<IatiProjectOrganisation[]> {
			if (projectIds.length === 0) return [];
			return db
				.select({
					projectId: projectOrganisations.projectId,
					role: projectOrganisations.role,
					name: organisations.name,
					registrationNumber: organisations.registrationNumber
				})
				.from(projectOrganisations)
				.innerJoin(organisations, eq(organisations.id, projectOrganisations.organisationId))
				.where(and(eq(projectOrganisations.spaceId, spaceId), inArray(projectOrganisations.projectId, projectIds)))
				.orderBy(asc(organisations.sortName));
		}
	};
}
