// Benchmark of newsletters (issue 14, item 8): `npm run bench:newsletters -- [--recipients 50000]
// [--rate 100000] [--duration 15] [--connections 50]`.
// In a database of its own (demo content, then set-based SQL): one member organisation of Grozd with
// 50,000 people who consented to newsletters, a members list and a campaign for it. Then, against
// the production server (`npm start`'s flags, its job runner inline, SMTP_URL pointing to a sink):
//   (a) the campaign sent through the job table to an SMTP server in this process that accepts and
//       discards: messages per second, and the server's RSS sampled every 250 ms (start, peak, end);
//   (b) the public sign-up form (POST /spaces/grozd/newsletter, without JS) at 50 connections,
//       beside the bare /healthz of the same server in the same run.
// Not part of `npm test`; results in bench/results-newsletters.json, published in BENCHMARKS.md.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { openPostgres, type Database } from '../src/lib/server/db/client.ts';
import { createCampaign, createList, sendCampaign } from '../src/lib/server/newsletters/newsletters.usecases.ts';
import { cliActor } from '../src/lib/server/policy/actor.ts';
import { findSpaceRef } from '../src/lib/server/spaces/space-scope.ts';
import { ensureBuild, loadFigures, log, rssOf, seededDatabase, startProductionServer } from './support.ts';

const { values: options } = parseArgs({
	options: {
		recipients: { type: 'string', default: '50000' },
		rate: { type: 'string', default: '100000' },
		duration: { type: 'string', default: '15' },
		connections: { type: 'string', default: '50' },
		'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
		out: { type: 'string', default: 'bench/results-newsletters.json' }
	}
});
const recipients = Number(options.recipients);
const duration = Number(options.duration);
const connections = Number(options.connections);
const context = { actor: cliActor, source: 'cli' as const };
const round = (value: number) => Math.round(value * 100) / 100;
const rssMb = (pid: number) => Math.round(rssOf(pid) / 1_048_576);
const load = () => round(loadavg()[0]!);
const results: Record<string, unknown> = {
	date: new Date().toISOString(),
	cpus: `${cpus().length} × ${cpus()[0]?.model}`,
	memoryGb: Math.round(totalmem() / 2 ** 30)
};

// (a)'s sink: accepts every message and throws it away
let received = 0;
const sink = new SMTPServer({
	disabledCommands: ['STARTTLS', 'AUTH'],
	authOptional: true,
	logger: false,
	// no reverse DNS of each connection: a sink answers at once
	disableReverseLookup: true,
	onData(stream, _session, callback) {
		stream.on('end', () => {
			received++;
			callback();
		});
		stream.resume();
	}
});
await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', () => resolve()));
const sinkPort = (sink as unknown as { server: { address(): { port: number } } }).server.address().port;

let listId = '';
let campaignId = '';
/** The demo's public list of Grozd, for the sign-up form. */
let publicListId = '';
async function seed(db: Database) {
	const space = await findSpaceRef(db, 'grozd');
	const started = performance.now();
	await db.execute(sql`
		with organisation as (
			insert into organisations (name, legal_form, search_text, sort_name) values ('Zveza bralcev novic', 'association', 'zveza bralcev novic', 'zveza bralcev novic') returning id
		), membership as (
			insert into memberships (space_id, organisation_id, status, since) select ${space.id}, id, 'member', '2020-01-01' from organisation
		), made as (
			insert into people (name, email) select 'Bralka ' || n, 'bralka' || n || '@bench.example.si' from generate_series(1, ${recipients}) n returning id
		), affiliated as (
			insert into affiliations (person_id, organisation_id) select made.id, organisation.id from made, organisation
		)
		insert into consents (person_id, purpose, granted, source) select id, 'newsletter', true, 'bench' from made`);
	log(`  ${recipients} people with consent: ${Math.round(performance.now() - started)} ms`);
	const list = await createList({ db, context, space, publicUrl: 'http://localhost', input: { nameSl: 'Vse članice', audience: 'members' } });
	listId = list.id;
	const [found] = (await db.execute(sql`select id from newsletter_lists where space_id = ${space.id} and audience = 'public' limit 1`)) as unknown as {
		id: string;
	}[];
	publicListId = found!.id;
	log(`  list reaches ${list.recipients}`);
	const campaign = await createCampaign({
		db,
		context,
		space,
		input: {
			listId,
			subjectSl: 'Decembrske novice Grozda',
			bodySl:
				'## Letno srečanje\n\nVabimo vas na **letno srečanje** članic, 21. 12. 2025 ob 10.00 v Kranju.\n\n- Poročilo o delu\n- Načrt za prihodnje leto\n\n[Prijava](https://grozd.example/prijava)',
			subjectEn: 'Grozd news for December',
			bodyEn: 'Join the **annual meeting** on 21 December 2025.'
		}
	});
	campaignId = campaign.id;
}

ensureBuild();
log(`Seeding ${recipients} recipients (load ${load()})`);
const seedingStarted = performance.now();
const database = await seededDatabase(options['postgres-url']!, seed);
results.seedingS = round((performance.now() - seedingStarted) / 1000);
try {
	const { url, child } = await startProductionServer({
		DATABASE_URL: database.url,
		TRUST_PROXY: '1',
		// pooled connections (nodemailer's `pool` URL option): a new connection per message costs ~110 ms here
		SMTP_URL: `smtp://127.0.0.1:${sinkPort}/?pool=true`,
		MAIL_FROM: 'Grozd <novice@grozd.example>',
		JOB_RUNNER: 'inline'
	});
	const pid = child.pid!;
	try {
		await fetch(`${url}/spaces/grozd/newsletter`);
		results.idleRssMb = rssMb(pid);
		log(`(a) Campaign to ${recipients} recipients at up to ${options.rate}/min (idle RSS ${results.idleRssMb} MB, load ${load()})`);
		const handle = openPostgres({ url: database.url, max: 1 });
		const space = await findSpaceRef(handle.db, 'grozd');
		const before = received;
		const samples: number[] = [];
		const sampler = setInterval(() => samples.push(rssMb(pid)), 250);
		const started = performance.now();
		const loadBefore = load();
		await sendCampaign({ db: handle.db, context, space, id: campaignId, publicUrl: url, input: { ratePerMinute: Number(options.rate) } });
		let counts: Record<string, number> = {};
		for (;;) {
			await new Promise((resolve) => setTimeout(resolve, 1000));
			const rows = (await handle.db.execute(
				sql`select status, count(*)::int as count from newsletter_deliveries where campaign_id = ${campaignId} group by status`
			)) as unknown as { status: string; count: number }[];
			counts = Object.fromEntries(rows.map((row) => [row.status, row.count]));
			if (!counts.pending) break;
			if (samples.length % 40 === 0) log(`  ${JSON.stringify(counts)} RSS ${samples.at(-1)} MB`);
		}
		const seconds = (performance.now() - started) / 1000;
		clearInterval(sampler);
		const [campaign] = (await handle.db.execute(sql`select status, started_at, finished_at from newsletter_campaigns where id = ${campaignId}`)) as unknown as {
			status: string;
			started_at: Date;
			finished_at: Date;
		}[];
		await handle.close();
		results.campaign = {
			recipients,
			deliveries: counts,
			receivedBySink: received - before,
			seconds: round(seconds),
			messagesPerSecond: round((received - before) / seconds),
			campaignStatus: campaign?.status,
			rssMb: { start: samples[0], peak: Math.max(...samples), end: samples.at(-1), samples: samples.length },
			loadAverage: [loadBefore, load()]
		};
		log(`  ${JSON.stringify(results.campaign)}`);

		log(`(b) Bare /healthz at ${connections} connections (load ${load()})`);
		const bareLoad = load();
		results.bare = { ...loadFigures(await autocannon({ url: `${url}/healthz`, connections, duration })), loadAverage: [bareLoad, load()] };
		log(`  ${JSON.stringify(results.bare)}`);
		log(`(b) Public sign-up form at ${connections} connections (load ${load()})`);
		let counter = 0;
		const statuses: Record<string, number> = {};
		const signUpLoad = load();
		const signUps = await autocannon({
			url,
			connections,
			duration,
			requests: [
				{
					method: 'POST',
					path: '/spaces/grozd/newsletter',
					setupRequest: (request) => {
						counter++;
						return {
							...request,
							headers: {
								origin: url,
								// behind the (pretended) proxy the app's own origin is http://127.0.0.1:port only with this
								'x-forwarded-proto': 'http',
								accept: 'text/html',
								'content-type': 'application/x-www-form-urlencoded',
								'x-forwarded-for': `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}`
							},
							body: new URLSearchParams({ list: publicListId, email: `prijava${counter}@bench.example.si`, website: '' }).toString()
						};
					},
					onResponse: (status) => void (statuses[status] = (statuses[status] ?? 0) + 1)
				}
			]
		});
		results.signUp = { ...loadFigures(signUps), statuses, loadAverage: [signUpLoad, load()], rssAfterMb: rssMb(pid) };
		log(`  ${JSON.stringify(results.signUp)}`);
	} finally {
		child.kill('SIGTERM');
		await new Promise((resolve) => child.once('exit', resolve));
	}
} finally {
	await database.drop();
	await new Promise<void>((resolve) => sink.close(() => resolve()));
}
writeFileSync(options.out!, `${JSON.stringify(results, null, '\t')}\n`);
log(`Results in ${options.out}`);
