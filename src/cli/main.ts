import { loadConfig } from '#lib/server/config.ts';
import { openDatabase, targetFromConfig, type Database, type DatabaseHandle } from '#lib/server/db/client.ts';
import { DatabaseLockedError } from '#lib/server/db/lock.ts';
import { loadDemoContent } from '#lib/server/demo/demo.usecases.ts';
import { cliActor } from '#lib/server/policy/actor.ts';

type Command = {
	summary: string;
	/** Work that must not race with a server's first start runs inside the migration lock. */
	duringSetup?: (db: Database) => Promise<void>;
	run?: (database: DatabaseHandle) => Promise<void>;
};

const commands: Record<string, Command> = {
	migrate: {
		summary: 'Bring the database to the latest schema (the server also does this on start).',
		run: async () => console.log('The database schema is up to date.')
	},
	'demo:load': {
		summary: 'Load the demo spaces from the seeds; existing spaces with the same slug are left as they are.',
		duringSetup: async (db) => {
			const result = await loadDemoContent({ db, actor: cliActor, source: 'cli' });
			console.log(`Created: ${result.created.join(', ') || 'none'}`);
			console.log(`Already present, left unchanged: ${result.skipped.join(', ') || 'none'}`);
		}
	}
};

function printHelp(): void {
	const width = Math.max(...Object.keys(commands).map((name) => name.length), 4);
	console.log('Stičišče command line\n\nUsage: npm run cli -- <command>\n\nCommands:');
	console.log(`  ${'help'.padEnd(width)}  Show this help.`);
	for (const [name, command] of Object.entries(commands)) console.log(`  ${name.padEnd(width)}  ${command.summary}`);
	console.log('\nThe database is the one the server uses: DATABASE_URL if set, else the PGlite directory DATA_DIR (./data).');
}

async function main(argv: string[]): Promise<number> {
	const [name] = argv;
	if (!name || name === 'help' || name === '--help' || name === '-h') {
		printHelp();
		return 0;
	}
	const command = commands[name];
	if (!command) {
		console.error(`Unknown command "${name}". Run "npm run cli -- help" to see the commands.`);
		return 64;
	}
	const database = await openDatabase(targetFromConfig(loadConfig()));
	try {
		await database.migrate(command.duringSetup);
		await command.run?.(database);
		return 0;
	} finally {
		await database.close();
	}
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	if (error instanceof DatabaseLockedError) {
		console.error(error.message);
		process.exitCode = 75;
	} else {
		console.error(error instanceof Error ? error.message : error);
		process.exitCode = 1;
	}
}
