import { sql } from 'drizzle-orm';
import { date, foreignKey, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		// its details (issue 12, item 1; projects/details/)
		problem: jsonb('problem').$type<LocalizedText>(),
		goal: jsonb('goal').$type<LocalizedText>(),
		contactName: text('contact_name'),
		contactEmail: text('contact_email'),
		contactPhone: text('contact_phone'),
		/** The project of the same space this one continues. */
		predecessorId: uuid('predecessor_id'),
		/** Facts the space profile's project held that no table of projects holds yet (call, money, unknown partners), shown as they were. */
		fromProfile: jsonb('from_profile').$type<Record<string, unknown>>()
	},
	(table) => [
		primaryKey({ columns: [table.spaceId, table.id] }),
		uniqueIndex('projects_slug_idx').on(table.spaceId, table.slug),
		foreignKey({ columns: [table.spaceId, table.predecessorId], foreignColumns: [table.spaceId, table.id] })
	]
);

export type ProjectRow = typeof projects.$inferSelect;
