import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readlinkSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { applicationName, connect, processApplicationName } from '../connection.ts';
import { findBinaries, type Binaries } from './binaries.ts';
import { EmbeddedDatabaseError } from './errors.ts';
import { ensureReachable, giveTo, postgresUser, type RunAs } from './run-as.ts';
import { embeddedSettings, settingsFlags } from './settings.ts';

/** The socket file is named after a port, though nothing listens on TCP. */
const socketPort = 5432;
const superuser = 'postgres';

export type EmbeddedCluster = {
	/** `postgres://postgres@localhost/<database>?host=<socket directory>` */
	urlFor: (database: string) => string;
	/** Stops the server if this process started it or adopted it, and no other Stičišče process uses it. */
	release: () => Promise<void>;
};

export type ClusterOptions = {
	dataDir: string;
	/** Extra settings over `embeddedSettings` (the test suite's cluster). */
	settings?: Record<string, string>;
};

function paths(dataDir: string) {
	const clusterDir = join(dataDir, 'postgres');
	const socketFile = (dir: string) => join(dir, `.s.PGSQL.${socketPort}`);
	// a Unix socket path has at most 107 bytes: a deep data directory gets its socket in the temp folder
	const socketDir =
		Buffer.byteLength(socketFile(clusterDir)) <= 107
			? clusterDir
			: join(tmpdir(), `sticisce-${createHash('sha256').update(clusterDir).digest('hex').slice(0, 12)}`);
	return { clusterDir, socketDir, logFile: join(dataDir, 'postgres.log') };
}

export function socketUrl(socketDir: string, database: string): string {
	return `postgres://${superuser}@localhost/${encodeURIComponent(database)}?host=${encodeURIComponent(socketDir)}`;
}

/** A Stičišče data directory from before wave 2 held a PGlite database directly inside it. */
function refusePreviousVersion(dataDir: string, clusterDir: string): void {
	if (existsSync(join(dataDir, 'PG_VERSION')) && !existsSync(clusterDir)) {
		throw new EmbeddedDatabaseError(
			`The data directory ${dataDir} holds a database of an earlier version of Stičišče (PGlite), which this version ` +
				`cannot open. To start fresh, move it aside (mv "${dataDir}" "${dataDir}-pglite") or set DATA_DIR to a new ` +
				'directory, and start again: a new database is created, with the demo content. The old directory is left as it is.'
		);
	}
}

function refuseOtherMajor(clusterDir: string, binaries: Binaries): void {
	const major = Number(readFileSync(join(clusterDir, 'PG_VERSION'), 'utf8').trim());
	if (major !== binaries.majorVersion) {
		throw new EmbeddedDatabaseError(
			`The database in ${clusterDir} was made by PostgreSQL ${major}, and this installation ships PostgreSQL ` +
				`${binaries.majorVersion}. Make a backup with the version that made it (npm run cli -- backup FILE), move the ` +
				'directory aside, start this version and restore the backup (npm run cli -- restore FILE).'
		);
	}
}

/** initdb into a folder beside the cluster, renamed into place: a crash never leaves half a cluster. */
function initialise(binaries: Binaries, runAs: RunAs, dataDir: string, clusterDir: string): void {
	const staging = `${clusterDir}.init-${process.pid}`;
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging, { mode: 0o700 });
	giveTo(runAs, staging);
	const result = spawnSync(
		binaries.initdb,
		[
			`--pgdata=${staging}`,
			`--username=${superuser}`,
			// the socket is 0700 and inside the data directory: only its owner (and root) can connect
			'--auth=trust',
			'--encoding=UTF8',
			// the built-in provider needs no locale from the operating system (portable, stable order)
			'--locale=C',
			'--locale-provider=builtin',
			'--builtin-locale=C.UTF-8',
			'--no-instructions'
		],
		{ cwd: dataDir, encoding: 'utf8', env: postgresEnv(), uid: runAs?.uid, gid: runAs?.gid }
	);
	if (result.status !== 0) {
		rmSync(staging, { recursive: true, force: true });
		throw new EmbeddedDatabaseError(`Creating the embedded database in ${clusterDir} failed: ${(result.stderr || result.error?.message || '').trim()}`);
	}
	try {
		renameSync(staging, clusterDir);
	} catch (error) {
		// another process (the CLI beside a starting server) initialised it first
		rmSync(staging, { recursive: true, force: true });
		if (!existsSync(join(clusterDir, 'PG_VERSION'))) throw error;
	}
}

function postgresEnv(): NodeJS.ProcessEnv {
	return { PATH: process.env.PATH, LC_ALL: 'C', LANG: 'C', TZ: 'UTC' };
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
	// a killed postmaster whose parent (the app) is gone stays a zombie until somebody reaps it
	if (process.platform !== 'linux') return true;
	try {
		return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
	} catch {
		return false;
	}
}

/** The postmaster recorded in `postmaster.pid`, if it is alive and serves this cluster. */
function runningPostmaster(clusterDir: string): number | undefined {
	let pid: number;
	try {
		pid = Number.parseInt(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]!, 10);
	} catch {
		return undefined;
	}
	if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
	// pids are reused (a container's restart): a postmaster works in its data directory
	if (process.platform === 'linux') {
		try {
			if (resolve(readlinkSync(`/proc/${pid}/cwd`)) !== resolve(clusterDir)) return undefined;
		} catch {
			return undefined;
		}
	}
	return pid;
}

/** Lock files whose process is gone (after a `kill -9`) would make a new postmaster refuse to start. */
function removeStaleLocks(clusterDir: string, socketDir: string): void {
	if (runningPostmaster(clusterDir) !== undefined) return;
	rmSync(join(clusterDir, 'postmaster.pid'), { force: true });
	const socketLock = join(socketDir, `.s.PGSQL.${socketPort}.lock`);
	if (!existsSync(socketLock)) return;
	const pid = Number.parseInt(readFileSync(socketLock, 'utf8').split('\n')[0]!, 10);
	if (!Number.isInteger(pid) || !isAlive(Math.abs(pid))) {
		rmSync(socketLock, { force: true });
		rmSync(join(socketDir, `.s.PGSQL.${socketPort}`), { force: true });
	}
}

/** A connection of the server's own management, not counted as a Stičišče process using it. */
function probeConnection(socketDir: string) {
	return connect(socketUrl(socketDir, 'postgres'), { max: 1, connectTimeout: 2, applicationName: `${applicationName}-probe` });
}

async function canConnect(socketDir: string): Promise<'ready' | 'not yet'> {
	const probe = probeConnection(socketDir);
	try {
		await probe`select 1`;
		return 'ready';
	} catch {
		return 'not yet';
	} finally {
		await probe.end({ timeout: 1 });
	}
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function logTail(logFile: string): string {
	try {
		return readFileSync(logFile, 'utf8').trim().split('\n').slice(-8).join('\n');
	} catch {
		return '';
	}
}

function openLog(logFile: string): number {
	// the log grows only by warnings; a large one is kept once as .1
	if (existsSync(logFile) && statSync(logFile).size > 10 * 1024 * 1024) renameSync(logFile, `${logFile}.1`);
	return openSync(logFile, 'a', 0o600);
}

/**
 * Starts the postmaster in its own process group (Ctrl+C in a terminal reaches the app, which
 * closes its connections first and then stops the server) with its output in the log file, so
 * that it keeps working if the app is killed; the next start adopts it.
 */
async function startPostmaster(binaries: Binaries, runAs: RunAs, options: ClusterOptions, where: ReturnType<typeof paths>): Promise<void> {
	const { clusterDir, socketDir, logFile } = where;
	const settings = { ...embeddedSettings, ...options.settings, unix_socket_directories: socketDir, port: String(socketPort) };
	const deadline = Date.now() + 60_000;
	for (;;) {
		removeStaleLocks(clusterDir, socketDir);
		const log = openLog(logFile);
		const child = spawn(binaries.postgres, ['-D', clusterDir, ...settingsFlags(settings)], {
			cwd: clusterDir,
			detached: true,
			stdio: ['ignore', log, log],
			env: postgresEnv(),
			uid: runAs?.uid,
			gid: runAs?.gid
		});
		closeSync(log);
		let exited = false;
		child.once('exit', () => (exited = true));
		child.unref();
		while (!exited && Date.now() < deadline) {
			if ((await canConnect(socketDir)) === 'ready') return;
			await sleep(50);
		}
		// another process started the same cluster a moment earlier: use that one
		if (exited && runningPostmaster(clusterDir) !== undefined && (await adopt(clusterDir, socketDir, deadline))) return;
		const tail = logTail(logFile);
		// after a kill -9 of the postmaster its backends hold the shared memory for a moment
		if (exited && /shared memory block is still in use/.test(tail) && Date.now() < deadline) {
			await sleep(250);
			continue;
		}
		if (!exited) child.kill('SIGQUIT');
		throw new EmbeddedDatabaseError(`The embedded PostgreSQL server in ${clusterDir} did not start. Its log (${logFile}) ends with:\n${tail}`);
	}
}

/** Waits for a postmaster that is already running (an earlier app's, or still recovering) to accept connections. */
async function adopt(clusterDir: string, socketDir: string, deadline: number): Promise<boolean> {
	while (Date.now() < deadline) {
		if ((await canConnect(socketDir)) === 'ready') return true;
		if (runningPostmaster(clusterDir) === undefined) return false;
		await sleep(100);
	}
	return false;
}

async function ensureDatabase(socketDir: string, database: string): Promise<void> {
	const admin = probeConnection(socketDir);
	try {
		const [exists] = await admin`select 1 from pg_database where datname = ${database}`;
		if (exists) return;
		await admin.unsafe(`create database "${database.replaceAll('"', '""')}"`).catch((error: { code?: string }) => {
			if (error.code !== '42P04') throw error; // created by a process starting beside this one
		});
	} finally {
		await admin.end({ timeout: 2 });
	}
}

/**
 * A connection held for the life of the process says that a Stičišče process uses the server:
 * the pool's connections come and go, so an idle server could otherwise look gone.
 */
async function holdPresence(socketDir: string) {
	const presence = connect(socketUrl(socketDir, 'postgres'), { max: 1, holdOpen: true });
	await presence`select 1`;
	return presence;
}

/** True when no other Stičišče process has a connection open to the cluster. */
async function isLastUser(socketDir: string): Promise<boolean> {
	const probe = probeConnection(socketDir);
	try {
		const [row] = await probe`select count(*)::int as others from pg_stat_activity
			where backend_type = 'client backend' and application_name like ${`${applicationName}:%`}
			and application_name <> ${processApplicationName}`;
		return row!.others === 0;
	} catch {
		return false;
	} finally {
		await probe.end({ timeout: 1 });
	}
}

/** Fast shutdown (SIGINT): open transactions roll back, the server writes a checkpoint and exits. */
async function stopPostmaster(clusterDir: string): Promise<void> {
	const pid = runningPostmaster(clusterDir);
	if (pid === undefined) return;
	process.kill(pid, 'SIGINT');
	const deadline = Date.now() + 30_000;
	while (isAlive(pid)) {
		if (Date.now() > deadline) {
			process.kill(pid, 'SIGQUIT');
			break;
		}
		await sleep(50);
	}
}

/**
 * Runs the embedded PostgreSQL server of a data directory, or joins the one already running there
 * (a server and the CLI share it): initialises the cluster on first use, recovers after a
 * `kill -9` (stale lock files, an orphaned postmaster, crash recovery), and creates `database`.
 */
export async function openEmbeddedCluster(options: ClusterOptions & { database: string }): Promise<EmbeddedCluster> {
	const dataDir = resolve(options.dataDir);
	const where = paths(dataDir);
	const { clusterDir, socketDir } = where;
	refusePreviousVersion(dataDir, clusterDir);
	const binaries = findBinaries();
	const runAs = postgresUser();
	mkdirSync(dataDir, { recursive: true });
	ensureReachable(runAs, dataDir);
	if (socketDir !== clusterDir) {
		mkdirSync(socketDir, { recursive: true, mode: 0o700 });
		giveTo(runAs, socketDir);
	}
	if (!existsSync(join(clusterDir, 'PG_VERSION'))) initialise(binaries, runAs, dataDir, clusterDir);
	refuseOtherMajor(clusterDir, binaries);

	const running = runningPostmaster(clusterDir) !== undefined && (await adopt(clusterDir, socketDir, Date.now() + 60_000));
	if (!running) await startPostmaster(binaries, runAs, options, where);
	await ensureDatabase(socketDir, options.database);
	const presence = await holdPresence(socketDir);

	return {
		urlFor: (database) => socketUrl(socketDir, database),
		release: async () => {
			await presence.end({ timeout: 5 });
			if (await isLastUser(socketDir)) await stopPostmaster(clusterDir);
		}
	};
}
