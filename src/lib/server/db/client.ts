import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { connect } from './connection.ts';
import { openEmbeddedCluster } from './embedded/cluster.ts';
import { migrationsFolder } from './migrations-folder.ts';

/**
 * The one database type every repository takes: a connection pool or a transaction. It knows no
 * schema: each repository imports the tables it reads, so a module's tables need no central list.
 */
export type Database = PgDatabase<PgQueryResultHKT>;
/** `embedded`: the PostgreSQL server this app runs in DATA_DIR; `postgresql`: one at DATABASE_URL. */
export type DatabaseKind = 'embedded' | 'postgresql';

export type DatabaseHandle = {
	db: Database;
	kind: DatabaseKind;
	/** Where the database is, for another connection (backup, a child process); may name a socket. */
	url: string;
	/**
	 * Applies the migrations, then runs `setup` (e.g. loading demo content into an empty database)
	 * while no other process can do the same: several app processes and the CLI may start at once,
	 * so both steps run under an advisory lock.
	 */
	migrate: (setup?: (db: Database) => Promise<void>) => Promise<void>;
	close: () => Promise<void>;
};

/** Any constant shared by every Stičišče process; it names the advisory lock of migrations. */
export const setupLockKey = 7_146_905_301;

async function migrateExclusively(url: string, setup?: (db: Database) => Promise<void>) {
	// a session lock needs one connection for the whole critical section
	const client = connect(url, { max: 1 });
	try {
		await client`select pg_advisory_lock(${setupLockKey})`;
		const db = drizzle(client);
		await migrate(db, { migrationsFolder: migrationsFolder() });
		await setup?.(db);
	} finally {
		await client.end({ timeout: 5 });
	}
}

export function openPostgres(target: { url: string; max?: number }): DatabaseHandle {
	const client = connect(target.url, { max: target.max });
	const db = drizzle(client);
	return {
		db,
		kind: 'postgresql',
		url: target.url,
		migrate: (setup) => migrateExclusively(target.url, setup),
		close: () => client.end({ timeout: 5 })
	};
}

/** The database of the app's own embedded server, named so in its cluster. */
const embeddedDatabaseName = 'sticisce';

/** `DATABASE_URL` if set, else the embedded server in `DATA_DIR` (started or joined). */
export async function openDatabase(config: { databaseUrl?: string; dataDir: string }): Promise<DatabaseHandle> {
	if (config.databaseUrl) return openPostgres({ url: config.databaseUrl });
	const cluster = await openEmbeddedCluster({ dataDir: config.dataDir, database: embeddedDatabaseName });
	const database = openPostgres({ url: cluster.urlFor(embeddedDatabaseName) });
	return {
		...database,
		kind: 'embedded',
		close: async () => {
			await database.close();
			await cluster.release();
		}
	};
}
