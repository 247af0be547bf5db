import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { ColumnMapping } from './column-mapping.ts';
import { csvFlavours, exportOrganisations, type CsvFlavour } from './export.usecases.ts';
import { importOrganisations, type ImportProgress } from './import.usecases.ts';
import { formatOfFileName } from './read-file.ts';
import { directoryQuerySchema } from '../organisations.schemas.ts';
import { cliActor } from '../../policy/actor.ts';
import type { CommandInput } from '../../manifest/manifest.ts';
import { UsageError } from '../../manifest/usage-error.ts';

/** sysexits: 65 the data was refused. */
const dataError = 65;

/** `--map name=Naziv,legal_form=Oblika`: our column = the file's column. */
export function parseMapping(text: string): ColumnMapping {
	const mapping: Record<string, string> = {};
	for (const pair of text.split(',')) {
		const [ours, ...theirs] = pair.split('=');
		if (ours?.trim() && theirs.length > 0) mapping[ours.trim()] = theirs.join('=').trim();
	}
	return mapping;
}

/** A bar on a terminal; elsewhere (logs, CI) a plain line at every tenth. */
function progressReporter(label: string): { onProgress: ImportProgress; stop: () => void } {
	if (process.stderr.isTTY) {
		const bar = new cliProgress.SingleBar(
			{ format: `${label} [{bar}] {percentage}% | {value}/{total} rows | {duration}s`, stream: process.stderr, hideCursor: true },
			cliProgress.Presets.shades_classic
		);
		let started = false;
		return {
			onProgress: (processed, total) => {
				if (!started) bar.start(total, processed);
				started = true;
				bar.update(processed);
			},
			stop: () => started && bar.stop()
		};
	}
	let lastTenth = -1;
	return {
		onProgress: (processed, total) => {
			const tenth = total === 0 ? 10 : Math.floor((processed / total) * 10);
			if (tenth === lastTenth) return;
			lastTenth = tenth;
			console.error(`${label} ${tenth * 10} % (${processed} of ${total} rows)`);
		},
		stop: () => {}
	};
}

function checkKind(positionals: string[], verb: string): string | undefined {
	const [kind, file, ...extra] = positionals;
	if (kind !== 'organisations' || !file || extra.length > 0) return `Usage: npm run cli -- ${verb} organisations FILE.csv|FILE.xlsx`;
	return undefined;
}

/**
 * `import organisations FILE [--dry-run] [--skip-rejected] [--map our=theirs,…]`; exit code 65
 * when a row is rejected, unless the good rows were to go in alone (the rejected ones are listed).
 */
export async function importCommand({ database, options, positionals }: CommandInput): Promise<number> {
	const wrong = checkKind(positionals, 'import');
	if (wrong) throw new UsageError(wrong);
	const path = positionals[1]!;
	const dryRun = options['dry-run'] === true;
	const skipRejected = options['skip-rejected'] === true;
	const progress = progressReporter(dryRun ? 'Checking' : 'Importing');
	const result = await importOrganisations({
		db: database.db,
		context: { actor: cliActor, source: 'cli' },
		file: { name: basename(path), content: readFileSync(path) },
		mapping: typeof options.map === 'string' ? parseMapping(options.map) : undefined,
		dryRun,
		skipRejected,
		onProgress: progress.onProgress
	}).finally(progress.stop);
	console.log(`Rows: ${result.total} (${result.created} new, ${result.updated} changed, ${result.unchanged} unchanged).`);
	for (const problem of result.problems) {
		const value = problem.value ? ` (${JSON.stringify(problem.value)})` : '';
		console.error(`line ${problem.line}: ${problem.column ?? 'row'}${value}: ${problem.message}`);
	}
	if (result.problems.length > 0 && skipRejected) {
		console.log(`${result.rejected} rejected rows left out: ${dryRun ? 'dry run, nothing was written' : 'the other rows were imported'}.`);
		return 0;
	}
	if (result.problems.length > 0) {
		console.log(`${result.problems.length} problems in the rows: nothing was written.`);
		return dataError;
	}
	console.log(dryRun ? 'Dry run: nothing was written.' : 'Imported.');
	return 0;
}

/** `export organisations FILE.csv|FILE.xlsx [--flavour standard|excel-sl] [--region SI042] [--legal-form association] [--q text]`. */
export async function exportCommand({ database, options, positionals }: CommandInput): Promise<number> {
	const wrong = checkKind(positionals, 'export');
	if (wrong) throw new UsageError(wrong);
	const path = positionals[1]!;
	const format = formatOfFileName(path);
	if (!format) throw new UsageError(`Name the file .csv or .xlsx: ${path}`);
	const flavour = typeof options.flavour === 'string' ? options.flavour : 'standard';
	if (!(csvFlavours as readonly string[]).includes(flavour)) throw new UsageError(`--flavour is one of ${csvFlavours.join(', ')}: ${flavour}`);
	const {
		page: _page,
		pageSize: _pageSize,
		...filter
	} = directoryQuerySchema.parse({
		q: options.q,
		region: options.region,
		legalForm: options['legal-form']
	});
	// streamed to the file as the rows are read: the whole registry is never in memory at once
	await pipeline(exportOrganisations({ db: database.db, actor: cliActor, filter, format, flavour: flavour as CsvFlavour }), createWriteStream(path));
	console.log(`Wrote ${path} (${Math.ceil(statSync(path).size / 1024)} kB).`);
	return 0;
}
