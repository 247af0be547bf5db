import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import tar, { type Extract } from 'tar-stream';
import { z } from 'zod';
import { backupDamaged, backupFormatTooNew, notABackup } from './backup.errors.ts';

/**
 * A backup is one gzip-compressed tar file: `manifest.json` first (so a restore can check it
 * before touching the database), then one file per table in PostgreSQL's COPY text format, in the
 * manifest's order. Any tar tool can list and unpack it.
 */
export const formatVersion = 1;
export const manifestName = 'manifest.json';

const migrationSchema = z.object({
	/** drizzle-kit's name of the migration; null when the code that made the backup did not know it. */
	tag: z.string().nullable(),
	hash: z.string(),
	/** The journal's `when`, which drizzle's migrator orders by. */
	createdAt: z.number()
});

const tableSchema = z.object({
	schema: z.string(),
	name: z.string(),
	/** The stored columns in file order; generated columns are left out and computed again on restore. */
	columns: z.array(z.string()).min(1),
	rows: z.number().int().nonnegative(),
	file: z.string()
});

export const manifestSchema = z.object({
	format: z.number().int(),
	app: z.object({ name: z.literal('sticisce'), version: z.string() }),
	createdAt: z.string(),
	postgresVersion: z.string(),
	migrations: z.array(migrationSchema),
	tables: z.array(tableSchema),
	/** Sequences are not transactional: each value was read after the snapshot, so it is at least the one the rows used. */
	sequences: z.array(z.object({ schema: z.string(), name: z.string(), lastValue: z.string().nullable() }))
});

export type Manifest = z.infer<typeof manifestSchema>;
export type BackupTable = Manifest['tables'][number];
export type BackupMigration = Manifest['migrations'][number];

export const qualifiedName = (table: { schema: string; name: string }) => `${table.schema}.${table.name}`;

/** Counts the rows of a COPY text stream as it passes: every row ends in a newline, and newlines in values are escaped. */
export function rowCounter(): Transform & { rows: () => number } {
	let rows = 0;
	const counter = new Transform({
		transform(chunk: Buffer, _encoding, done) {
			for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) rows++;
			done(null, chunk);
		}
	});
	return Object.assign(counter, { rows: () => rows });
}

/** Writes the manifest and the table files (already on disk, so their sizes are known) as one .tar.gz. */
export async function writeArchive(target: string, manifest: Manifest, tableFiles: Map<string, string>): Promise<void> {
	const pack = tar.pack();
	const written = pipeline(Readable.from(pack), createGzip(), createWriteStream(target));
	const add = async (name: string, source: Readable, size: number) => {
		const { promise: stored, resolve, reject } = Promise.withResolvers<void>();
		const entry = pack.entry({ name, size, mode: 0o600 }, (error) => (error ? reject(error) : resolve()));
		for await (const chunk of source) {
			if (!entry.write(chunk)) await once(entry, 'drain');
		}
		entry.end(undefined);
		await stored;
	};
	try {
		const manifestBytes = Buffer.from(JSON.stringify(manifest, null, '\t'));
		await add(manifestName, Readable.from([manifestBytes]), manifestBytes.length);
		for (const table of manifest.tables) {
			const path = tableFiles.get(table.file)!;
			await add(table.file, createReadStream(path), (await stat(path)).size);
		}
		pack.finalize();
	} catch (error) {
		pack.destroy(error as Error);
	}
	await written;
}

type Entry = Extract extends AsyncIterable<infer Source> ? Source : never;

/** The entries of a backup, one after another; each must be read to its end before the next. */
export async function* archiveEntries(file: string): AsyncGenerator<Entry> {
	const extract = tar.extract();
	const input = createReadStream(file);
	const gunzip = createGunzip();
	const fail = (error: Error) => extract.destroy(error);
	input.on('error', fail);
	gunzip.on('error', fail);
	input.pipe(gunzip).pipe(extract);
	try {
		yield* extract;
	} finally {
		input.destroy();
		gunzip.destroy();
	}
}

async function readText(entry: Entry): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of entry) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

/** Reads and checks the manifest only, from the start of the file. */
export async function readManifest(file: string): Promise<Manifest> {
	let text: string | undefined;
	try {
		for await (const entry of archiveEntries(file)) {
			if (entry.header.name === manifestName) text = await readText(entry);
			break;
		}
	} catch (error) {
		const code = (error as { code?: string }).code;
		if (code === 'ENOENT' || code === 'EACCES') throw error;
		throw notABackup(file, code === 'Z_DATA_ERROR' ? 'not a gzip-compressed file' : (error as Error).message);
	}
	if (text === undefined) throw notABackup(file, `${manifestName} is not its first entry`);
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw backupDamaged(file, `${manifestName} is not valid JSON`);
	}
	const format = (json as { format?: unknown })?.format;
	if (typeof format === 'number' && format > formatVersion) throw backupFormatTooNew(file, format);
	const parsed = manifestSchema.safeParse(json);
	if (!parsed.success) throw backupDamaged(file, `${manifestName} does not describe a backup (${parsed.error.issues[0]?.path.join('.')})`);
	return parsed.data;
}
