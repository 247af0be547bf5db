import { createWriteStream, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { connect } from '../db/connection.ts';
import { version } from '../version.ts';
import { formatVersion, qualifiedName, rowCounter, writeArchive, type BackupTable, type Manifest } from './archive.ts';
import { nothingToBackUp } from './backup.errors.ts';
import { copyTo } from './copy-streams.ts';
import { appliedMigrations, listSequences, listTables, quoteIdent, quoteTable, setCopySettings } from './catalog.ts';
import { describeApplied } from './migrations.ts';

/** Called after each table; the backup waits for a promise it returns. */
export type BackupProgress = (table: { name: string; rows: number }) => void | Promise<void>;
export type BackupSummary = { file: string; bytes: number; tables: number; rows: number; migration: string | null; manifest: Manifest };

/**
 * Writes a consistent snapshot of the whole platform to `file` while servers keep writing: every
 * table is copied in one `repeatable read, read only` transaction, so the backup holds the state
 * of one moment, and no lock keeps anybody waiting. Each table streams to a temporary file beside
 * the target (memory stays flat however big it is; the disk of the backup has the room), and the
 * archive is renamed into place only when complete, so a failed run never leaves half a backup.
 */
export async function backupDatabase({
	databaseUrl,
	file,
	onProgress = () => {}
}: {
	databaseUrl: string;
	file: string;
	onProgress?: BackupProgress;
}): Promise<BackupSummary> {
	const target = resolve(file);
	const work = mkdtempSync(join(dirname(target), '.sticisce-backup-'));
	const client = connect(databaseUrl, { max: 1 });
	try {
		const tableFiles = new Map<string, string>();
		const manifest = await client.begin('isolation level repeatable read read only', async (sql): Promise<Manifest> => {
			await setCopySettings(sql);
			const [{ postgresVersion }] = (await sql`select current_setting('server_version') as "postgresVersion"`) as unknown as [{ postgresVersion: string }];
			const applied = await appliedMigrations(sql);
			if (applied.length === 0) throw nothingToBackUp();
			const tables: BackupTable[] = [];
			for (const table of await listTables(sql)) {
				const name = qualifiedName(table);
				const entry = `tables/${name}.copy`;
				const path = join(work, `${tables.length}.copy`);
				const counter = rowCounter();
				const columns = table.columns.map(quoteIdent).join(', ');
				await copyTo(sql, `copy ${quoteTable(table)} (${columns}) to stdout`, counter, createWriteStream(path));
				tableFiles.set(entry, path);
				tables.push({ ...table, rows: counter.rows(), file: entry });
				await onProgress({ name, rows: counter.rows() });
			}
			return {
				format: formatVersion,
				app: { name: 'sticisce', version },
				createdAt: new Date().toISOString(),
				postgresVersion: postgresVersion.split(' ')[0]!,
				migrations: describeApplied(applied),
				tables,
				sequences: await listSequences(sql)
			};
		});
		const partial = `${target}.partial`;
		await writeArchive(partial, manifest, tableFiles);
		renameSync(partial, target);
		return {
			file: target,
			bytes: statSync(target).size,
			tables: manifest.tables.length,
			rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
			migration: manifest.migrations.at(-1)?.tag ?? null,
			manifest
		};
	} finally {
		rmSync(`${target}.partial`, { force: true });
		rmSync(work, { recursive: true, force: true });
		await client.end({ timeout: 5 });
	}
}
