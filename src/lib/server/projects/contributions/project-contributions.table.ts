import { foreignKey, integer, jsonb, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../shared/localized.ts';
import { projects } from '../projects.table.ts';

/**
 * How a project contributes to a strategy (or law), and to which of its goals, in order. The
 * strategy is free text per project for now: the same strategy written by two projects is two
 * texts, until strategies become records of their own.
 */
export const projectContributions = pgTable(
	'project_contributions',
	{
		spaceId: uuid('space_id').notNull(),
		projectId: uuid('project_id').notNull(),
		position: integer('position').notNull(),
		strategy: jsonb('strategy').notNull().$type<LocalizedText>(),
		goal: jsonb('goal').$type<LocalizedText>(),
		contribution: jsonb('contribution').notNull().$type<LocalizedText>()
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.projectId, table.position] }),
		foreignKey({ columns: [table.spaceId, table.projectId], foreignColumns: [projects.spaceId, projects.id] }).onDelete('cascade')
	]
);

export type ProjectContributionRow = typeof projectContributions.$inferSelect;
