import { bigint, boolean, check, pgTable } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/**
 * One row: the version of what the directory reads (organisations, memberships, spaces, fields of
 * work). Statement triggers (migration 0008) set it from a sequence in the writing transaction, so
 * a snapshot that sees a version sees exactly the writes up to it; a rolled-back write's number is
 * never used again. Counts cached under a version are therefore never served after a later write.
 */
export const registryVersion = pgTable(
	'registry_version',
	{
		only: boolean('only').primaryKey().default(true),
		version: bigint('version', { mode: 'bigint' }).notNull()
	},
	(table) => [check('registry_version_one_row', sql`${table.only}`)]
);
