import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgres } from '../../src/lib/server/db/client.ts';
import { connect } from '../../src/lib/server/db/connection.ts';
import { openEmbeddedCluster } from '../../src/lib/server/db/embedded/cluster.ts';
import { testClusterSettings } from '../../src/lib/server/db/embedded/settings.ts';
import { migrationsFolder } from '../../src/lib/server/db/migrations-folder.ts';
import { templateDatabaseName } from './database.ts';

/** A fingerprint of the migrations, so a template is rebuilt exactly when they change. */
function migrationsHash(): string {
	const hash = createHash('sha256');
	const folder = migrationsFolder();
	for (const name of readdirSync(folder).sort()) {
		if (name.endsWith('.sql')) hash.update(name).update(readFileSync(join(folder, name)));
	}
	hash.update(readFileSync(join(folder, 'meta', '_journal.json')));
	return hash.digest('hex').slice(0, 16);
}

async function prepareTemplate(url: string, hash: string): Promise<void> {
	const name = templateDatabaseName(hash);
	const admin = connect(url, { max: 1 });
	try {
		const [existing] = await admin`select 1 from pg_database where datname = ${name}`;
		if (existing) return;
		await admin.unsafe(`create database "${name}"`);
	} finally {
		await admin.end();
	}
	const templateUrl = new URL(url);
	templateUrl.pathname = `/${name}`;
	const database = openPostgres({ url: templateUrl.toString(), max: 1 });
	try {
		await database.migrate();
	} finally {
		await database.close();
	}
}

/**
 * Without DATABASE_URL the suite runs on the embedded PostgreSQL server, as `npm start` does: one
 * cluster for the whole run, kept between runs in the temp folder (its template database too),
 * where every test file gets a database of its own. With DATABASE_URL (CI's second run, Debian's
 * PostgreSQL 15) the databases are made there instead.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
	// every test project lists this setup; the first one in a run prepares the server for all
	if (process.env.STICISCE_TEST_SERVER) return undefined;
	const hash = migrationsHash();
	process.env.STICISCE_TEST_TEMPLATE_HASH = hash;
	if (process.env.DATABASE_URL) {
		process.env.STICISCE_TEST_SERVER = 'postgresql';
		await prepareTemplate(process.env.DATABASE_URL, hash);
		return undefined;
	}
	const project = createHash('sha256').update(process.cwd()).digest('hex').slice(0, 8);
	const cluster = await openEmbeddedCluster({
		dataDir: join(tmpdir(), `sticisce-tests-${project}`),
		database: 'postgres',
		settings: testClusterSettings
	});
	process.env.DATABASE_URL = cluster.urlFor('postgres');
	process.env.STICISCE_TEST_SERVER = 'embedded';
	await prepareTemplate(process.env.DATABASE_URL, hash);
	return async () => {
		delete process.env.DATABASE_URL;
		await cluster.release();
	};
}
