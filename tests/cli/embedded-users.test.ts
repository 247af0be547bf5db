import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, runNode } from '../support/processes.ts';

/**
 * PostgreSQL refuses to run as root. Started as root (containers, CI), the embedded server runs
 * as the system user `postgres`; started by anybody else, as that user. The rest of the suite
 * runs as whoever runs it; these tests, as root, also run the CLI as an ordinary user.
 */
/** Each test starts PostgreSQL servers and Node processes: time for a busy machine. */
const slow = 90_000;
const asRoot = process.getuid?.() === 0;
// the run on an external server (CI's second) skips them: they start embedded servers of their own
const onEmbeddedRun = process.env.STICISCE_TEST_SERVER === 'embedded';
const ordinaryUser = 'sticisce-test';

const cli = (dataDir: string, args: string[]) => runNode(['src/cli/main.ts', ...args], { DATA_DIR: dataDir, DATABASE_URL: '' });

function idOf(user: string, flag: '-u' | '-g'): number {
	return Number(execFileSync('id', [flag, user], { encoding: 'utf8' }).trim());
}

function ensureOrdinaryUser(): { uid: number; gid: number } {
	if (spawnSync('id', ['-u', ordinaryUser]).status !== 0) {
		execFileSync('useradd', ['--no-create-home', '--shell', '/usr/sbin/nologin', ordinaryUser]);
	}
	return { uid: idOf(ordinaryUser, '-u'), gid: idOf(ordinaryUser, '-g') };
}

/** Whether a user can read the project (a checkout under a home directory with mode 700 is not). */
function canReadProject(user: { uid: number; gid: number }): boolean {
	return spawnSync(process.execPath, ['-e', 'require("fs").readFileSync("src/cli/main.ts")'], { ...user, stdio: 'ignore' }).status === 0;
}

describe.runIf(asRoot && onEmbeddedRun)('the embedded server started as root', () => {
	it(
		'runs as the system user postgres, in a data directory that root made private (it is opened for passing through only)',
		async () => {
			const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-root-'));
			const { code, stderr } = await cli(dataDir, ['migrate']);
			expect(code, stderr).toBe(0);
			expect(statSync(join(dataDir, 'postgres')).uid).toBe(idOf('postgres', '-u'));
			expect(statSync(dataDir).mode & 0o777).toBe(0o701);
		},
		slow
	);

	it(
		'says what to do when the postgres user cannot reach the data directory',
		async () => {
			const privateParent = mkdtempSync(join(tmpdir(), 'sticisce-home-'));
			const dataDir = join(privateParent, 'data');
			const { code, stderr } = await cli(dataDir, ['migrate']);
			expect(code).toBe(78);
			expect(stderr).toContain(`cannot enter ${privateParent} (mode 700)`);
			expect(stderr).toContain('DATA_DIR=/var/lib/sticisce');
			expect(stderr).toContain(`chmod o+x ${privateParent}`);
		},
		slow
	);
});

describe.runIf(asRoot && onEmbeddedRun)('the embedded server started by an ordinary user', () => {
	const user = asRoot && onEmbeddedRun ? ensureOrdinaryUser() : { uid: -1, gid: -1 };
	const readable = asRoot && onEmbeddedRun && canReadProject(user);

	it.runIf(readable)(
		'runs as that user: the CLI creates, migrates and fills its own cluster, and stops it after',
		async () => {
			const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-user-'));
			chownSync(dataDir, user.uid, user.gid);
			const child = spawn(process.execPath, ['src/cli/main.ts', 'demo:load'], {
				...user,
				env: { ...process.env, HOME: dataDir, DATA_DIR: dataDir, DATABASE_URL: '' }
			});
			const { code, stdout, stderr } = await collect(child);
			expect(code, stderr).toBe(0);
			expect(stdout).toContain('spaces: added grozd, iskra, nvo-vid, asociacija;');
			expect(statSync(join(dataDir, 'postgres')).uid).toBe(user.uid);
		},
		slow
	);
	if (asRoot && onEmbeddedRun && !readable) console.warn(`Skipped: the user ${ordinaryUser} cannot read the checkout ${process.cwd()}.`);
});
