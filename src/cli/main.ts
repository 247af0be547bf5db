import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '#lib/server/config.ts';
import { openDatabase, type Database, type DatabaseHandle } from '#lib/server/db/client.ts';
import { EmbeddedDatabaseError } from '#lib/server/db/embedded/errors.ts';
import { loadDemoContent } from '#lib/server/demo/demo.usecases.ts';
import { cliActor } from '#lib/server/policy/actor.ts';
import { isAppError } from '#lib/server/shared/errors.ts';
import { describeErrorForLog } from '#lib/server/shared/log.ts';
import { ZodError } from 'zod';
import { addMemberCommand, createTokenCommand, createUserCommand } from './accounts.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { workJobsCommand } from './jobs.ts';
import { listDuplicatesCommand, mergeCommand } from './duplicates.ts';
import { demoRegistryCommand } from './organisations-demo.ts';
import { exportCommand, importCommand } from './registry-files.ts';
import { UsageError } from './usage-error.ts';

export type CommandInput = {
	database: DatabaseHandle;
	config: Config;
	options: Record<string, string | boolean | undefined>;
	positionals: string[];
};

type Command = {
	summary: string;
	usage?: string;
	options?: Record<string, { type: 'string' | 'boolean' }>;
	/** Work that must not race with a server's first start runs inside the migration lock. */
	duringSetup?: (db: Database) => Promise<void>;
	/**
	 * The command opens the database as it finds it, without the usual migration first: a backup
	 * records the schema as it is, and a restore must find the database empty and migrates itself.
	 */
	skipMigration?: true;
	/** Words after the command name (`import organisations FILE`). */
	positionals?: true;
	/** Resolves to the exit code, if not 0. */
	run?: (input: CommandInput) => Promise<void | number>;
};

const commands: Record<string, Command> = {
	migrate: {
		summary: 'Bring the database to the latest schema (the server also does this on start).',
		run: async () => console.log('The database schema is up to date.')
	},
	'demo:load': {
		summary: 'Load the demo spaces and organisations from the seeds; existing ones (same slug or name) are left as they are.',
		duringSetup: async (db) => {
			const result = await loadDemoContent({ db, actor: cliActor, source: 'cli' });
			console.log(`Created: ${result.created.join(', ') || 'none'}`);
			console.log(`Already present, left unchanged: ${result.skipped.join(', ') || 'none'}`);
			console.log(`Organisations added: ${result.organisations.length}`);
		}
	},
	'users:create': {
		summary: 'Create an account and print a link where its owner sets the password.',
		usage: '--email ana@example.si --name "Ana Novak" [--admin] [--locale sl|en]',
		options: { email: { type: 'string' }, name: { type: 'string' }, admin: { type: 'boolean' }, locale: { type: 'string' } },
		run: createUserCommand
	},
	'members:add': {
		summary: 'Give an existing account a role in a space.',
		usage: '--space grozd --email ana@example.si --role admin|staff|member_editor|viewer',
		options: { space: { type: 'string' }, email: { type: 'string' }, role: { type: 'string' } },
		run: addMemberCommand
	},
	'jobs:work': {
		summary: 'Run background jobs (mail, imports) until stopped, as a worker beside servers started with JOB_RUNNER=off.',
		run: workJobsCommand
	},
	import: {
		summary: 'Import organisations from a CSV or XLSX file (all rows or none); exit code 65 when a row is rejected.',
		usage: 'organisations FILE [--dry-run] [--map name=Naziv,legal_form=Oblika,…]',
		options: { 'dry-run': { type: 'boolean' }, map: { type: 'string' } },
		positionals: true,
		run: importCommand
	},
	export: {
		summary: 'Export organisations to a CSV or XLSX file (by its extension) in the import layout.',
		usage: 'organisations FILE.csv|FILE.xlsx [--region SI042] [--legal-form association] [--q text]',
		options: { region: { type: 'string' }, 'legal-form': { type: 'string' }, q: { type: 'string' } },
		positionals: true,
		run: exportCommand
	},
	'tokens:create': {
		summary: 'Create an API token for an account; the token alone is printed on the last line.',
		usage: '--email ana@example.si --name "Website import" --scopes spaces:write,read [--expires 2027-06-30]',
		options: { email: { type: 'string' }, name: { type: 'string' }, scopes: { type: 'string' }, expires: { type: 'string' } },
		run: createTokenCommand
	},
	'organisations:duplicates': {
		summary: 'List likely duplicate organisations (same tax number, similar name in a municipality) and related units.',
		usage: '[--limit 50] [--page 1]',
		options: { limit: { type: 'string' }, page: { type: 'string' } },
		run: listDuplicatesCommand
	},
	'organisations:merge': {
		summary: 'Merge one organisation into another, keeping every link; old links redirect.',
		usage: '--keep <id> --merge <id> [--force]   (--force: even with different registration numbers)',
		options: { keep: { type: 'string' }, merge: { type: 'string' }, force: { type: 'boolean' } },
		run: mergeCommand
	},
	'demo:registry': {
		summary: 'Generate a synthetic national registry of NGOs into the database, or into a CSV file in the import format.',
		usage: '--count 30000 [--seed 1] [--members] | --out FILE.csv [--bad-rows K] [--duplicates K]',
		options: {
			count: { type: 'string' },
			seed: { type: 'string' },
			out: { type: 'string' },
			'bad-rows': { type: 'string' },
			duplicates: { type: 'string' },
			members: { type: 'boolean' }
		},
		run: demoRegistryCommand
	},
	backup: {
		summary: 'Write a snapshot of the whole platform (every table, logos included) to a .tar.gz file; safe while the server runs.',
		usage: 'FILE.tar.gz',
		positionals: true,
		skipMigration: true,
		run: backupCommand
	},
	restore: {
		summary: 'Load a backup into an empty database (a new DATA_DIR or DATABASE_URL), then migrate it to this version.',
		usage: 'FILE.tar.gz',
		positionals: true,
		skipMigration: true,
		run: restoreCommand
	}
};

function printHelp(): void {
	const width = Math.max(...Object.keys(commands).map((name) => name.length), 4);
	console.log('Stičišče command line\n\nUsage: npm run cli -- <command> [options]\n\nCommands:');
	console.log(`  ${'help'.padEnd(width)}  Show this help.`);
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
	const command = commands[name];
	if (!command) {
		console.error(`Unknown command "${name}". Run "npm run cli -- help" to see the commands.`);
		return 64;
	}
	const { values: options, positionals } = parseArgs({
		args: rest,
		options: command.options ?? {},
		allowPositionals: command.positionals ?? false,
		strict: true
	});
	const config = loadConfig();
	const database = await openDatabase(config);
	try {
		if (!command.skipMigration) await database.migrate(command.duringSetup);
		return (await command.run?.({ database, config, options, positionals })) ?? 0;
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
