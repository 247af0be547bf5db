import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DatabaseLockedError extends Error {
	readonly code = 'database_locked';
	readonly dataDir: string;
	readonly holderPid: number;

	constructor(dataDir: string, holderPid: number) {
		super(
			`The embedded database in ${dataDir} is in use by another process (pid ${holderPid}), ` +
				'probably a running Stičišče server. PGlite allows one process at a time: stop the server ' +
				'first, or run the server and the CLI on PostgreSQL (DATABASE_URL) to use both at once.'
		);
		this.dataDir = dataDir;
		this.holderPid = holderPid;
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * An exclusive lock on a PGlite data directory. PGlite has no lock of its own and two processes
 * writing one directory corrupt it, so every opener takes this first. A lock left by a dead
 * process is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
	const path = join(dataDir, 'sticisce.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			let released = false;
			const release = () => {
				if (released) return;
				released = true;
				rmSync(path, { force: true });
				process.off('exit', release);
			};
			process.on('exit', release);
			return release;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
			if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
				throw new DatabaseLockedError(dataDir, holder);
			}
			rmSync(path, { force: true });
		}
	}
	throw new Error(`Could not lock ${dataDir}`);
}
