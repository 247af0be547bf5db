import { writeFileSync } from 'node:fs';
import { cliActor } from '../../policy/actor.ts';
import { syntheticRegistryCsv } from './synthetic-csv.ts';
import { generateRegistry } from './synthetic-registry.ts';
import { loadSyntheticRegistry } from './synthetic-registry.usecases.ts';
import type { CommandInput } from '../../manifest/manifest.ts';
import { UsageError } from '../../manifest/usage-error.ts';

const positiveInteger = (value: unknown, name: string, fallback?: number): number => {
	if (value === undefined && fallback !== undefined) return fallback;
	const number = Number(value);
	if (!Number.isInteger(number) || number < 0) throw new UsageError(`--${name} needs a whole number, e.g. --${name} 1000`);
	return number;
};

/**
 * `demo:registry`: a synthetic national registry, into the database or (with --out) into a CSV
 * file in our import format, optionally with bad rows and near copies to try the importer and the
 * detection of duplicates on.
 */
export async function demoRegistryCommand({ database, options }: CommandInput): Promise<void> {
	const count = positiveInteger(options.count, 'count');
	const seed = String(options.seed ?? 1);
	const badRows = positiveInteger(options['bad-rows'], 'bad-rows', 0);
	const duplicates = positiveInteger(options.duplicates, 'duplicates', 0);
	if (typeof options.out === 'string') {
		const rows = generateRegistry({ count, seed, badRows, duplicates });
		writeFileSync(options.out, syntheticRegistryCsv(rows));
		console.log(`Wrote ${rows.length} synthetic organisations (${badRows} with errors, ${duplicates} near copies) to ${options.out}.`);
		return;
	}
	if (badRows > 0 || duplicates > 0) throw new UsageError('--bad-rows and --duplicates are for a CSV file (--out).');
	const result = await loadSyntheticRegistry({
		db: database.db,
		context: { actor: cliActor, source: 'cli' },
		count,
		seed
	});
	console.log(`Added ${result.inserted} synthetic organisations; ${result.skipped} were already there (same seed).`);
}
