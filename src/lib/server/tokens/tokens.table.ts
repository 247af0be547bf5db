import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { TokenScope } from '../../policy/roles.ts';
import { users } from '../auth/auth.table.ts';

/** Bearer tokens for the API. The token is shown once; only its SHA-256 hash is stored. */
export const apiTokens = pgTable(
	'api_tokens',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		/** The first characters of the token, so people can tell their tokens apart. */
		tokenPrefix: text('token_prefix').notNull(),
		scopes: jsonb('scopes').notNull().$type<TokenScope[]>(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** Recorded at most once a minute, so that a busy integration does not write on every request. */
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		/** The last day the token works; null: until revoked. */
		expiresOn: date('expires_on'),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(table) => [index('api_tokens_user_idx').on(table.userId)]
);

export type ApiTokenRow = typeof apiTokens.$inferSelect;
