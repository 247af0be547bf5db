import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { acquireDataDirLock } from './lock.ts';
import { migrationsFolder } from './migrations-folder.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The one database type every repository takes: PGlite, PostgreSQL or a transaction of either. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgresql';

export type DatabaseHandle = {
	db: Database;
	kind: DatabaseKind;
	/**
	 * Applies the migrations, then runs `setup` (e.g. loading demo content into an empty database)
	 * while no other process can do the same: on PostgreSQL several app processes and the CLI may
	 * start at once, so both steps run under an advisory lock.
	 */
	migrate: (setup?: (db: Database) => Promise<void>) => Promise<void>;
	close: () => Promise<void>;
	/** PGlite only: the data directory as a tarball, to start other databases from (test templates). */
	dump?: () => Promise<Blob>;
};

export type DatabaseTarget =
	| { kind: 'postgresql'; url: string; max?: number }
	/** `dataDir` undefined means in memory; `loadDataDir` starts from a dump (test templates). */
	| { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob };

const pgliteExtensions = { pg_trgm, unaccent };

export async function openPglite(target: { dataDir?: string; loadDataDir?: Blob }): Promise<DatabaseHandle> {
	let releaseLock = () => {};
	if (target.dataDir) {
		mkdirSync(target.dataDir, { recursive: true });
		releaseLock = acquireDataDirLock(target.dataDir);
	}
	let client: PGlite;
	try {
		client = await PGlite.create(target.dataDir, {
			extensions: pgliteExtensions,
			loadDataDir: target.loadDataDir
		});
	} catch (error) {
		releaseLock();
		throw error;
	}
	const db = drizzlePglite(client, { schema });
	return {
		db: db as unknown as Database,
		kind: 'pglite',
		// one process holds a PGlite directory (see lock.ts), so there is nobody to race with
		migrate: async (setup) => {
			await migratePglite(db, { migrationsFolder: migrationsFolder() });
			await setup?.(db as unknown as Database);
		},
		close: async () => {
			try {
				if (!client.closed) await client.close();
			} finally {
				releaseLock();
			}
		},
		dump: () => client.dumpDataDir('none')
	};
}

/** Any constant shared by every Stičišče process; it names the advisory lock of migrations. */
const setupLockKey = 7_146_905_301;

async function migratePostgresExclusively(url: string, setup?: (db: Database) => Promise<void>) {
	// a session lock needs one connection for the whole critical section
	const client = postgres(url, { max: 1, onnotice: () => {} });
	try {
		await client`select pg_advisory_lock(${setupLockKey})`;
		const db = drizzlePostgres(client, { schema });
		await migratePostgres(db, { migrationsFolder: migrationsFolder() });
		await setup?.(db as unknown as Database);
	} finally {
		await client.end({ timeout: 5 });
	}
}

export function openPostgres(target: { url: string; max?: number }): DatabaseHandle {
	const client = postgres(target.url, { max: target.max ?? 10, onnotice: () => {} });
	const db = drizzlePostgres(client, { schema });
	return {
		db: db as unknown as Database,
		kind: 'postgresql',
		migrate: (setup) => migratePostgresExclusively(target.url, setup),
		close: () => client.end({ timeout: 5 })
	};
}

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
	return target.kind === 'postgresql' ? openPostgres(target) : openPglite(target);
}

export function targetFromConfig(config: { databaseUrl?: string; dataDir: string }): DatabaseTarget {
	return config.databaseUrl
		? { kind: 'postgresql', url: config.databaseUrl }
		: { kind: 'pglite', dataDir: config.dataDir };
}
