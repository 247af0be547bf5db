import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CliCommand } from '../manifest/manifest.ts';
import { UsageError } from '../manifest/usage-error.ts';
import { cliActor } from '../policy/actor.ts';
import { importCalls, previewCallsImport } from './calls.import.ts';
import { listCalls } from './calls.usecases.ts';

/** `calls:import FILE [--dry-run]`: a list of calls (CSV or XLSX) imported whole, or not at all (exit code 65) when a row has a problem. */
export const importCallsCommand: CliCommand = {
	summary: 'Import funding calls from a CSV (UTF-8 or Windows-1250, `;` or `,`) or XLSX list: all rows or none (exit code 65 when a row has a problem).',
	usage: 'FILE [--dry-run]',
	options: { 'dry-run': { type: 'boolean' } },
	positionals: true,
	run: async ({ database, options, positionals }) => {
		const path = positionals[0];
		if (!path) throw new UsageError('Name the file: calls:import FILE');
		let content: Buffer;
		try {
			content = await readFile(path);
		} catch (cause) {
			throw new UsageError(`${path} cannot be read (${(cause as Error).message})`);
		}
		const file = { name: basename(path), content };
		const preview = await previewCallsImport({ db: database.db, actor: cliActor, file });
		for (const column of preview.missingColumns) console.error(`missing column: ${column}`);
		for (const problem of preview.problems)
			console.error(`line ${problem.line}${problem.column ? ` (${problem.column})` : ''}: ${problem.code}${problem.value ? ` «${problem.value}»` : ''}`);
		if (preview.problems.length || preview.missingColumns.length) {
			console.error('nothing imported');
			return 65;
		}
		if (options['dry-run']) {
			console.log(`${preview.rows.length} call(s) would be imported`);
			return;
		}
		const imported = await importCalls({ db: database.db, context: { actor: cliActor, source: 'cli' }, file });
		console.log(`imported ${imported.length} call(s)`);
	}
};

/** `calls:list [--status open|closed|all]`: one call a line: id, next (or last) deadline, total amount, title. */
export const listCallsCommand: CliCommand = {
	summary: 'List funding calls, open ones first by their next deadline',
	usage: '[--status open|closed|all]',
	options: { status: { type: 'string' } },
	run: async ({ database, options }) => {
		const calls = await listCalls({ db: database.db, actor: cliActor, query: typeof options.status === 'string' ? { status: options.status } : {} });
		for (const call of calls)
			console.log([call.id, call.deadline ?? '-', call.totalAmount?.text.sl ?? '-', call.open ? 'open' : 'closed', call.title.sl].join('\t'));
		if (calls.length === 0) console.log('no calls');
	}
};
