import { existsSync } from 'node:fs';
import { backupDatabase } from './backup.usecases.ts';
import { restoreBackup } from './restore.usecases.ts';
import type { CommandInput } from '../manifest/manifest.ts';
import { UsageError } from '../manifest/usage-error.ts';

function fileOf(positionals: string[], verb: string): string {
	const [file, ...extra] = positionals;
	if (!file || extra.length > 0) throw new UsageError(`Usage: npm run cli -- ${verb} FILE.tar.gz`);
	return file;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** `backup FILE`: a snapshot of the whole platform; safe while servers run. */
export async function backupCommand({ database, positionals }: CommandInput): Promise<number> {
	const file = fileOf(positionals, 'backup');
	const started = performance.now();
	const result = await backupDatabase({
		databaseUrl: database.url,
		file,
		onProgress: ({ name, rows }) => console.error(`Backed up ${name}: ${rows} rows`)
	});
	console.log(`Wrote ${result.file} (${megabytes(result.bytes)}): ${result.tables} tables, ${result.rows} rows, in ${seconds(started)}.`);
	console.log(`Schema: migration ${result.migration ?? 'unknown'}.`);
	return 0;
}

/** `restore FILE`: into an empty database only; the schema is migrated to this version after the load. */
export async function restoreCommand({ database, positionals }: CommandInput): Promise<number> {
	const file = fileOf(positionals, 'restore');
	if (!existsSync(file)) throw new UsageError(`There is no file ${file}.`);
	const started = performance.now();
	const result = await restoreBackup({
		databaseUrl: database.url,
		file,
		onProgress: ({ name, rows }) => console.error(`Restored ${name}: ${rows} rows`)
	});
	console.log(`Restored ${result.tables} tables, ${result.rows} rows from ${file} (made ${result.manifest.createdAt}), in ${seconds(started)}.`);
	console.log(
		`Schema: migration ${result.backupMigration ?? 'unknown'} of the backup` +
			(result.migrationsAfter > 0 ? `, then ${result.migrationsAfter} later migrations of this version.` : ', the latest of this version.')
	);
	return 0;
}
