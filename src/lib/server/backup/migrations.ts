import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrationsFolder } from '../db/migrations-folder.ts';
import type { BackupMigration } from './archive.ts';
import { backupMigrationDiffers, backupSchemaTooNew } from './backup.errors.ts';
import { migrationsSchema, migrationsTable, type Sql } from './catalog.ts';

type Journal = { entries: { tag: string; when: number }[] };

const readJournal = (folder: string): Journal => JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8'));

/** This code's migrations, oldest first, with the hash drizzle's migrator records for each. */
export function localMigrations(folder = migrationsFolder()): BackupMigration[] {
	const { entries } = readJournal(folder);
	const files = readMigrationFiles({ migrationsFolder: folder });
	return entries.map((entry, index) => ({ tag: entry.tag, hash: files[index]!.hash, createdAt: entry.when }));
}

/** Names a history the database holds after this code's migrations, for the manifest. */
export function describeApplied(applied: { hash: string; createdAt: number }[], local = localMigrations()): BackupMigration[] {
	return applied.map((migration) => ({ ...migration, tag: local.find((known) => known.createdAt === migration.createdAt)?.tag ?? null }));
}

/**
 * How many of this code's migrations make the schema the backup was made at. The backup's history
 * must be the start of ours: a migration we lack means a newer version made it, one whose SQL
 * differs means another schema under the same name.
 */
export function migrationsOfBackup(backup: BackupMigration[], local = localMigrations()): number {
	backup.forEach((migration, index) => {
		const name = migration.tag ?? String(migration.createdAt);
		const ours = local[index];
		if (!ours || ours.createdAt !== migration.createdAt) {
			if (!local.some((known) => known.createdAt === migration.createdAt)) throw backupSchemaTooNew(name);
			throw backupMigrationDiffers(name);
		}
		if (ours.hash !== migration.hash) throw backupMigrationDiffers(name);
	});
	return backup.length;
}

/**
 * Applies this code's first `count` migrations inside the caller's transaction and records them as
 * drizzle's migrator does (same table, hash and time), so that a restore that fails later leaves
 * the database as empty as it found it, and the migrator takes over from there.
 */
export async function applyMigrations(sql: Sql, count: number, folder = migrationsFolder()): Promise<void> {
	await sql.unsafe(`create schema if not exists ${migrationsSchema}`);
	await sql.unsafe(`create table if not exists ${migrationsSchema}.${migrationsTable} (id serial primary key, hash text not null, created_at bigint)`);
	for (const migration of readMigrationFiles({ migrationsFolder: folder }).slice(0, count)) {
		for (const statement of migration.sql) if (statement.trim()) await sql.unsafe(statement);
		await sql.unsafe(`insert into ${migrationsSchema}.${migrationsTable} (hash, created_at) values ($1, $2)`, [migration.hash, migration.folderMillis]);
	}
}
