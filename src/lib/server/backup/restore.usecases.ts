import { Readable } from 'node:stream';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { setupLockKey } from '../db/client.ts';
import { connect } from '../db/connection.ts';
import { migrationsFolder } from '../db/migrations-folder.ts';
import { archiveEntries, manifestName, qualifiedName, readManifest, rowCounter, type Manifest } from './archive.ts';
import { backupDamaged, restoreTableMissing, restoreTargetNotEmpty } from './backup.errors.ts';
import { copyFrom } from './copy-streams.ts';
import { listForeignKeys, listRelations, listTables, quoteIdent, quoteTable, setCopySettings, type Sql } from './catalog.ts';
import { applyMigrations, localMigrations, migrationsOfBackup } from './migrations.ts';

export type RestoreProgress = (table: { name: string; rows: number }) => void;
export type RestoreSummary = { tables: number; rows: number; backupMigration: string | null; migrationsAfter: number; manifest: Manifest };

/**
 * Loads a backup into an empty database: in one transaction, creates the schema the backup was made
 * at (exactly its migrations) and loads every table; then runs this code's later migrations. A
 * database that holds anything is refused, so a restore never mixes two platforms' data, and a
 * failed one leaves it empty, ready for another try.
 */
export async function restoreBackup({
	databaseUrl,
	file,
	onProgress = () => {}
}: {
	databaseUrl: string;
	file: string;
	onProgress?: RestoreProgress;
}): Promise<RestoreSummary> {
	const manifest = await readManifest(file);
	const local = localMigrations();
	const count = migrationsOfBackup(manifest.migrations, local);
	// one connection: the migration lock is a session lock, and servers starting meanwhile wait on it
	const client = connect(databaseUrl, { max: 1 });
	try {
		await client`select pg_advisory_lock(${setupLockKey})`;
		const present = await listRelations(client);
		if (present.length > 0) throw restoreTargetNotEmpty(present);
		await client.begin(async (sql) => {
			// the rows go into the schema they came from; the later migrations then carry them forward
			await applyMigrations(sql, count);
			await loadTables(sql, file, manifest, onProgress);
		});
		await migrate(drizzle(client), { migrationsFolder: migrationsFolder() });
		return {
			tables: manifest.tables.length,
			rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
			backupMigration: manifest.migrations.at(-1)?.tag ?? null,
			migrationsAfter: local.length - count,
			manifest
		};
	} finally {
		await client.end({ timeout: 5 });
	}
}

/**
 * Foreign keys are dropped for the load and added again at its end, in the same transaction, so
 * tables load in any order and every reference is checked once; the tables' own triggers are off
 * meanwhile. (Disabling triggers through
 * session_replication_role would need a superuser, which a managed server does not give.)
 */
async function loadTables(sql: Sql, file: string, manifest: Manifest, onProgress: RestoreProgress): Promise<void> {
	await setCopySettings(sql);
	const target = new Map((await listTables(sql)).map((table) => [qualifiedName(table), table]));
	for (const table of manifest.tables) {
		const columns = target.get(qualifiedName(table))?.columns;
		if (!columns || table.columns.some((column) => !columns.includes(column))) throw restoreTableMissing(qualifiedName(table));
	}
	const foreignKeys = await listForeignKeys(sql);
	for (const key of foreignKeys) await sql.unsafe(`alter table ${key.table} drop constraint ${quoteIdent(key.name)}`);
	// the tables' own triggers (the registry version) would record the load as new writes: the
	// backup holds what they wrote then (the owner may switch them off; FK triggers are not affected)
	for (const table of manifest.tables) await sql.unsafe(`alter table ${quoteTable(table)} disable trigger user`);
	// migrations seed some tables (the default fields of work): the backup holds them as they were then
	if (manifest.tables.length > 0) await sql.unsafe(`truncate ${manifest.tables.map(quoteTable).join(', ')}`);

	const pending = new Map(manifest.tables.map((table) => [table.file, table]));
	for await (const entry of archiveEntries(file)) {
		const table = pending.get(entry.header.name);
		if (!table) {
			if (entry.header.name !== manifestName) throw backupDamaged(file, `it holds an unexpected file ${entry.header.name}`);
			entry.resume();
			continue;
		}
		pending.delete(table.file);
		const counter = rowCounter();
		const columns = table.columns.map(quoteIdent).join(', ');
		await copyFrom(sql, `copy ${quoteTable(table)} (${columns}) from stdin`, Readable.from(entry), counter).catch((error: Error) => {
			throw backupDamaged(file, `${qualifiedName(table)} could not be loaded (${error.message})`);
		});
		if (counter.rows() !== table.rows) throw backupDamaged(file, `${qualifiedName(table)} has ${counter.rows()} rows, its manifest says ${table.rows}`);
		onProgress({ name: qualifiedName(table), rows: table.rows });
	}
	if (pending.size > 0) throw backupDamaged(file, `${[...pending.keys()].join(', ')} missing`);
	for (const table of manifest.tables) await sql.unsafe(`alter table ${quoteTable(table)} enable trigger user`);

	for (const key of foreignKeys) {
		await sql.unsafe(`alter table ${key.table} add constraint ${quoteIdent(key.name)} ${key.definition}`).catch((error: Error) => {
			throw backupDamaged(file, `a reference does not hold (${error.message})`);
		});
	}
	for (const sequence of manifest.sequences) {
		if (sequence.lastValue === null) continue;
		await sql`select setval(${quoteTable(sequence)}::regclass, ${sequence.lastValue}::bigint, true)`;
	}
}
