// Load without loss: `npm run bench:mixed -- [--count 30000] [--duration 60] [--connections 100]`.
// The production server on a fresh embedded database with a national registry, loaded for
// `--duration` seconds by `--connections` connections mixing directory reads, page views and
// authenticated writes (API token); then every acknowledged write is looked for in the database.
// The bare page of the same server is measured first, in the same run. See bench/README.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { like, sql } from 'drizzle-orm';
import { createUser } from '../src/lib/server/auth/auth.usecases.ts';
import { createBetterAuth } from '../src/lib/server/auth/better-auth.ts';
import { openDatabase } from '../src/lib/server/db/client.ts';
import { rowsOf } from '../src/lib/server/db/rows.ts';
import { loadDemoContentIfEmpty } from '../src/lib/server/demo/demo.usecases.ts';
import { generateRegistry } from '../src/lib/server/organisations/demo/synthetic-registry.ts';
import { loadSyntheticRegistry } from '../src/lib/server/organisations/demo/synthetic-registry.usecases.ts';
import { organisations } from '../src/lib/server/organisations/organisations.table.ts';
import { people } from '../src/lib/server/people/people.table.ts';
import { cliActor } from '../src/lib/server/policy/actor.ts';
import { createApiToken } from '../src/lib/server/tokens/tokens.usecases.ts';
import { directoryRequests } from './directory-load.ts';
import { ensureBuild, loadFigures, log, rssOf, startProductionServer } from './support.ts';

const { values: options } = parseArgs({
	options: {
		count: { type: 'string', default: '30000' },
		duration: { type: 'string', default: '60' },
		'bare-duration': { type: 'string', default: '20' },
		connections: { type: 'string', default: '100' },
		out: { type: 'string', default: 'bench/results-mixed.json' }
	}
});
const duration = Number(options.duration);
const connections = Number(options.connections);
const context = { actor: cliActor, source: 'cli' } as const;
const round = (value: number) => Math.round(value * 100) / 100;
const megabytes = (bytes: number) => Math.round(bytes / 1_048_576);

/** Of every ten requests: four directory reads, four page views, two writes (a person, an organisation). */
const cycle = ['directory', 'page', 'directory', 'write-person', 'page', 'directory', 'page', 'write-organisation', 'directory', 'page'] as const;

/** Proportional memory of the embedded PostgreSQL server's processes (shared buffers counted once). */
function clusterPss(dataDir: string): number {
	const pgrep = (...args: string[]) => spawnSync('pgrep', args, { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
	// the postmaster names the data directory on its command line; its children (backends, the
	// checkpointer, …) are called "postgres: …"
	const postmasters = pgrep('-f', '--', `-D ${join(dataDir, 'postgres')}`);
	let total = 0;
	for (const pid of [...postmasters, ...postmasters.flatMap((parent) => pgrep('-P', parent))]) {
		try {
			total += Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) * 1024;
		} catch {
			// the process ended between listing and reading
		}
	}
	return total;
}

async function prepare(dataDir: string, count: number) {
	const database = await openDatabase({ dataDir });
	try {
		await database.migrate((db) => loadDemoContentIfEmpty({ db }).then(() => undefined));
		// the same organisations as the directory mix below is made from (one generator, one seed)
		await loadSyntheticRegistry({ db: database.db, context, count, seed: 1 });
		const registry = generateRegistry({ count, seed: 1 });
		const auth = createBetterAuth({
			db: database.db,
			secret: 'bench-secret-that-is-long-enough-0123456789',
			publicUrl: 'http://localhost',
			onPasswordResetRequested: async () => {}
		});
		const user = await createUser({
			db: database.db,
			auth,
			context,
			input: { email: 'bench@example.si', name: 'Bench', password: 'bench password 1', isPlatformAdmin: true }
		});
		const { token } = await createApiToken({ db: database.db, context, userId: user.id, input: { name: 'bench', scopes: ['write'] } });
		const ids = (await database.db.select({ id: organisations.id }).from(organisations).limit(2000)).map((row) => row.id);
		return { registry, token, organisationIds: ids };
	} finally {
		await database.close();
	}
}

type Sampled = { peakAppRss: number; peakClusterPss: number; stop: () => void };

function sampleMemory(pid: number, dataDir: string): Sampled {
	const sampled: Sampled = { peakAppRss: rssOf(pid), peakClusterPss: clusterPss(dataDir), stop: () => clearInterval(timer) };
	const timer = setInterval(() => {
		sampled.peakAppRss = Math.max(sampled.peakAppRss, rssOf(pid));
		sampled.peakClusterPss = Math.max(sampled.peakClusterPss, clusterPss(dataDir));
	}, 500);
	return sampled;
}

function summary(result: Awaited<ReturnType<typeof autocannon>>, sampled: Sampled, seconds: number) {
	return {
		connections,
		durationS: seconds,
		...loadFigures(result),
		peakAppRssMb: megabytes(sampled.peakAppRss),
		peakClusterPssMb: megabytes(sampled.peakClusterPss),
		loadAverageAfter: round(loadavg()[0]!)
	};
}

ensureBuild();
const dataDir = mkdtempSync(join(tmpdir(), 'sticisce-mixed-'));
const count = Number(options.count);
log(`Preparing a fresh embedded database with ${count} organisations in ${dataDir}`);
const { registry, token, organisationIds } = await prepare(dataDir, count);
const directoryPaths = directoryRequests({ rows: registry, count: 40_000 });
const pagePaths = [
	'/',
	'/en',
	'/spaces',
	'/spaces/grozd',
	'/spaces/iskra',
	'/en/spaces/nvo-vid',
	...organisationIds.map((id, index) => (index % 2 ? `/organisations/${id}` : `/en/organisations/${id}`))
];

const { url, child } = await startProductionServer({ DATA_DIR: dataDir, DATABASE_URL: '' });
const results: Record<string, unknown> = { date: new Date().toISOString(), count, connections };
try {
	results.idleAppRssMb = megabytes(rssOf(child.pid!));
	log('Bare page (GET /healthz)');
	let sampled = sampleMemory(child.pid!, dataDir);
	const bareSeconds = Number(options['bare-duration']);
	const bare = await autocannon({ url, connections, duration: bareSeconds, requests: [{ path: '/healthz' }] });
	sampled.stop();
	results.bare = summary(bare, sampled, bareSeconds);
	log(JSON.stringify(results.bare));

	// every write carries a name of its own; what the server acknowledged is kept to be looked for
	const acknowledged = { people: new Set<string>(), organisations: new Set<string>() };
	let sent = 0;
	let directoryNext = 0;
	let pageNext = 0;
	let written = 0;
	const authorization = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
	const next = () => {
		const kind = cycle[sent++ % cycle.length]!;
		if (kind === 'directory') return { method: 'GET', path: directoryPaths[directoryNext++ % directoryPaths.length]! };
		if (kind === 'page') return { method: 'GET', path: pagePaths[pageNext++ % pagePaths.length]! };
		const number = ++written;
		if (kind === 'write-person') {
			return {
				method: 'POST',
				path: '/api/v1/people',
				headers: authorization,
				body: JSON.stringify({ name: `Obremenitev ${number}`, email: `obremenitev${number}@example.si` })
			};
		}
		return {
			method: 'POST',
			path: '/api/v1/organisations',
			headers: authorization,
			body: JSON.stringify({ name: `Obremenitev ${number}`, legalForm: 'association' })
		};
	};
	log(`Mixed load: ${connections} connections for ${duration} s`);
	sampled = sampleMemory(child.pid!, dataDir);
	const mixed = await autocannon({
		url,
		connections,
		duration,
		requests: [
			{
				setupRequest: (request) => ({ ...request, ...next() }),
				onResponse: (status, body, _context, headers) => {
					if (status < 200 || status >= 300) return;
					const isJson = String(headers?.['content-type'] ?? headers?.['Content-Type'] ?? '').includes('json');
					if (!isJson || !body.includes('"Obremenitev ')) return;
					const answer = JSON.parse(body) as { id?: string; name?: string; legalForm?: string };
					if (!answer.id || !answer.name?.startsWith('Obremenitev ')) return;
					(answer.legalForm ? acknowledged.organisations : acknowledged.people).add(answer.id);
				}
			}
		]
	});
	sampled.stop();
	results.mixed = summary(mixed, sampled, duration);

	const database = await openDatabase({ dataDir });
	try {
		const storedPeople = new Set((await database.db.select({ id: people.id }).from(people).where(like(people.name, 'Obremenitev %'))).map((row) => row.id));
		const storedOrganisations = new Set(
			(await database.db.select({ id: organisations.id }).from(organisations).where(like(organisations.name, 'Obremenitev %'))).map((row) => row.id)
		);
		const lostPeople = [...acknowledged.people].filter((id) => !storedPeople.has(id));
		const lostOrganisations = [...acknowledged.organisations].filter((id) => !storedOrganisations.has(id));
		const [audit] = rowsOf<{ entries: number }>(
			await database.db.execute(sql`select count(*)::int as entries from audit_log where action in ('person.create', 'organisation.create') and source = 'api'`)
		);
		results.writes = {
			// writes prepared or under way when the run stopped were never acknowledged: not counted as lost
			sent: written,
			acknowledgedPeople: acknowledged.people.size,
			storedPeople: storedPeople.size,
			acknowledgedOrganisations: acknowledged.organisations.size,
			storedOrganisations: storedOrganisations.size,
			lost: lostPeople.length + lostOrganisations.length,
			auditedCreations: audit?.entries
		};
		// a write the server acknowledged but did not keep would show here; one it kept without acknowledging (a timeout) is counted apart
		if (lostPeople.length > 0) log(`Lost people: ${lostPeople.slice(0, 5).join(', ')}`);
	} finally {
		await database.close();
	}
	results.mixedToBare = round((results.mixed as { reqPerSecAvg: number }).reqPerSecAvg / (results.bare as { reqPerSecAvg: number }).reqPerSecAvg);
	log(JSON.stringify({ mixed: results.mixed, writes: results.writes }));
} finally {
	child.kill('SIGTERM');
	await new Promise((resolve) => child.once('exit', resolve));
	rmSync(dataDir, { recursive: true, force: true });
}
writeFileSync(options.out!, `${JSON.stringify(results, null, 2)}\n`);
log(`Results in ${options.out}`);
