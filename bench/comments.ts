// Benchmark of the public comment form (issue 14, item 8): `npm run bench:comments -- [--duration 20]
// [--connections 50]`. The production server on the embedded PostgreSQL server (a fresh data
// directory: first start, migrations, demo content), as `npm start` runs it, with a subject kind of
// the benchmark's own (bench/comments-server.ts); then, at 50 connections, in the same run:
//   (a) the bare /healthz of the same server;
//   (b) the comment page GET /comments/bench_post/1 (the form with its signed time);
//   (c) the comment form POST /comments/bench_post/1 as a browser without JavaScript sends it, each
//       request from an address (X-Forwarded-For, TRUST_PROXY=1) and an e-mail of its own, so that
//       the rate limit (20 an hour per address, 10 per e-mail) lets every one through;
//   (d) the same form from ONE address: what the limit costs when it refuses (429s, counted).
// Mail is queued, not sent (JOB_RUNNER=off), as in the activities' benchmark. Not part of `npm test`;
// results in bench/results-comments.json, published in BENCHMARKS.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/lib/server/db/client.ts';
import { ensureBuild, freePort, loadFigures, log, rssOf, startFlags } from './support.ts';

const { values: options } = parseArgs({
	options: {
		duration: { type: 'string', default: '20' },
		connections: { type: 'string', default: '50' },
		out: { type: 'string', default: 'bench/results-comments.json' }
	}
});
const duration = Number(options.duration);
const connections = Number(options.connections);
const round = (value: number) => Math.round(value * 100) / 100;
const load = () => round(loadavg()[0]!);
const rssMb = (pid: number) => Math.round(rssOf(pid) / 1_048_576);
const formPath = '/comments/bench_post/1';

/** The server of bench/comments-server.ts on the embedded database in `dataDir`; resolves once /healthz answers. */
async function startServer(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
	const port = await freePort();
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, JOB_RUNNER: 'off', TRUST_PROXY: '1' };
	delete env.DATABASE_URL;
	delete env.SMTP_URL;
	const child = spawn(process.execPath, [...startFlags(), 'bench/comments-server.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
	const url = `http://127.0.0.1:${port}`;
	for (let attempt = 0; attempt < 900; attempt++) {
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
	throw new Error('The server did not answer within 3 minutes');
}

async function run(url: string, requests: Parameters<typeof autocannon>[0]['requests'], pid: number) {
	const before = load();
	let peak = rssMb(pid);
	const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 250);
	const result = await autocannon({ url, connections, duration, requests });
	clearInterval(sampler);
	return { ...loadFigures(result), peakRssMb: peak, loadAverage: [before, load()] };
}

/** The form as a browser sends it: its fields, the signed time, the empty honeypot. */
function formRequest(url: string, started: string, statuses: Record<string, number>, addressOf: (n: number) => string) {
	let counter = 0;
	return [
		{
			method: 'POST',
			path: formPath,
			setupRequest: (request: Record<string, unknown>) => {
				counter++;
				return {
					...request,
					headers: {
						'content-type': 'application/x-www-form-urlencoded',
						accept: 'text/html',
						origin: url,
						// behind a proxy (TRUST_PROXY=1) the app takes its origin from these; the form's Origin must match it
						'x-forwarded-proto': 'http',
						'x-forwarded-host': new URL(url).host,
						'x-forwarded-for': addressOf(counter)
					},
					body: new URLSearchParams({
						name: `Komentatorka ${counter}`,
						email: `komentar${counter}@bench.example.si`,
						body: `Hvala za objavo. To je komentar številka ${counter}, napisan kot ga piše človek: dva stavka.`,
						started,
						website: ''
					}).toString()
				};
			},
			onResponse: (status: number) => void (statuses[status] = (statuses[status] ?? 0) + 1)
		}
	];
}

ensureBuild();
const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-bench-comments-'));
const results: Record<string, unknown> = { date: new Date().toISOString(), durationS: duration, connections, database: 'embedded' };
log(`Starting the server on the embedded database in ${dataDir}`);
const startedAt = performance.now();
const { url, child } = await startServer(dataDir);
results.firstStartS = round((performance.now() - startedAt) / 1000);
const pid = child.pid!;
try {
	results.idleRssMb = rssMb(pid);
	const page = await fetch(`${url}${formPath}`);
	const html = await page.text();
	const started = /name="started" value="([^"]+)"/.exec(html)?.[1];
	if (page.status !== 200 || !started) throw new Error(`The comment page answered ${page.status} without a form`);
	// the signed time says when the form was shown: people take more than 3 seconds to write
	await new Promise((resolve) => setTimeout(resolve, 3500));

	log(`(a) Bare /healthz at ${connections} connections (load ${load()})`);
	results.bare = await run(url, [{ method: 'GET', path: '/healthz' }], pid);
	log(`  ${JSON.stringify(results.bare)}`);

	log(`(b) The comment page GET ${formPath} (load ${load()})`);
	results.page = await run(url, [{ method: 'GET', path: formPath }], pid);
	log(`  ${JSON.stringify(results.page)}`);

	log(`(c) The comment form POST, each from an address and an e-mail of its own (load ${load()})`);
	const statuses: Record<string, number> = {};
	results.form = {
		...(await run(
			url,
			formRequest(url, started, statuses, (n) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`),
			pid
		)),
		statuses
	};
	log(`  ${JSON.stringify(results.form)}`);

	log(`(d) The comment form POST, all from one address (load ${load()})`);
	const refused: Record<string, number> = {};
	results.formOneAddress = {
		...(await run(
			url,
			formRequest(url, started, refused, () => '10.255.255.1'),
			pid
		)),
		statuses: refused
	};
	log(`  ${JSON.stringify(results.formOneAddress)}`);
	results.peakRssMb = rssMb(pid);
} finally {
	child.kill('SIGTERM');
	await new Promise((resolve) => child.once('exit', resolve));
}

// what was stored: every accepted comment is held (the demo space pre-moderates), none lost, none spam
const database = await openDatabase({ dataDir });
try {
	results.stored = (await database.db.execute(
		sql`select status, count(*)::int as count from comments group by status order by status`
	)) as unknown as unknown[];
	results.mailsQueued = (
		(await database.db.execute(sql`select count(*)::int as count from jobs where kind = 'mail.send'`)) as unknown as { count: number }[]
	)[0]!.count;
	log(`Stored: ${JSON.stringify(results.stored)}, mails queued: ${results.mailsQueued}`);
} finally {
	await database.close();
	rmSync(dataDir, { recursive: true, force: true });
}
const form = results.form as { reqPerSecAvg: number };
const bare = results.bare as { reqPerSecAvg: number };
results.formToBare = round(form.reqPerSecAvg / bare.reqPerSecAvg);
writeFileSync(options.out!, `${JSON.stringify(results, null, '\t')}\n`);
log(`Written to ${options.out}`);
