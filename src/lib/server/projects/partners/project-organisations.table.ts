import { foreignKey, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ProjectOrganisationRole } from '../../../projects/project-organisation-roles.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { projects } from '../projects.table.ts';

/**
 * The organisations taking part in a project, each in a role: operators, hosts, partners and
 * financers are this, never members of the space. One organisation may play several roles.
 */
export const projectOrganisations = pgTable(
	'project_organisations',
	{
		spaceId: uuid('space_id').notNull(),
		projectId: uuid('project_id').notNull(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		role: text('role').notNull().$type<ProjectOrganisationRole>(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.projectId, table.organisationId, table.role] }),
		foreignKey({ columns: [table.spaceId, table.projectId], foreignColumns: [projects.spaceId, projects.id] }).onDelete('cascade')
	]
);

export type ProjectOrganisationRow = typeof projectOrganisations.$inferSelect;
