// Benchmark of the registry: `npm run bench -- [--db embedded|postgres|both] [--count 30000]
// [--people 100000] [--duration 20] [--connections 50]`. Not part of `npm test`; see bench/README.md.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase, openPostgres, type Database, type DatabaseHandle } from '../src/lib/server/db/client.ts';
import { loadDemoContentIfEmpty } from '../src/lib/server/demo/demo.usecases.ts';
import { syntheticRegistryCsv } from '../src/lib/server/organisations/demo/synthetic-csv.ts';
import { createRandom, generateRegistry } from '../src/lib/server/organisations/demo/synthetic-registry.ts';
import { createDirectoryRepository } from '../src/lib/server/organisations/directory/directory.repository.ts';
import { facetIndexAt } from '../src/lib/server/organisations/directory/directory.facet-index.ts';
import { directoryRequests, distinctFilterSets, mixShares } from './directory-load.ts';
import { importOrganisations } from '../src/lib/server/organisations/import/import.usecases.ts';
import { organisations } from '../src/lib/server/organisations/organisations.table.ts';
import { affiliations, people } from '../src/lib/server/people/people.table.ts';
import { cliActor } from '../src/lib/server/policy/actor.ts';
import { rowsOf } from '../src/lib/server/db/rows.ts';
import { ensureBuild, loadFigures, log, rssOf, startProductionServer } from './support.ts';

const { values: options } = parseArgs({
	options: {
		db: { type: 'string', default: 'both' },
		count: { type: 'string', default: '30000' },
		people: { type: 'string', default: '100000' },
		duration: { type: 'string', default: '20' },
		connections: { type: 'string', default: '50' },
		'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
		out: { type: 'string', default: 'bench/results.json' },
		'mix-size': { type: 'string', default: '20000' }
	}
});
const count = Number(options.count);
const peopleCount = Number(options.people);
const duration = Number(options.duration);
const connections = Number(options.connections);
const context = { actor: cliActor, source: 'cli' } as const;

/**
 * What the load test asks for: the bare page of the same server (the ceiling), then the
 * directory's mix (`directory-load.ts`): distinct requests, each path once, read from one list.
 */
type Load = { name: string; path: string } | { name: string; paths: string[] };

type Measured = Record<string, unknown>;

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
	const start = performance.now();
	const result = await work();
	return { result, ms: Math.round(performance.now() - start) };
}

async function importRegistry(db: Database, csv: string): Promise<Measured> {
	let progressEvents = 0;
	const { result, ms } = await timed(() =>
		importOrganisations({ db, context, file: { name: 'registry.csv', content: Buffer.from(csv) }, dryRun: false, onProgress: () => progressEvents++ })
	);
	return { method: 'importOrganisations (CSV through the import use case)', ms, progressEvents, result };
}

/** People with 1–2 affiliations each to random organisations, in multi-row inserts. */
async function seedPeople(db: Database): Promise<Measured> {
	const ids = (await db.select({ id: organisations.id }).from(organisations)).map((row) => row.id);
	const random = createRandom('people');
	const roles = ['predsednik', 'tajnik', 'blagajnik', 'član upravnega odbora', 'prostovoljec', 'direktor'];
	const { ms } = await timed(async () => {
		const chunk = 2_000;
		for (let start = 0; start < peopleCount; start += chunk) {
			const size = Math.min(chunk, peopleCount - start);
			const rows = await db
				.insert(people)
				.values(Array.from({ length: size }, (_, index) => ({ name: `Oseba ${start + index + 1}`, email: `oseba${start + index + 1}@people.example` })))
				.returning({ id: people.id });
			const links = rows.flatMap((person) =>
				Array.from({ length: 1 + random.integer(2) }, () => ({
					personId: person.id,
					organisationId: random.pick(ids),
					role: random.pick(roles),
					since: `${2000 + random.integer(24)}-01-01`
				}))
			);
			await db.insert(affiliations).values(links);
		}
	});
	const [row] = rowsOf<{ people: number; affiliations: number }>(
		await db.execute(sql`select (select count(*) from ${people})::int as people, (select count(*) from ${affiliations})::int as affiliations`)
	);
	return { ms, ...row };
}

function percentile(sorted: number[], share: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

/**
 * The directory's statements as a page runs them (`createDirectoryRepository`), one at a time:
 * the page of 20, the counts (total and every facet) in SQL, and the same counts from the
 * process's index in memory (what a request whose filter was not counted yet at this registry
 * version costs now). With 100 runs the p99 is the slowest run.
 */
async function directorySql(db: Database): Promise<Measured> {
	const searches = [
		{ name: 'q=d (a first letter: four in five organisations)', filter: { q: 'd' } },
		{ name: 'no search, no filter (the first page)', filter: {} },
		{ name: 'q=drustvo&region=SI042', filter: { q: 'drustvo', region: 'SI042' as const } },
		{ name: 'q=prostovoljno gas', filter: { q: 'prostovoljno gas' } }
	];
	const directory = createDirectoryRepository({ db });
	const measured: Measured = {};
	for (const { name, filter } of searches) {
		const index = (await facetIndexAt(db, await directory.version()))!;
		const run = async () => ({
			page: (await timed(() => directory.page(filter, { limit: 20, offset: 0 }))).ms,
			counts: (await timed(() => directory.counts(filter))).ms,
			countsInMemory: preciseMs(() => index.count(filter)),
			version: (await timed(() => directory.version())).ms
		});
		for (let warm = 0; warm < 5; warm++) await run();
		const runs: { page: number; counts: number; countsInMemory: number; version: number }[] = [];
		for (let index = 0; index < 100; index++) runs.push(await run());
		const summary = (part: 'page' | 'counts' | 'countsInMemory' | 'version') => {
			const times = runs.map((one) => one[part]).sort((x, y) => x - y);
			return { p50Ms: percentile(times, 0.5), p99Ms: percentile(times, 0.99), maxMs: times.at(-1) };
		};
		measured[name] = {
			runs: runs.length,
			page: summary('page'),
			counts: summary('counts'),
			countsInMemory: summary('countsInMemory'),
			version: summary('version'),
			loadAverage: round(loadavg()[0]!)
		};
	}
	return measured;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** A synchronous piece of work in milliseconds, to a hundredth. */
function preciseMs(work: () => unknown): number {
	const start = performance.now();
	work();
	return round(performance.now() - start);
}

async function load(url: string, pid: number, loads: Load[]): Promise<Measured> {
	const measured: Measured = {};
	for (const target of loads) {
		const paths = 'paths' in target ? target.paths : [target.path];
		const probe = await fetch(`${url}${paths[0]}`);
		if (!probe.ok) {
			measured[target.name] = { skipped: `GET ${paths[0]} answered ${probe.status}: the endpoint is not in this build` };
			continue;
		}
		// one cursor over the list for the warm-up and the run: no path is asked twice (unless the list runs out)
		let next = 0;
		const sent: string[] = [];
		const options = {
			url,
			connections,
			requests: [
				{
					setupRequest: (request: { path?: string }) => {
						const path = paths[next++ % paths.length]!;
						sent.push(path);
						return { ...request, path };
					}
				}
			]
		};
		// a few seconds of warm-up, not measured
		await autocannon({ ...options, duration: 3 });
		const warmUp = sent.length;
		const loadBefore = loadavg()[0]!;
		let peakRss = rssOf(pid);
		const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf(pid))), 250);
		const result = await autocannon({ ...options, duration });
		clearInterval(sampler);
		const measuredPaths = sent.slice(warmUp);
		measured[target.name] = {
			...('path' in target
				? { path: target.path }
				: {
						distinctPaths: paths.length,
						sent: measuredPaths.length,
						sentInWarmUp: warmUp,
						pathsRepeated: next > paths.length,
						filterSetsInRun: distinctFilterSets(measuredPaths),
						htmlShare: round(measuredPaths.filter((path) => path.startsWith('/organisations')).length / measuredPaths.length)
					}),
			connections,
			durationS: duration,
			...loadFigures(result),
			peakRssMb: Math.round(peakRss / 1_048_576),
			// other work on the machine skews every figure: the 1-minute load average around the run
			loadAverage: [round(loadBefore), round(loadavg()[0]!)]
		};
		log(
			`${target.name}: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms, ${Math.round(result.requests.average)} req/s, non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`
		);
	}
	return measured;
}

async function benchmark(kind: 'embedded' | 'postgresql', csv: string, loads: Load[]): Promise<Measured> {
	let handle: DatabaseHandle;
	let env: NodeJS.ProcessEnv;
	let cleanup: () => Promise<void>;
	if (kind === 'postgresql') {
		const adminUrl = options['postgres-url']!;
		const name = `sticisce_bench_${randomBytes(4).toString('hex')}`;
		const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database "${name}"`);
		await admin.end();
		const url = new URL(adminUrl);
		url.pathname = `/${name}`;
		handle = openPostgres({ url: url.toString() });
		env = { DATABASE_URL: url.toString() };
		cleanup = async () => {
			const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} });
			await dropper.unsafe(`drop database if exists "${name}" with (force)`);
			await dropper.end();
		};
	} else {
		const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-bench-'));
		handle = await openDatabase({ dataDir });
		env = { DATA_DIR: dataDir, DATABASE_URL: '' };
		cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
	}
	const measured: Measured = { database: kind };
	try {
		log(`${kind}: migrating and loading the demo content`);
		await handle.migrate((db) => loadDemoContentIfEmpty({ db }).then(() => undefined));
		log(`${kind}: importing ${count} organisations`);
		measured.import = await importRegistry(handle.db, csv);
		log(`${kind}: import ${JSON.stringify(measured.import).slice(0, 200)}`);
		log(`${kind}: adding ${peopleCount} people with affiliations`);
		measured.people = await seedPeople(handle.db);
		await handle.db.execute(sql`analyze`);
		log(`${kind}: directory queries in SQL`);
		measured.directorySql = await directorySql(handle.db);
		log(`${kind}: ${JSON.stringify(measured.directorySql)}`);
		await handle.close();
		log(`${kind}: starting the server`);
		const { url, child } = await startProductionServer({ ...env, JOB_RUNNER: 'off' });
		try {
			measured.idleRssMb = Math.round(rssOf(child.pid!) / 1_048_576);
			measured.http = await load(url, child.pid!, loads);
			// the mix's requests per second as a share of the bare page's, in the same run
			const [bare, mix] = loads.map((target) => (measured.http as Record<string, { reqPerSecAvg?: number }>)[target.name]?.reqPerSecAvg);
			if (bare && mix) measured.mixToBare = round(mix / bare);
		} finally {
			child.kill('SIGTERM');
			await new Promise((resolve) => child.once('exit', resolve));
		}
	} finally {
		await handle.close().catch(() => {});
		await cleanup();
	}
	return measured;
}

ensureBuild();
const registry = generateRegistry({ count, seed: 1 });
const { result: csv, ms: csvMs } = await timed(async () => syntheticRegistryCsv(registry));
const mixPaths = directoryRequests({ rows: registry, count: Number(options['mix-size']) });
const loads: Load[] = [
	{ name: 'healthz (ceiling)', path: '/healthz' },
	{ name: 'directory mix', paths: mixPaths }
];
log(`The directory mix: ${mixPaths.length} distinct requests, ${distinctFilterSets(mixPaths)} filter sets`);
const csvBytes = Buffer.byteLength(csv);
log(`Generated ${count} organisations as CSV (${Math.round(csvBytes / 1024)} KiB) in ${csvMs} ms`);
const kinds = options.db === 'both' ? (['postgresql', 'embedded'] as const) : ([options.db === 'postgres' ? 'postgresql' : 'embedded'] as const);
const results: Measured = {
	date: new Date().toISOString(),
	count,
	people: peopleCount,
	csvBytes,
	csvMs,
	mix: { shares: mixShares, distinctPaths: mixPaths.length, filterSets: distinctFilterSets(mixPaths), first: mixPaths.slice(0, 40) },
	runs: [] as Measured[]
};
for (const kind of kinds) (results.runs as Measured[]).push(await benchmark(kind, csv, loads));
writeFileSync(options.out!, `${JSON.stringify(results, null, 2)}\n`);
log(`Results in ${options.out}`);
