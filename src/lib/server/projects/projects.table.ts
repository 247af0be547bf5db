import { sql } from 'drizzle-orm';
import { date, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../shared/localized.ts';
import { spaces } from '../spaces/spaces.table.ts';

/** A project a space carries out (a hub has its support project, its successor, and others), by period. */
export const projects = pgTable(
	'projects',
	{
		spaceId: uuid('space_id')
			.notNull()
			.references(() => spaces.id, { onDelete: 'cascade' }),
		id: uuid('id')
			.notNull()
			.default(sql`gen_random_uuid()`),
		/** Its address in the space, e.g. `pro-nvo-vid`. */
		slug: text('slug').notNull(),
		title: jsonb('title').notNull().$type<LocalizedText>(),
		acronym: text('acronym'),
		/** Empty while the start is not known (a seed may not state it). */
		startsOn: date('starts_on'),
		/** Empty while the end is not known. */
		endsOn: date('ends_on'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.spaceId, table.id] }), uniqueIndex('projects_slug_idx').on(table.spaceId, table.slug)]
);

export type ProjectRow = typeof projects.$inferSelect;
