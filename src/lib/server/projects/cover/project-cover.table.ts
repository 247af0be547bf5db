import { foreignKey, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../db/column-types.ts';
import type { LocalizedText } from '../../shared/localized.ts';
import { projects } from '../projects.table.ts';

/**
 * A project's cover image (seed 001 opens with one and closes with its credit, "Naslovna slika: …"),
 * kept in the database like organisations' logos so a backup holds it; at most one per project.
 */
export const projectCovers = pgTable(
	'project_covers',
	{
		spaceId: uuid('space_id').notNull(),
		projectId: uuid('project_id').notNull(),
		contentType: text('content_type').notNull(),
		content: bytea('content').notNull(),
		/** What the image shows, for people who cannot see it. */
		alt: jsonb('alt').notNull().$type<LocalizedText>(),
		/** Who or what the picture is of or by, shown below it ("Naslovna slika: …"). */
		credit: jsonb('credit').$type<LocalizedText>(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.projectId] }),
		foreignKey({ columns: [table.spaceId, table.projectId], foreignColumns: [projects.spaceId, projects.id] }).onDelete('cascade')
	]
);

export type ProjectCoverRow = typeof projectCovers.$inferSelect;
