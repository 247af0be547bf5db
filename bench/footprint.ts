// Footprint of the app and its embedded PostgreSQL server: `npm run bench:footprint -- [--count 30000]
// [--duration 60] [--connections 10] [--out bench/results-footprint.json]`. Not part of `npm test`;
// see bench/README.md. Linux only (it reads /proc).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/lib/server/db/client.ts';
import { rowsOf } from '../src/lib/server/db/rows.ts';
import { ensureBuild, freePort, log } from './support.ts';
import { syntheticRegistryCsv } from '../src/lib/server/organisations/demo/synthetic-csv.ts';
import { createRandom, generateRegistry } from '../src/lib/server/organisations/demo/synthetic-registry.ts';
import { importOrganisations } from '../src/lib/server/organisations/import/import.usecases.ts';
import { cliActor } from '../src/lib/server/policy/actor.ts';

const { values: options } = parseArgs({
	options: {
		count: { type: 'string', default: '30000' },
		duration: { type: 'string', default: '60' },
		connections: { type: 'string', default: '10' },
		out: { type: 'string', default: 'bench/results-footprint.json' },
		label: { type: 'string', default: '' },
		// Node flags for the server process instead of those of `npm start`, to compare heap settings:
		// --node-options="--max-semi-space-size=8", or --node-options=none for Node's defaults
		'node-options': { type: 'string' }
	}
});
const count = Number(options.count);
const duration = Number(options.duration);
const connections = Number(options.connections);

/** The Node flags `npm start` gives the server (package.json), so that the figures are those of `npm start`. */
function startFlags(): string[] {
	const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
	return start.split(/\s+/).filter((word) => word.startsWith('--'));
}
const given = options['node-options'];
const nodeOptions = given === undefined ? startFlags() : given === 'none' ? [] : given.split(' ').filter(Boolean);

/** The targets of the issue (item 5, "Footprint"), in MB and ms. */
const targets = { appRssMb: 160, appAndClusterMb: 256, firstStartMs: 4_000, restartMs: 2_000 };

const mb = (bytes: number) => Math.round(bytes / 1_048_576);
const load1 = () => Math.round(loadavg()[0]! * 100) / 100;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A field of /proc/<pid>/status or smaps_rollup, in bytes (the kernel writes kB). */
function procKb(file: string, field: string): number {
	try {
		const text = readFileSync(file, 'utf8');
		return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
	} catch {
		return 0; // the process ended between listing and reading
	}
}

const rssOf = (pid: number) => procKb(`/proc/${pid}/status`, 'VmRSS');
const pssOf = (pid: number) => procKb(`/proc/${pid}/smaps_rollup`, 'Pss');

function parentOf(pid: number): number | undefined {
	try {
		// the command name (field 2) is in brackets and may hold spaces: count fields after it
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
	} catch {
		return undefined;
	}
}

/** The postmaster of the data directory and every process it started (backends, checkpointer, …). */
function clusterPids(dataDir: string): number[] {
	let postmaster: number;
	try {
		postmaster = Number.parseInt(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]!, 10);
	} catch {
		return [];
	}
	const children = readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.map(Number)
		.filter((pid) => parentOf(pid) === postmaster);
	return [postmaster, ...children];
}

type Sample = { appRssMb: number; appPssMb: number; clusterPssMb: number; clusterProcesses: number; appAndClusterMb: number; load1: number };

/** The app's RSS (the target's measure) and the cluster's summed PSS (shared buffers counted once). */
function sample(appPid: number, dataDir: string): Sample {
	const pids = clusterPids(dataDir);
	const appRss = rssOf(appPid);
	const clusterPss = pids.reduce((sum, pid) => sum + pssOf(pid), 0);
	return {
		appRssMb: mb(appRss),
		appPssMb: mb(pssOf(appPid)),
		clusterPssMb: mb(clusterPss),
		clusterProcesses: pids.length,
		appAndClusterMb: mb(appRss + clusterPss),
		load1: load1()
	};
}

/** Spawns `scripts/serve.js` and times it from the spawn to the first 200 from /healthz. */
async function startServer(dataDir: string, port: number): Promise<{ child: ChildProcess; ms: number; url: string }> {
	const url = `http://127.0.0.1:${port}`;
	const started = performance.now();
	const child = spawn(process.execPath, [...nodeOptions, 'scripts/serve.js'], {
		// the defaults of a fresh installation (demo content, inline job runner), on the embedded server
		env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	while (performance.now() - started < 120_000) {
		const ok = await fetch(`${url}/healthz`)
			.then((response) => response.ok)
			.catch(() => false);
		if (ok) return { child, ms: Math.round(performance.now() - started), url };
		if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
		await sleep(20);
	}
	throw new Error('The server did not answer within 2 minutes');
}

async function stopServer(child: ChildProcess): Promise<number> {
	const started = performance.now();
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	await exited;
	return Math.round(performance.now() - started);
}

/** A bare Node HTTP server, for scale: what the runtime alone holds. */
async function bareNode(): Promise<{ startedRssMb: number; afterLoadRssMb: number; load1: number }> {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		['-e', `require('node:http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1', () => console.log('up'))`],
		{
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	await new Promise((resolve) => child.stdout!.once('data', resolve));
	const startedRssMb = mb(rssOf(child.pid!));
	await autocannon({ url: `http://127.0.0.1:${port}/`, connections, duration: 5 });
	const afterLoadRssMb = mb(rssOf(child.pid!));
	const measuredLoad = load1();
	child.kill('SIGTERM');
	return { startedRssMb, afterLoadRssMb, load1: measuredLoad };
}

/** Imports the synthetic registry through the import use case, over a connection to the running cluster. */
async function importRegistry(dataDir: string): Promise<{ ms: number; organisations: number; ids: string[]; words: string[] }> {
	const csv = syntheticRegistryCsv(generateRegistry({ count, seed: 1 }));
	const handle = await openDatabase({ dataDir });
	try {
		const started = performance.now();
		await importOrganisations({
			db: handle.db,
			context: { actor: cliActor, source: 'cli' },
			file: { name: 'registry.csv', content: Buffer.from(csv) },
			dryRun: false
		});
		const ms = Math.round(performance.now() - started);
		await handle.db.execute(sql`analyze`);
		const rows = rowsOf<{ id: string; name: string }>(await handle.db.execute(sql`select id, name from organisations order by md5(id::text) limit 400`));
		// words people type into the directory: parts of real names, some cut short as while typing
		const words = [...new Set(rows.flatMap((row) => row.name.split(/\s+/)).filter((word) => word.length >= 4))].slice(0, 150);
		return { ms, organisations: rows.length, ids: rows.map((row) => row.id), words };
	} finally {
		await handle.close();
	}
}

const regions = ['SI031', 'SI032', 'SI033', 'SI034', 'SI035', 'SI036', 'SI037', 'SI038', 'SI041', 'SI042', 'SI043', 'SI044'];
const spaces = ['grozd', 'iskra', 'nvo-vid', 'asociacija'];

/** A varied mix of public requests, drawn anew for every request (seeded, so repeatable). */
function requestMix(ids: string[], words: string[]): { paths: () => string; kinds: string[] } {
	const random = createRandom('footprint');
	const q = () => {
		const word = random.pick(words);
		return encodeURIComponent(random.chance(0.3) ? word.slice(0, 3 + random.integer(word.length - 2)) : word);
	};
	const kinds: [string, number, () => string][] = [
		['/', 1, () => (random.chance(0.3) ? '/en' : '/')],
		['/spaces', 1, () => '/spaces'],
		['/spaces/<slug>', 2, () => `/spaces/${random.pick(spaces)}`],
		['/organisations?q=…', 3, () => `/organisations?q=${q()}${random.chance(0.3) ? `&region=${random.pick(regions)}` : ''}`],
		['/organisations/<id>', 3, () => `${random.chance(0.2) ? '/en' : ''}/organisations/${random.pick(ids)}`],
		['/api/v1/organisations?q=…&region=…', 3, () => `/api/v1/organisations?q=${q()}&region=${random.pick(regions)}`],
		['/api/v1/spaces', 1, () => '/api/v1/spaces'],
		['/healthz', 1, () => '/healthz']
	];
	return { paths: () => random.weighted(kinds, ([, weight]) => weight)[2](), kinds: kinds.map(([name]) => name) };
}

async function mixedLoad(url: string, appPid: number, dataDir: string, ids: string[], words: string[]) {
	const mix = requestMix(ids, words);
	// every kind of request answers 200 before the load starts: a broken page would not be measured
	for (let probe = 0; probe < 40; probe++) {
		const path = mix.paths();
		const response = await fetch(`${url}${path}`);
		await response.arrayBuffer();
		if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
	}
	const samples: Sample[] = [];
	const sampler = setInterval(() => samples.push(sample(appPid, dataDir)), 500);
	const loadBefore = load1();
	const result = await autocannon({
		url,
		connections,
		duration,
		requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: mix.paths() }) }]
	});
	clearInterval(sampler);
	const peak = (key: keyof Sample) => Math.max(...samples.map((one) => one[key]));
	return {
		connections,
		durationS: duration,
		kinds: mix.kinds,
		requests: result.requests.total,
		reqPerSecAvg: Math.round(result.requests.average),
		latencyP50Ms: result.latency.p50,
		latencyP99Ms: result.latency.p99,
		non2xx: result.non2xx,
		errors: result.errors,
		timeouts: result.timeouts,
		samples: samples.length,
		peak: {
			appRssMb: peak('appRssMb'),
			clusterPssMb: peak('clusterPssMb'),
			appAndClusterMb: peak('appAndClusterMb'),
			clusterProcesses: peak('clusterProcesses')
		},
		loadAverage: [loadBefore, load1()]
	};
}

function verdict(value: number, target: number): string {
	return value <= target ? 'met' : `MISSED by ${value - target}`;
}

/** What one run measured, as written to the results file. */
type Results = {
	date: string;
	label: string;
	node: string;
	nodeOptions: string[];
	count: number;
	targets: typeof targets;
	loadAverageAtStart: number;
	bareNode: Awaited<ReturnType<typeof bareNode>>;
	firstStart: { ms: number; memory: Sample; idle: Sample };
	restart: { stopMs: number; ms: number; memory: Sample };
	import: { ms: number };
	afterImport: Sample;
	load: Awaited<ReturnType<typeof mixedLoad>>;
	afterLoad: Sample;
};

function table(results: Results) {
	const rows: string[][] = [['measurement', 'app RSS MB', 'cluster PSS MB', 'app + cluster MB', 'load 1 min']];
	const row = (name: string, one: Sample) => rows.push([name, String(one.appRssMb), String(one.clusterPssMb), String(one.appAndClusterMb), String(one.load1)]);
	row('after first start (demo loaded)', results.firstStart.memory);
	row('after first start, 10 s idle', results.firstStart.idle);
	row('after restart', results.restart.memory);
	row('after import of the registry', results.afterImport);
	rows.push([
		'peak during mixed load',
		String(results.load.peak.appRssMb),
		String(results.load.peak.clusterPssMb),
		String(results.load.peak.appAndClusterMb),
		results.load.loadAverage.join(' → ')
	]);
	row('5 s after the load', results.afterLoad);
	rows.push([
		'bare Node http server (started / after 5 s load)',
		`${results.bareNode.startedRssMb} / ${results.bareNode.afterLoadRssMb}`,
		'',
		'',
		String(results.bareNode.load1)
	]);
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
	for (const cells of rows) console.log(cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
	const t = results.targets;
	console.log(
		`\nfirst start ${results.firstStart.ms} ms (target ≤ ${t.firstStartMs}: ${verdict(results.firstStart.ms, t.firstStartMs)}), ` +
			`restart ${results.restart.ms} ms (target ≤ ${t.restartMs}: ${verdict(results.restart.ms, t.restartMs)})`
	);
	const worstApp = Math.max(results.firstStart.memory.appRssMb, results.restart.memory.appRssMb, results.load.peak.appRssMb, results.afterLoad.appRssMb);
	const worstBoth = Math.max(
		results.firstStart.memory.appAndClusterMb,
		results.restart.memory.appAndClusterMb,
		results.load.peak.appAndClusterMb,
		results.afterLoad.appAndClusterMb
	);
	console.log(
		`app RSS at most ${worstApp} MB (target ≤ ${t.appRssMb}: ${verdict(worstApp, t.appRssMb)}), ` +
			`app + cluster at most ${worstBoth} MB (target ≤ ${t.appAndClusterMb}: ${verdict(worstBoth, t.appAndClusterMb)})`
	);
	console.log(
		`mixed load: ${results.load.requests} requests, ${results.load.reqPerSecAvg} req/s, p50 ${results.load.latencyP50Ms} ms, p99 ${results.load.latencyP99Ms} ms, non-2xx ${results.load.non2xx}, errors ${results.load.errors}`
	);
}

ensureBuild();

// filled in as the run goes; complete once the server has stopped
const results: Partial<Results> = {
	date: new Date().toISOString(),
	label: options.label,
	node: process.version,
	nodeOptions,
	count,
	targets,
	loadAverageAtStart: load1()
};
log(`bare Node http server (load average ${results.loadAverageAtStart})`);
results.bareNode = await bareNode();

const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-footprint-'));
const port = await freePort();
let server: ChildProcess | undefined;
try {
	log(`first start on a fresh data directory ${dataDir}`);
	const first = await startServer(dataDir, port);
	server = first.child;
	const memory = sample(first.child.pid!, dataDir);
	await sleep(10_000);
	results.firstStart = { ms: first.ms, memory, idle: sample(first.child.pid!, dataDir) };
	log(`first start ${first.ms} ms: ${JSON.stringify(results.firstStart.memory)}`);

	const stopMs = await stopServer(first.child);
	server = undefined;
	const again = await startServer(dataDir, port);
	server = again.child;
	results.restart = { stopMs, ms: again.ms, memory: sample(again.child.pid!, dataDir) };
	log(`restart ${again.ms} ms (stop ${stopMs} ms): ${JSON.stringify(results.restart.memory)}`);

	log(`importing ${count} synthetic organisations while the server runs`);
	const imported = await importRegistry(dataDir);
	results.import = { ms: imported.ms };
	results.afterImport = sample(again.child.pid!, dataDir);
	log(`imported in ${imported.ms} ms: ${JSON.stringify(results.afterImport)}`);

	log(`${duration} s of mixed load, ${connections} connections`);
	results.load = await mixedLoad(again.url, again.child.pid!, dataDir, imported.ids, imported.words);
	await sleep(5_000);
	results.afterLoad = sample(again.child.pid!, dataDir);
	log(`after load: ${JSON.stringify(results.afterLoad)}`);
	await stopServer(again.child);
	server = undefined;
} finally {
	if (server) await stopServer(server).catch(() => {});
	rmSync(dataDir, { recursive: true, force: true });
}
writeFileSync(options.out!, `${JSON.stringify(results, null, 2)}\n`);
console.log('');
table(results as Results);
log(`Results in ${options.out}`);
