import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../shared/localized.ts';

/**
 * Fields of work of organisations: the fields in which public-interest status is granted
 * (culture, social care, …). The defaults come with a migration; platform admins edit the list.
 */
export const fieldsOfWork = pgTable('fields_of_work', {
	code: text('code').primaryKey(),
	name: jsonb('name').notNull().$type<LocalizedText>(),
	position: integer('position').notNull().default(0),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export type FieldOfWorkRow = typeof fieldsOfWork.$inferSelect;
