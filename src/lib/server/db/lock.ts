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

/** Who holds a lock: the pid, and when that process started, since pids are reused (containers). */
const ownStamp = `${process.pid} ${Math.round(performance.timeOrigin)}`;

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function readHolder(path: string): { pid: number; stamp: string } {
	const stamp = readFileSync(path, 'utf8').trim();
	return { pid: Number.parseInt(stamp, 10), stamp };
}

/**
 * An exclusive lock on a PGlite data directory. PGlite has no lock of its own and two openers of
 * one directory corrupt it, so every opener takes this first — a second open in the same process
 * (e.g. a module reloaded by the dev server) is refused too. A lock whose process has exited, or
 * whose pid now belongs to a process started later, is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
	const path = join(dataDir, 'sticisce.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, ownStamp);
			closeSync(fd);
			return releaser(path);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const holder = readHolder(path);
			const heldByUs = holder.stamp === ownStamp;
			const heldByOtherLiveProcess = holder.pid !== process.pid && isAlive(holder.pid);
			if (heldByUs || heldByOtherLiveProcess) throw new DatabaseLockedError(dataDir, holder.pid);
			rmSync(path, { force: true });
		}
	}
	throw new Error(`Could not lock ${dataDir}`);
}

function releaser(path: string): () => void {
	let released = false;
	const release = () => {
		if (released) return;
		released = true;
		process.off('exit', release);
		// never remove a lock that another process has taken over meanwhile
		try {
			if (readHolder(path).stamp === ownStamp) rmSync(path, { force: true });
		} catch {
			// already gone
		}
	};
	process.on('exit', release);
	return release;
}
