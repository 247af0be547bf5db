import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { EmbeddedDatabaseError } from './errors.ts';

/** Who the PostgreSQL processes run as: this process's user, or `postgres` when this is root. */
export type RunAs = { uid: number; gid: number; name: string } | undefined;

const systemUser = 'postgres';

function idOf(flag: '-u' | '-g'): number | undefined {
	const result = spawnSync('id', [flag, systemUser], { encoding: 'utf8' });
	return result.status === 0 ? Number(result.stdout.trim()) : undefined;
}

/**
 * PostgreSQL refuses to run as root. As root (containers, CI) it runs as the system user
 * `postgres`, created when missing; as anybody else it runs as that user.
 */
export function postgresUser(): RunAs {
	if (process.getuid?.() !== 0) return undefined;
	let uid = idOf('-u');
	if (uid === undefined) {
		try {
			execFileSync('groupadd', ['--system', systemUser], { stdio: 'pipe' });
		} catch {
			// the group may exist without the user
		}
		try {
			execFileSync('useradd', ['--system', '--gid', systemUser, '--no-create-home', '--shell', '/usr/sbin/nologin', systemUser], { stdio: 'pipe' });
		} catch (error) {
			throw new EmbeddedDatabaseError(
				`Stičišče runs as root, and PostgreSQL refuses to run as root; creating the system user "${systemUser}" for it failed ` +
					`(${(error as Error).message.trim()}). Create it (useradd --system ${systemUser}) or start Stičišče as an ordinary user.`
			);
		}
		uid = idOf('-u');
	}
	return { uid: uid!, gid: idOf('-g')!, name: systemUser };
}

function canEnter(runAs: NonNullable<RunAs>, dir: string): boolean {
	return spawnSync('/bin/sh', ['-c', 'cd "$1"', 'sh', dir], { uid: runAs.uid, gid: runAs.gid, stdio: 'ignore' }).status === 0;
}

/**
 * Makes `dataDir` reachable by the PostgreSQL user, or says what to do. The data directory is
 * Stičišče's own, so it may be opened for passing through (o+x: entering, not listing); a parent
 * such as a home directory with mode 700 is somebody else's to change.
 */
export function ensureReachable(runAs: RunAs, dataDir: string): void {
	if (!runAs || canEnter(runAs, dataDir)) return;
	const parent = dirname(dataDir);
	if (canEnter(runAs, parent)) {
		const { mode, uid } = statSync(dataDir);
		if (uid === 0) {
			chmodSync(dataDir, mode | 0o001);
			if (canEnter(runAs, dataDir)) return;
		}
	}
	let blocked = dataDir;
	for (let dir = parent; dir !== dirname(dir); dir = dirname(dir)) if (!canEnter(runAs, dir)) blocked = dir;
	throw new EmbeddedDatabaseError(
		`Stičišče runs as root, so its embedded PostgreSQL server runs as the system user "${runAs.name}", and that user cannot ` +
			`enter ${blocked} (mode ${(statSync(blocked).mode & 0o777).toString(8)}). Choose a data directory it can reach, ` +
			`e.g. DATA_DIR=/var/lib/sticisce, or let it pass through with "chmod o+x ${blocked}", or start Stičišče as an ordinary user.`
	);
}

/** Hands a directory that root created to the PostgreSQL user (PostgreSQL wants to own it). */
export function giveTo(runAs: RunAs, dir: string): void {
	if (runAs) chownSync(dir, runAs.uid, runAs.gid);
}
