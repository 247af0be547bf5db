import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticRegistryCsv } from '../../src/lib/server/organisations/demo/synthetic-csv.ts';
import { generateRegistry } from '../../src/lib/server/organisations/demo/synthetic-registry.ts';
import { collect, runNode, type Finished } from '../support/processes.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';

/**
 * The embedded PostgreSQL server as people meet it: `npm start` and the CLI on one DATA_DIR,
 * side by side, and what happens after a `kill -9`.
 */
/** Each test starts PostgreSQL servers and Node processes: time for a busy machine. */
const slow = 90_000;
// they start embedded servers of their own: the run on an external server (CI's second) skips them
const onEmbeddedRun = process.env.STICISCE_TEST_SERVER === 'embedded';
const embedded = (dataDir: string) => ({ DATA_DIR: dataDir, DATABASE_URL: '' });
const cli = (dataDir: string, args: string[]) => runNode(['src/cli/main.ts', ...args], embedded(dataDir));

const servers: ServerProcess[] = [];
afterEach(async () => {
	await Promise.all(servers.splice(0).map((server) => server.stop('SIGTERM')));
});

async function serve(dataDir: string): Promise<ServerProcess> {
	const server = await startServerProcess({ DATA_DIR: dataDir });
	servers.push(server);
	return server;
}

const postmasterPid = (dataDir: string) => Number.parseInt(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8'), 10);

async function organisationCount(server: ServerProcess): Promise<number> {
	const response = await fetch(`${server.url}/api/v1/organisations?pageSize=1`);
	expect(response.status).toBe(200);
	return (await response.json()).total;
}

/** A registry file in the import format, `count` organisations no demo content has: what `demo:registry --out` writes. */
const registryCsv = (count: number) => syntheticRegistryCsv(generateRegistry({ count, seed: '7' }));

/**
 * The file written in this process; `throughCli` has the CLI write it (a process that joins the
 * cluster only to write a file: once is enough) and checks it wrote the same.
 */
async function registryFile(dataDir: string, count: number, { throughCli = false } = {}): Promise<string> {
	const file = join(dataDir, `registry-${count}.csv`);
	if (!throughCli) {
		writeFileSync(file, registryCsv(count));
		return file;
	}
	const made = await cli(dataDir, ['demo:registry', '--count', String(count), '--seed', '7', '--out', file]);
	expect(made.code, made.stderr).toBe(0);
	expect(readFileSync(file, 'utf8')).toBe(registryCsv(count));
	return file;
}

/** Starts `import organisations FILE` and resolves once it reports its first written rows. */
function startImport(dataDir: string, file: string) {
	const child = spawn(process.execPath, ['src/cli/main.ts', 'import', 'organisations', file], { env: { ...process.env, ...embedded(dataDir) } });
	const finished = collect(child);
	const writing = new Promise<void>((resolve, reject) => {
		let seen = '';
		child.stderr.on('data', (chunk) => {
			seen += chunk;
			if (/Importing [1-9]\d* %/.test(seen)) resolve();
		});
		child.on('exit', () => reject(new Error(`the import ended before it wrote: ${seen}`)));
	});
	return { child, finished, writing };
}

describe.runIf(onEmbeddedRun)('the CLI beside a running server on one embedded PostgreSQL server', () => {
	it(
		'imports a registry while the site keeps answering, and leaves the server running',
		async () => {
			const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-beside-'));
			const server = await serve(dataDir);
			const before = await organisationCount(server);
			const file = await registryFile(dataDir, 6000, { throughCli: true });

			const run = startImport(dataDir, file);
			let done = false;
			const answers: { status: number; ms: number }[] = [];
			const finished = run.finished.then((result) => ((done = true), result));
			while (!done) {
				const started = performance.now();
				const response = await fetch(`${server.url}/api/v1/organisations?q=drustvo&region=SI042`);
				await response.arrayBuffer();
				answers.push({ status: response.status, ms: performance.now() - started });
			}
			const result: Finished = await finished;

			expect(result.code, result.stderr).toBe(0);
			expect(result.stdout).toContain('6000 new');
			// the site answered all along, many times while the import ran
			expect(answers.length).toBeGreaterThan(5);
			expect(answers.filter((answer) => answer.status !== 200)).toEqual([]);
			expect(await organisationCount(server)).toBe(before + 6000);
			// the CLI joined the server's cluster and did not stop it on its way out
			expect((await (await fetch(`${server.url}/healthz`)).json()).status).toBe('ok');
		},
		slow
	);
});

describe.runIf(onEmbeddedRun)('after a kill -9', () => {
	it(
		'of the CLI mid-import: none of that import is written and the site stays healthy',
		async () => {
			const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-kill-cli-'));
			const server = await serve(dataDir);
			const before = await organisationCount(server);
			const run = startImport(dataDir, await registryFile(dataDir, 8000));
			await run.writing;
			run.child.kill('SIGKILL');
			await run.finished;

			expect(await organisationCount(server)).toBe(before);
			expect((await (await fetch(`${server.url}/healthz`)).json()).status).toBe('ok');
		},
		slow
	);

	it(
		'of the server mid-import: the CLI finishes the import (and, the last one out, stops the PostgreSQL server); the next start is healthy, with all of it',
		async () => {
			const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-kill-server-'));
			const first = await serve(dataDir);
			const before = await organisationCount(first);
			const run = startImport(dataDir, await registryFile(dataDir, 8000));
			await run.writing;
			servers.splice(servers.indexOf(first), 1);
			await first.stop('SIGKILL');
			const result = await run.finished;
			expect(result.code, result.stderr).toBe(0);
			expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

			const second = await serve(dataDir);
			expect((await (await fetch(`${second.url}/healthz`)).json()).status).toBe('ok');
			expect(await organisationCount(second)).toBe(before + 8000);
		},
		slow
	);

	it(
		'of the server alone: its PostgreSQL server goes on, and the next start adopts it',
		async () => {
			const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-orphan-'));
			const first = await serve(dataDir);
			const count = await organisationCount(first);
			const postmaster = postmasterPid(dataDir);
			servers.splice(servers.indexOf(first), 1);
			await first.stop('SIGKILL');
			expect(() => process.kill(postmaster, 0)).not.toThrow();

			const second = await serve(dataDir);
			expect(postmasterPid(dataDir)).toBe(postmaster);
			expect((await (await fetch(`${second.url}/healthz`)).json()).status).toBe('ok');
			expect(await organisationCount(second)).toBe(count);
			// the adopting server stops it like its own
			await servers.splice(servers.indexOf(second), 1)[0]!.stop('SIGTERM');
			// (its pid may linger as a zombie: its parent, the first server, is gone)
			expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
		},
		slow
	);

	it(
		'of the server and its PostgreSQL server: the next start removes the stale lock, recovers, and keeps what was written',
		async () => {
			const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-kill-both-'));
			const first = await serve(dataDir);
			const imported = await cli(dataDir, ['import', 'organisations', await registryFile(dataDir, 500)]);
			expect(imported.code, imported.stderr).toBe(0);
			const count = await organisationCount(first);
			const postmaster = postmasterPid(dataDir);
			servers.splice(servers.indexOf(first), 1);
			await first.stop('SIGKILL');
			process.kill(postmaster, 'SIGKILL');
			expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);

			const second = await serve(dataDir);
			expect(postmasterPid(dataDir)).not.toBe(postmaster);
			expect((await (await fetch(`${second.url}/healthz`)).json()).status).toBe('ok');
			expect(await organisationCount(second)).toBe(count);
			expect(readFileSync(join(dataDir, 'postgres.log'), 'utf8')).toMatch(/database system was interrupted|not properly shut down/);
		},
		slow
	);
});

describe.runIf(onEmbeddedRun)('a data directory the embedded server cannot use', () => {
	it(
		'of the previous version (PGlite) is refused with what to do, and left as it is',
		async () => {
			const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-pglite-'));
			writeFileSync(join(dataDir, 'PG_VERSION'), '17\n');
			mkdirSync(join(dataDir, 'base'));
			const { code, stderr } = await cli(dataDir, ['migrate']);
			expect(code).toBe(78);
			expect(stderr).toContain('earlier version of Stičišče (PGlite)');
			expect(stderr).toContain(`mv "${dataDir}" "${dataDir}-pglite"`);
			expect(existsSync(join(dataDir, 'postgres'))).toBe(false);
		},
		slow
	);
});
