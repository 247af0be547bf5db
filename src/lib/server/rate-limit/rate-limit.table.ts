import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Fixed-window counters (e.g. failed sign-ins per account and per address), shared by all processes. */
export const rateLimits = pgTable('rate_limits', {
	key: text('key').primaryKey(),
	windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
	count: integer('count').notNull()
});
