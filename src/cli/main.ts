import { parseArgs } from 'node:util';
import { loadConfig } from '#lib/server/config.ts';
import { runningServerUrl } from '#lib/server/server-address.js';
import { openDatabase } from '#lib/server/db/client.ts';
import { EmbeddedDatabaseError } from '#lib/server/db/embedded/errors.ts';
import { loadDemoContent } from '#lib/server/demo/demo.usecases.ts';
import { cliActor } from '#lib/server/policy/actor.ts';
import { cliCommandsOf, modules, runAfterMigrations } from '#lib/server/modules.ts';
import type { CliCommand } from '#lib/server/manifest/manifest.ts';
import { UsageError } from '#lib/server/manifest/usage-error.ts';
import { isAppError } from '#lib/server/shared/errors.ts';
import { describeErrorForLog } from '#lib/server/shared/log.ts';
import { ZodError } from 'zod';
import { version } from '#lib/server/version.ts';
import { asksForHelp, commandHelp } from './help.ts';
import { workJobsCommand } from './jobs.ts';

/** The platform's own commands, then every module's (from its manifest). */
const commands: Record<string, CliCommand> = {
	migrate: {
		summary: 'Bring the database to the latest schema (the server also does this on start).',
		run: async () => console.log('The database schema is up to date.')
	},
	'demo:load': {
		summary: 'Load the demo spaces and organisations from the seeds; existing ones (same slug or name) are left as they are.',
		duringSetup: async (db) => {
			const result = await loadDemoContent({ db, actor: cliActor, source: 'cli' });
			for (const [module, { created, skipped }] of Object.entries(result)) {
				console.log(`${module}: added ${named(created)}; already present, left unchanged: ${named(skipped)}`);
			}
		}
	},
	'jobs:work': {
		summary: 'Run background jobs (mail, imports) until stopped, as a worker beside servers started with JOB_RUNNER=off.',
		run: workJobsCommand
	},
	...cliCommandsOf()
};

/** A few names as they are, many as their number (the demo has some 15 organisations with long names). */
function named(names: string[]): string {
	if (names.length === 0) return 'none';
	return names.length <= 5 ? names.join(', ') : String(names.length);
}

function printHelp(): void {
	const width = Math.max(...Object.keys(commands).map((name) => name.length), 4);
	console.log('Stičišče command line\n\nUsage: npm run cli -- <command> [options]\n\nCommands:');
	console.log(`  ${'help'.padEnd(width)}  Show this help; "<command> --help" shows a command's own.`);
	console.log(`  ${'--version'.padEnd(width)}  Show the version of Stičišče.`);
	for (const [name, command] of Object.entries(commands)) {
		console.log(`  ${name.padEnd(width)}  ${command.summary}`);
		if (command.usage) console.log(`  ${''.padEnd(width)}  ${command.usage}`);
	}
	console.log(
		'\nThe database is the one the server uses: DATABASE_URL if set, else the embedded PostgreSQL server in DATA_DIR (./data),\n' +
			'joined while the server runs, started for the command (and stopped after it) while it does not.'
	);
}

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === 'help' || name === '--help' || name === '-h') {
		printHelp();
		return 0;
	}
	if (name === '--version' || name === '-v' || name === 'version') {
		console.log(version);
		return 0;
	}
	const command = commands[name];
	if (!command) {
		console.error(`Unknown command "${name}". Run "npm run cli -- help" to see the commands.`);
		return 64;
	}
	if (asksForHelp(rest)) {
		console.log(commandHelp(name, command));
		return 0;
	}
	const { values: options, positionals } = parseArgs({
		args: rest,
		options: command.options ?? {},
		allowPositionals: command.positionals ?? false,
		strict: true
	});
	const config = loadConfig();
	// links the CLI prints or mails (setup, invitations) lead to the server running beside it
	if (!process.env.PUBLIC_URL) config.publicUrl = runningServerUrl(config.dataDir) ?? config.publicUrl;
	const database = await openDatabase(config);
	try {
		if (!command.skipMigration)
			await database.migrate(async (db) => {
				await runAfterMigrations(db);
				await command.duringSetup?.(db);
			});
		return (await command.run?.({ database, config, options, positionals, modules })) ?? 0;
	} finally {
		await database.close();
	}
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	process.exitCode = reportError(error);
}

/** Says what went wrong in words; exit codes follow sysexits (64 usage, 65 data, 78 configuration). */
function reportError(error: unknown): number {
	if (error instanceof EmbeddedDatabaseError) {
		console.error(error.message);
		return 78;
	}
	if (error instanceof ZodError) {
		for (const issue of error.issues) console.error(`${issue.path.join('.') || 'input'}: ${issue.message}`);
		return 65;
	}
	if (error instanceof UsageError) {
		console.error(error.message);
		return 64;
	}
	if (isAppError(error) || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
		console.error((error as Error).message);
		return isAppError(error) ? 65 : 64;
	}
	console.error(describeErrorForLog(error));
	return 1;
}
