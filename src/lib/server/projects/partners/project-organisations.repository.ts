import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { projects } from '../projects.table.ts';
import { projectOrganisations, type ProjectOrganisationRow } from './project-organisations.table.ts';
import type { ProjectOrganisationRole } from '../../../projects/project-organisation-roles.ts';
import { projectOrganisationRoles } from '../../../projects/project-organisation-roles.ts';

export type ProjectOrganisationListing = {
	organisation: { id: string; name: string; shortName: string | null };
	role: ProjectOrganisationRole;
};

// the lead first, the financers last, as the seeds list them
const roleOrder = sql`array_position(array[${sql.join(
	projectOrganisationRoles.map((role) => sql`${role}`),
	sql`, `
)}]::text[], ${projectOrganisations.role})`;

/** The organisations of the projects of one space: every query is bound to it. */
export function createProjectOrganisationsRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	const ofProject = (projectId: string) => and(eq(projectOrganisations.spaceId, spaceId), eq(projectOrganisations.projectId, projectId));

	return {
		async projectExists(projectId: string): Promise<boolean> {
			const [row] = await db
				.select({ id: projects.id })
				.from(projects)
				.where(and(eq(projects.spaceId, spaceId), eq(projects.id, projectId)));
			return Boolean(row);
		},

		async list(projectId: string): Promise<ProjectOrganisationListing[]> {
			return db
				.select({
					organisation: { id: organisations.id, name: organisations.name, shortName: organisations.shortName },
					role: projectOrganisations.role
				})
				.from(projectOrganisations)
				.innerJoin(organisations, eq(organisations.id, projectOrganisations.organisationId))
				.where(ofProject(projectId))
				.orderBy(roleOrder, asc(organisations.sortName));
		},

		/** Adds the role, or returns nothing when the organisation plays it already. */
		async insert(projectId: string, organisationId: string, role: ProjectOrganisationRole): Promise<ProjectOrganisationRow | undefined> {
			const [row] = await db.insert(projectOrganisations).values({ spaceId, projectId, organisationId, role }).onConflictDoNothing().returning();
			return row;
		},

		/** Removes one role, or every role of the organisation in the project when none is named. */
		async remove(projectId: string, organisationId: string, role?: ProjectOrganisationRole): Promise<ProjectOrganisationRow[]> {
			return db
				.delete(projectOrganisations)
				.where(and(ofProject(projectId), eq(projectOrganisations.organisationId, organisationId), role ? eq(projectOrganisations.role, role) : undefined))
				.returning();
		}
	};
}
