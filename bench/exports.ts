// Benchmark of the public export under a crowd: `npm run bench:exports -- [--count 30000]
// [--exporters 25] [--duration 20] [--format xlsx]`. Not part of `npm test`; see bench/README.md.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadSyntheticRegistry } from '../src/lib/server/organisations/demo/synthetic-registry.usecases.ts';
import { cliActor } from '../src/lib/server/policy/actor.ts';
import { ensureBuild, loadFigures, log, rssOf, seededDatabase, startProductionServer } from './support.ts';

const { values: options } = parseArgs({
	options: {
		count: { type: 'string', default: '30000' },
		exporters: { type: 'string', default: '25' },
		duration: { type: 'string', default: '20' },
		format: { type: 'string', default: 'xlsx' },
		connections: { type: 'string', default: '10' },
		'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
		out: { type: 'string', default: 'bench/results-exports.json' }
	}
});
const count = Number(options.count);
const exporters = Number(options.exporters);
const duration = Number(options.duration);
const connections = Number(options.connections);

const round = (value: number) => Math.round(value * 100) / 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const rssMb = (pid: number) => Math.round(rssOf(pid) / 1_048_576);

async function healthz(url: string): Promise<Record<string, unknown>> {
	const result = await autocannon({ url: `${url}/healthz`, connections, duration });
	return loadFigures(result);
}

type ExportTally = { completed: number; refused: number; failed: number; bytes: number; msOfCompleted: number[] };

/**
 * One visitor who wants the whole registry: asks, reads the whole file when it comes, and asks
 * again a second after a refusal (sooner than Retry-After says, to press harder), until `until`.
 */
async function exporter(url: string, index: number, until: number, tally: ExportTally): Promise<void> {
	const headers = { 'x-forwarded-for': `10.9.${Math.floor(index / 250)}.${(index % 250) + 1}` };
	while (Date.now() < until) {
		const started = performance.now();
		try {
			const response = await fetch(`${url}/organisations/export?format=${options.format}`, { headers });
			if (response.status === 429) {
				await response.arrayBuffer();
				tally.refused++;
				await sleep(1000);
				continue;
			}
			const body = await response.arrayBuffer();
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			tally.completed++;
			tally.bytes = body.byteLength;
			tally.msOfCompleted.push(Math.round(performance.now() - started));
		} catch {
			tally.failed++;
			await sleep(1000);
		}
	}
}

ensureBuild();
const date = new Date().toISOString();
log(`Seeding ${count} organisations on PostgreSQL`);
const database = await seededDatabase(options['postgres-url']!, async (db) => {
	const result = await loadSyntheticRegistry({ db, context: { actor: cliActor, source: 'cli' }, count, seed: 1 });
	log(`Added ${result.inserted} synthetic organisations`);
});
const results: Record<string, unknown> = { date, count, exporters, durationS: duration, format: options.format, healthzConnections: connections };
try {
	// trusting X-Forwarded-For, so that each exporter can come from an address of its own (the crowd,
	// not one address past its limit)
	const { url, child } = await startProductionServer({ DATABASE_URL: database.url, JOB_RUNNER: 'off', TRUST_PROXY: '1' });
	try {
		const pid = child.pid!;
		results.idleRssMb = rssMb(pid);
		log('Bare /healthz');
		results.bare = { ...(await healthz(url)), loadAverage: round(loadavg()[0]!) };
		log(`bare: ${JSON.stringify(results.bare)}`);

		log(`/healthz during ${exporters} visitors exporting the whole registry as ${options.format}`);
		const tally: ExportTally = { completed: 0, refused: 0, failed: 0, bytes: 0, msOfCompleted: [] };
		let peakRss = rssMb(pid);
		const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(pid))), 250);
		const loadBefore = loadavg()[0]!;
		// the exporters start first and keep going a little past the measurement
		const until = Date.now() + (duration + 2) * 1000;
		const crowd = Promise.all(Array.from({ length: exporters }, (_, index) => exporter(url, index, until, tally)));
		await sleep(1000);
		const during = await healthz(url);
		await crowd;
		clearInterval(sampler);
		const sorted = [...tally.msOfCompleted].sort((a, b) => a - b);
		results.duringExports = {
			...during,
			peakRssMb: peakRss,
			exportsCompleted: tally.completed,
			exportsRefused: tally.refused,
			exportsFailed: tally.failed,
			exportBytes: tally.bytes,
			exportMsMedian: sorted[Math.floor(sorted.length / 2)] ?? null,
			exportMsMax: sorted.at(-1) ?? null,
			loadAverage: [round(loadBefore), round(loadavg()[0]!)]
		};
		log(`during exports: ${JSON.stringify(results.duringExports)}`);
	} finally {
		child.kill('SIGTERM');
		await new Promise((resolve) => child.once('exit', resolve));
	}
} finally {
	await database.drop();
}
writeFileSync(options.out!, `${JSON.stringify(results, null, 2)}\n`);
log(`Results in ${options.out}`);
