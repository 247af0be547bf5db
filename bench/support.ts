// What the benchmarks share: a log line with the time, a free port, the production build and its
// server process, its memory, the figures of a load run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { Result } from 'autocannon';
import postgres from 'postgres';
import { openPostgres, type Database } from '../src/lib/server/db/client.ts';
import { loadDemoContentIfEmpty } from '../src/lib/server/demo/demo.usecases.ts';

export function log(message: string) {
	console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** The build in `build/` is used as it is; built first only when missing. */
export function ensureBuild(): void {
	if (existsSync('build/handler.js')) return;
	log('No production build: building it first');
	const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
	if (built.status !== 0) process.exit(built.status ?? 1);
}

/** The Node flags `npm start` gives the server (read from package.json, so the two never differ). */
export function startFlags(): string[] {
	const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
	return start.split(/\s+/).filter((word) => word.startsWith('--'));
}

/**
 * The production build served by `scripts/serve.js` as `npm start` runs it, in a process of its own
 * (so that its RSS is its own), on a free port; resolves once `/healthz` answers.
 */
export async function startProductionServer(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
	const port = await freePort();
	const child = spawn(process.execPath, [...startFlags(), 'scripts/serve.js'], {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${port}`;
	for (let attempt = 0; attempt < 600; attempt++) {
		if (
			await fetch(`${url}/healthz`).then(
				(response) => response.ok,
				() => false
			)
		)
			return { url, child };
		if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error('The server did not answer within 2 minutes');
}

export function rssOf(pid: number): number {
	try {
		return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
	} catch {
		return 0;
	}
}

/** What every load figure reports of an autocannon run. */
export function loadFigures(result: Result) {
	return {
		requests: result.requests.total,
		reqPerSecAvg: Math.round(result.requests.average),
		latencyP50Ms: result.latency.p50,
		latencyP99Ms: result.latency.p99,
		latencyMaxMs: result.latency.max,
		non2xx: result.non2xx,
		errors: result.errors,
		timeouts: result.timeouts
	};
}

/**
 * A fresh database on the PostgreSQL server at `adminUrl`, migrated, with the demo content and
 * what `seed` adds; `drop` removes it after the run.
 */
export async function seededDatabase(adminUrl: string, seed: (db: Database) => Promise<void>): Promise<{ url: string; drop: () => Promise<void> }> {
	const name = `sticisce_bench_${randomBytes(4).toString('hex')}`;
	const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database "${name}"`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const handle = openPostgres({ url: url.toString() });
	await handle.migrate((db) => loadDemoContentIfEmpty({ db }).then(() => undefined));
	await seed(handle.db);
	await handle.close();
	const drop = async () => {
		const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} });
		await dropper.unsafe(`drop database if exists "${name}" with (force)`);
		await dropper.end();
	};
	return { url: url.toString(), drop };
}
