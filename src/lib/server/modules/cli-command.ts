import type { Config } from '../config.ts';
import type { Database, DatabaseHandle } from '../db/client.ts';
import type { ModuleManifest } from './manifest.ts';

/** What a command of the CLI (`npm run cli -- <command>`) gets: the open database, the configuration, its arguments. */
export type CommandInput = {
	database: DatabaseHandle;
	config: Config;
	options: Record<string, string | boolean | undefined>;
	positionals: string[];
	/** The platform's modules (`modules.ts`), for work that spans them, such as a merge. */
	modules: readonly ModuleManifest[];
};

export type CliCommand = {
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

/** A mistake on the command line: the command says what is wrong and exits with 64 (sysexits). */
export class UsageError extends Error {}
