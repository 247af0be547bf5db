import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { openPglite, openPostgres } from '../../src/lib/server/db/client.ts';
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

async function preparePgliteTemplate(hash: string): Promise<string> {
	const file = join('.tmp', `pglite-template-${hash}.tar`);
	if (existsSync(file)) return file;
	mkdirSync('.tmp', { recursive: true });
	const database = await openPglite({});
	await database.migrate();
	const dump = await database.dump!();
	await database.close();
	const partial = `${file}.${process.pid}`;
	writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
	renameSync(partial, file);
	return file;
}

async function preparePostgresTemplate(url: string, hash: string): Promise<void> {
	const name = templateDatabaseName(hash);
	const admin = postgres(url, { max: 1, onnotice: () => {} });
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
	await database.migrate();
	await database.close();
}

export default async function setup(): Promise<void> {
	const hash = migrationsHash();
	process.env.STICISCE_TEST_TEMPLATE_HASH = hash;
	if (process.env.DATABASE_URL) {
		await preparePostgresTemplate(process.env.DATABASE_URL, hash);
	} else {
		process.env.STICISCE_TEST_PGLITE_TEMPLATE = await preparePgliteTemplate(hash);
	}
}
