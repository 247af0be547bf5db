import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Values an installation generates once and every process shares (e.g. the session secret). */
export const settings = pgTable('settings', {
	key: text('key').primaryKey(),
	value: text('value').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
