import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const jobStatuses = ['pending', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof jobStatuses)[number];

/**
 * Background work (mail, imports, later reports), persisted so that nothing is lost when a
 * process stops; any app process or a separate worker may run it. `locked_by` names the runner
 * of a running job; the runner holds an advisory lock derived from it while it lives (see
 * workerLockKey), which is how other processes tell a live runner from a dead one.
 */
export const jobs = pgTable(
	'jobs',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		kind: text('kind').notNull(),
		payload: jsonb('payload').notNull(),
		status: text('status').notNull().default('pending').$type<JobStatus>(),
		attempts: integer('attempts').notNull().default(0),
		maxAttempts: integer('max_attempts').notNull().default(5),
		runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
		lockedAt: timestamp('locked_at', { withTimezone: true }),
		lockedBy: text('locked_by'),
		lastError: text('last_error'),
		/** Jobs with the same key run one at a time (e.g. the imports of one person); the rest wait. */
		concurrencyKey: text('concurrency_key'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		finishedAt: timestamp('finished_at', { withTimezone: true })
	},
	(table) => [index('jobs_due_idx').on(table.status, table.runAt)]
);

export type JobRow = typeof jobs.$inferSelect;
