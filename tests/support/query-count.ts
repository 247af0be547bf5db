import { drizzle } from 'drizzle-orm/postgres-js';
import type { Database } from '../../src/lib/server/db/client.ts';
import { connect } from '../../src/lib/server/db/connection.ts';

export type CountingDatabase = {
	/** A database that counts the statements sent through it. */
	db: Database;
	/** How many statements `work` sent (the count starts at zero for each call). */
	queriesOf: (work: (db: Database) => Promise<unknown>) => Promise<number>;
	close: () => Promise<void>;
};

/**
 * A second connection to a test database whose statements are counted, for tests that a page or a
 * use case asks the same number of queries however much data it shows (no query per row).
 */
export function countingDatabase(url: string): CountingDatabase {
	let statements = 0;
	const client = connect(url, { max: 1 });
	const db = drizzle(client, { logger: { logQuery: () => void statements++ } });
	return {
		db,
		queriesOf: async (work) => {
			statements = 0;
			await work(db);
			return statements;
		},
		close: () => client.end({ timeout: 5 })
	};
}
