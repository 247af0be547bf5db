import { sql } from 'drizzle-orm';
import { foreignKey, integer, jsonb, pgTable, primaryKey, text, uuid, type PgColumn } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../shared/localized.ts';
import { projects } from '../projects.table.ts';

/** The columns every part of a project has: its space, its own id, its project, its place in order. */
const partOfProject = () => ({
	spaceId: uuid('space_id').notNull(),
	id: uuid('id')
		.notNull()
		.default(sql`gen_random_uuid()`),
	projectId: uuid('project_id').notNull(),
	position: integer('position').notNull()
});

const belongsToProject = (table: { spaceId: PgColumn; projectId: PgColumn }) =>
	foreignKey({ columns: [table.spaceId, table.projectId], foreignColumns: [projects.spaceId, projects.id] }).onDelete('cascade');

/** A project's objectives as a tree: its general objectives (no parent) and, under each, the specific ones, in order. */
export const projectObjectives = pgTable(
	'project_objectives',
	{
		...partOfProject(),
		/** The general objective this specific one serves; empty for a general objective. */
		parentId: uuid('parent_id'),
		title: jsonb('title').notNull().$type<LocalizedText>(),
		description: jsonb('description').$type<LocalizedText>()
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.id] }),
		belongsToProject(table),
		foreignKey({ columns: [table.spaceId, table.parentId], foreignColumns: [table.spaceId, table.id] }).onDelete('cascade')
	]
);

/** What a project achieved under one of its objectives, in order. */
export const projectResults = pgTable(
	'project_results',
	{
		...partOfProject(),
		objectiveId: uuid('objective_id').notNull(),
		text: jsonb('text').notNull().$type<LocalizedText>()
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.id] }),
		belongsToProject(table),
		foreignKey({ columns: [table.spaceId, table.objectiveId], foreignColumns: [projectObjectives.spaceId, projectObjectives.id] }).onDelete('cascade')
	]
);

/** A project's strands of activity (seed 003: advocacy, training, networking), in order. */
export const projectStrands = pgTable(
	'project_strands',
	{
		...partOfProject(),
		title: jsonb('title').notNull().$type<LocalizedText>(),
		description: jsonb('description').$type<LocalizedText>()
	},
	(table) => [primaryKey({ columns: [table.spaceId, table.id] }), belongsToProject(table)]
);

/** A project's documents and links (its page on the financer's site, a report), in order. */
export const projectLinks = pgTable(
	'project_links',
	{
		...partOfProject(),
		title: jsonb('title').notNull().$type<LocalizedText>(),
		url: text('url').notNull()
	},
	(table) => [primaryKey({ columns: [table.spaceId, table.id] }), belongsToProject(table)]
);
