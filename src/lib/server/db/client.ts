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
	migrate: () => Promise<void>;
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
		migrate: () => migratePglite(db, { migrationsFolder: migrationsFolder() }),
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

export function openPostgres(target: { url: string; max?: number }): DatabaseHandle {
	const client = postgres(target.url, { max: target.max ?? 10, onnotice: () => {} });
	const db = drizzlePostgres(client, { schema });
	return {
		db: db as unknown as Database,
		kind: 'postgresql',
		migrate: () => migratePostgres(db, { migrationsFolder: migrationsFolder() }),
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
