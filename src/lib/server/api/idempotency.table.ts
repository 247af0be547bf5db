import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The answers to API POSTs sent with an `Idempotency-Key`, kept a day: the same key from the same
 * caller with the same request gets the same answer again instead of a second write. `status` is
 * null while the first request is still being answered.
 */
export const idempotencyKeys = pgTable(
	'idempotency_keys',
	{
		/** Who sent it: a user's id (with the token's, when one was used). Keys of different callers never meet. */
		caller: text('caller').notNull(),
		key: text('key').notNull(),
		/** SHA-256 of the method, the path and the body. */
		requestHash: text('request_hash').notNull(),
		status: integer('status'),
		headers: jsonb('headers').$type<Record<string, string>>(),
		body: text('body'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.caller, table.key] }), index('idempotency_keys_created_idx').on(table.createdAt)]
);
