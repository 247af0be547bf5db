// Benchmark of activities (issue 13, item 10): `npm run bench:activities -- [--spaces 12]
// [--activities 20000] [--registrations 500000] [--duration 20] [--connections 50]`.
// 12 spaces, 20,000 activities, 500,000 registrations with check-ins and evaluation answers, made
// by set-based SQL in a database of its own on PostgreSQL (15 on this machine); then
//   (a) every indicator rule of the activities module for one space-year, alone, 20 runs each
//       (and, beside them, the same figures in plain SQL, for a build without the rules);
//   (b) the attendance export of all 500,000 rows as CSV (and XLSX) from the production server,
//       streamed, with the server's RSS sampled every 100 ms;
//   (c) public registrations (POST /api/v1/activities/{id}/registrations) at 50 connections,
//       beside the bare /healthz of the same server in the same run.
// Not part of `npm test`; results in bench/results-activities.json, published in BENCHMARKS.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql, type SQL } from 'drizzle-orm';
import { activitiesModule } from '../src/lib/server/activities/activities.module.ts';
import { createUser } from '../src/lib/server/auth/auth.usecases.ts';
import { createBetterAuth } from '../src/lib/server/auth/better-auth.ts';
import { openPostgres, type Database } from '../src/lib/server/db/client.ts';
import { cliActor } from '../src/lib/server/policy/actor.ts';
import { createProject } from '../src/lib/server/projects/projects.usecases.ts';
import { findSpaceRef } from '../src/lib/server/spaces/space-scope.ts';
import { createSpace } from '../src/lib/server/spaces/spaces.usecases.ts';
import { createApiToken } from '../src/lib/server/tokens/tokens.usecases.ts';
import { ngoLegalForms } from '../src/lib/reference/legal-forms.ts';
import { municipalityCodes, regionOfMunicipality } from '../src/lib/reference/municipalities.ts';
import { ensureBuild, loadFigures, log, rssOf, seededDatabase, startProductionServer } from './support.ts';

const { values: options } = parseArgs({
	options: {
		spaces: { type: 'string', default: '12' },
		activities: { type: 'string', default: '20000' },
		registrations: { type: 'string', default: '500000' },
		people: { type: 'string', default: '100000' },
		organisations: { type: 'string', default: '5000' },
		year: { type: 'string', default: '2025' },
		duration: { type: 'string', default: '20' },
		connections: { type: 'string', default: '50' },
		runs: { type: 'string', default: '20' },
		'xlsx-all': { type: 'boolean', default: false },
		'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
		out: { type: 'string', default: 'bench/results-activities.json' }
	}
});
const spaceCount = Number(options.spaces);
const activityCount = Number(options.activities);
const registrationCount = Number(options.registrations);
const peopleCount = Number(options.people);
const organisationCount = Number(options.organisations);
const year = Number(options.year);
const duration = Number(options.duration);
const connections = Number(options.connections);
const runs = Number(options.runs);
const context = { actor: cliActor, source: 'cli' as const };
const spaceSlug = (index: number) => `bench-activities-${index}`;
const round = (value: number) => Math.round(value * 100) / 100;
const rssMb = (pid: number) => Math.round(rssOf(pid) / 1_048_576);
const load = () => round(loadavg()[0]!);

/** Activities are held over three years, the measured year last, each with 1–3 sessions a week apart. */
const firstDay = `${year - 2}-01-01`;

let token = '';

async function seed(db: Database): Promise<void> {
	const projectOfSpace: string[] = [];
	for (let index = 1; index <= spaceCount; index++) {
		await createSpace({ db, context, input: { slug: spaceSlug(index), kind: 'regional_hub', name: { sl: `Stičišče ${index}` } } });
		const space = await findSpaceRef(db, spaceSlug(index));
		// one project holds all of a space's activities: a rule's project scope is then the whole space-year
		const project = await createProject({ db, context, space, input: { title: { sl: `Projekt stičišča ${index}` }, slug: 'projekt' } });
		projectOfSpace.push(`('${space.id}'::uuid, '${project.id}'::uuid, ${index})`);
	}
	const started = performance.now();
	const step = async (name: string, query: SQL) => {
		const at = performance.now();
		await db.execute(query);
		log(`  ${name}: ${Math.round(performance.now() - at)} ms`);
	};
	await step(
		'spaces',
		sql.raw(`create temporary table bench_spaces (space_id uuid, project_id uuid, n int); insert into bench_spaces values ${projectOfSpace.join(', ')}`)
	);
	const legalForms = `array['${[...ngoLegalForms, 'company', 'public_body'].join("','")}']`;
	const municipalities = `array['${municipalityCodes.join("','")}']`;
	const regionsOfMunicipalities = `array['${municipalityCodes.map((code) => regionOfMunicipality(code) ?? '').join("','")}']`;
	await step(
		'organisations',
		sql.raw(`insert into organisations (name, legal_form, registration_number, municipality_code, region_code, search_text, sort_name)
			select 'Društvo za meritve ' || g, (${legalForms})[1 + g % 8], lpad((1000000 + g)::text, 7, '0') || '000',
				m.code, nullif((${regionsOfMunicipalities})[1 + g % ${municipalityCodes.length}], ''), 'drustvo za meritve ' || g, 'drustvo za meritve ' || lpad(g::text, 6, '0')
			from generate_series(1, ${organisationCount}) g
			cross join lateral (select (${municipalities})[1 + g % ${municipalityCodes.length}] as code) m`)
	);
	await step(
		'people',
		sql.raw(
			`insert into people (name, email) select 'Oseba ' || g || ' Priimek', 'oseba' || g || '@bench.example.si' from generate_series(1, ${peopleCount}) g`
		)
	);
	await step(
		'activities',
		sql.raw(`insert into activities (space_id, slug, title, type, pillar, project_id, capacity, public, evaluation_questions)
			select s.space_id, 'a-' || g, jsonb_build_object('sl', 'Aktivnost ' || g, 'en', 'Activity ' || g),
				(array['training','workshop','conference','info_session','advice_session','networking_event','mentoring','other'])[1 + (g / ${spaceCount}) % 8],
				(array['training','training','networking','informing','informing','networking','training','advocacy'])[1 + (g / ${spaceCount}) % 8],
				s.project_id, 40, g % 5 <> 0,
				'[{"id":"overall","kind":"rating","required":true,"label":{"sl":"Zadovoljstvo"}},{"id":"improved_work","kind":"yes_no","required":false,"label":{"sl":"Izboljšalo delo?"}}]'::jsonb
			from generate_series(1, ${activityCount}) g join bench_spaces s on s.n = 1 + g % ${spaceCount}`)
	);
	await step(
		'sessions',
		sql.raw(`insert into activity_sessions (space_id, activity_id, starts_at, ends_at, address, municipality_code, unnamed_attendees)
			select a.space_id, a.id, d.starts, d.starts + interval '3 hours', 'Ulica ' || k, '061', case when k = 1 then (g % 7) else 0 end
			from (select a.*, substring(a.slug from 3)::int as g from activities a where a.slug like 'a-%') a
			cross join lateral generate_series(1, 1 + a.g % 3) k
			cross join lateral (select ('${firstDay}'::date + ((a.g * 1096 / ${activityCount}) % 1096) * interval '1 day' + interval '9 hours' + (k - 1) * interval '7 days') at time zone 'Europe/Ljubljana' as starts) d`)
	);
	const perActivity = Math.ceil(registrationCount / activityCount);
	// status by g % 20: mostly attended, some registered, no-shows and waiting; none cancelled, so that
	// the export (which leaves cancelled ones out) has as many rows as there are registrations
	await step(
		'registrations',
		sql.raw(`insert into activity_registrations (space_id, activity_id, person_id, organisation_id, status, check_in_code, token_hash, source, locale, created_at)
			select a.space_id, a.id, p.id, case when g % 5 = 0 then null else o.id end,
				case when g % 20 < 13 then 'attended' when g % 20 < 16 then 'registered' when g % 20 < 19 then 'no_show' else 'waitlisted' end,
				lpad(g::text, 8, '0'), md5('bench' || g), 'form', 'sl', now()
			from generate_series(1, ${registrationCount}) g
			join activities a on a.slug = 'a-' || (1 + (g - 1) / ${perActivity})
			join (select id, row_number() over (order by id) as n from people where email like '%@bench.example.si') p on p.n = 1 + (g::bigint * 7919) % ${peopleCount}
			join (select id, row_number() over (order by id) as n from organisations where name like 'Društvo za meritve %') o on o.n = 1 + (g::bigint * 31) % ${organisationCount}`)
	);
	await step(
		'attendances',
		sql.raw(`insert into activity_attendances (space_id, registration_id, session_id, checked_in_at, method)
			select r.space_id, r.id, s.id, s.starts_at, 'tap'
			from activity_registrations r join activity_sessions s on s.space_id = r.space_id and s.activity_id = r.activity_id
			where r.status = 'attended' and r.source = 'form'`)
	);
	await step(
		'evaluation responses',
		sql.raw(`insert into activity_evaluation_responses (space_id, activity_id, registration_id, answers, submitted_at)
			select r.space_id, r.activity_id, r.id, jsonb_build_object('overall', 1 + abs(hashtext(r.id::text)) % 5, 'improved_work', abs(hashtext(r.id::text)) % 3 > 0), now()
			from activity_registrations r where r.status = 'attended' and abs(hashtext(r.id::text)) % 3 = 0`)
	);
	// the activity public registrations go to: upcoming, 50 places (the rest wait)
	const [target] = (await db.execute(
		sql`insert into activities (space_id, slug, title, type, pillar, capacity, public)
			select space_id, 'prijave', '{"sl":"Dogodek za prijave"}'::jsonb, 'training', 'training', 50, true from bench_spaces where n = 1 returning id, space_id`
	)) as unknown as { id: string; space_id: string }[];
	await db.execute(
		sql`insert into activity_sessions (space_id, activity_id, starts_at, ends_at, online, url)
			values (${target!.space_id}, ${target!.id}, now() + interval '30 days', now() + interval '30 days 3 hours', true, 'https://meet.example.si/bench')`
	);
	// as autovacuum leaves a table: statistics, and the visibility map that lets index-only scans skip the heap
	await step('vacuum analyze', sql.raw('vacuum analyze'));
	log(`  seeded in ${round((performance.now() - started) / 1000)} s`);
	const auth = createBetterAuth({
		db,
		secret: 'bench-secret-that-is-long-enough-0123456789',
		publicUrl: 'http://localhost',
		onPasswordResetRequested: async () => {}
	});
	const user = await createUser({
		db,
		auth,
		context,
		input: { email: 'bench@example.si', name: 'Bench', password: 'bench password 1', isPlatformAdmin: true }
	});
	token = (await createApiToken({ db, context, userId: user.id, input: { name: 'bench', scopes: ['read'] } })).token;
}

/** p50, p99 and max of `runs` timed runs after 3 warm-up runs, in ms. */
async function timed(work: () => Promise<unknown>) {
	for (let warm = 0; warm < 3; warm++) await work();
	const times: number[] = [];
	let value: unknown;
	for (let run = 0; run < runs; run++) {
		const at = performance.now();
		value = await work();
		times.push(performance.now() - at);
	}
	times.sort((a, b) => a - b);
	const at = (share: number) => round(times[Math.min(times.length - 1, Math.ceil(share * times.length) - 1)]!);
	return { p50Ms: at(0.5), p99Ms: at(0.99), maxMs: round(times.at(-1)!), value };
}

/**
 * The figures the activities' rules compute (trainings held, distinct participants, distinct NGOs,
 * event attendees with headcounts), as plain SQL over one space-year: what a build without the
 * rules (figures/activities.indicator-rules.ts) is measured with.
 */
function plainFigures(spaceId: string, from: string, to: string): Record<string, SQL> {
	const scoped = (types: string[]) => sql`select s.id, s.activity_id, s.unnamed_attendees from activity_sessions s
		join activities a on a.space_id = s.space_id and a.id = s.activity_id
		where s.space_id = ${spaceId} and a.cancelled_at is null and s.starts_at <= now()
			and (s.starts_at at time zone 'Europe/Ljubljana')::date between ${from}::date and ${to}::date
			and a.type in (${sql.join(
				types.map((type) => sql`${type}`),
				sql`, `
			)})`;
	const attended = (types: string[]) => sql`scoped as (${scoped(types)}),
		attended as (select r.person_id, r.organisation_id from activity_registrations r
			where r.space_id = ${spaceId} and r.activity_id in (select activity_id from scoped)
				and (r.status = 'attended' or exists (select 1 from activity_attendances t join scoped on scoped.id = t.session_id
					where t.space_id = r.space_id and t.registration_id = r.id)))`;
	const trainings = ['training', 'workshop'];
	const events = ['conference', 'info_session', 'networking_event'];
	const ngos = sql.join(
		ngoLegalForms.map((form) => sql`${form}`),
		sql`, `
	);
	return {
		trainingsHeld: sql`with scoped as (${scoped(trainings)}) select count(distinct activity_id) as value from scoped`,
		trainingParticipants: sql`with ${attended(trainings)} select count(distinct person_id) as value from attended`,
		trainingNgos: sql`with ${attended(trainings)} select count(distinct a.organisation_id) as value from attended a join organisations o on o.id = a.organisation_id where o.legal_form in (${ngos})`,
		eventAttendeesWithHeadcounts: sql`with ${attended(events)} select (select count(distinct person_id) from attended) + (select coalesce(sum(unnamed_attendees), 0) from scoped) as value`
	};
}

async function measureFigures(url: string) {
	const handle = openPostgres({ url, max: 2 });
	try {
		const db = handle.db;
		const space = await findSpaceRef(db, spaceSlug(1));
		const [project] = (await db.execute(sql`select id from projects where space_id = ${space.id} and slug = 'projekt'`)) as unknown as { id: string }[];
		const from = `${year}-01-01`;
		const to = `${year}-12-31`;
		const [size] = (await db.execute(
			sql`select count(distinct a.id) as activities, count(distinct r.id) as registrations from activities a
				join activity_sessions s on s.space_id = a.space_id and s.activity_id = a.id
				left join activity_registrations r on r.space_id = a.space_id and r.activity_id = a.id
				where a.space_id = ${space.id} and (s.starts_at at time zone 'Europe/Ljubljana')::date between ${from}::date and ${to}::date`
		)) as unknown as { activities: string; registrations: string }[];
		const figures: Record<string, unknown> = {
			space: spaceSlug(1),
			from,
			to,
			activitiesInScope: Number(size!.activities),
			registrationsInScope: Number(size!.registrations)
		};
		const rules = activitiesModule.indicatorRules ?? [];
		figures.rulesInBuild = rules.map((rule) => rule.id);
		const ruleTimes: Record<string, unknown> = {};
		for (const rule of rules) {
			ruleTimes[rule.id] = await timed(() => rule.compute({ db, space, project: project!, from, to }));
			log(`  rule ${rule.id}: ${JSON.stringify(ruleTimes[rule.id])}`);
		}
		figures.rules = ruleTimes;
		const plain: Record<string, unknown> = {};
		for (const [name, query] of Object.entries(plainFigures(space.id, from, to))) {
			plain[name] = await timed(async () => Number(((await db.execute(query)) as unknown as { value: string }[])[0]!.value));
			log(`  plain SQL ${name}: ${JSON.stringify(plain[name])}`);
		}
		figures.plainSql = plain;
		return figures;
	} finally {
		await handle.close();
	}
}

/** CPU time the process has used so far, in ms (user + system, from /proc; Linux's 100 ticks a second). */
function cpuMsOf(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Reads a whole export as a slow-enough client would: every chunk, counting bytes and line ends;
 * with the server's CPU time meanwhile, which says what the export costs whatever else runs.
 */
async function download(url: string, pid: number) {
	const cpuBefore = cpuMsOf(pid);
	const before = rssMb(pid);
	let peak = before;
	const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
	const started = performance.now();
	const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
	const firstByteMs = Math.round(performance.now() - started);
	let bytes = 0;
	let lines = 0;
	const reader = response.body!.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		bytes += value.byteLength;
		for (let index = value.indexOf(10); index !== -1; index = value.indexOf(10, index + 1)) lines++;
	}
	clearInterval(sampler);
	return {
		status: response.status,
		totalMs: Math.round(performance.now() - started),
		firstByteMs,
		megabytes: round(bytes / 1_048_576),
		lines,
		rssBeforeMb: before,
		rssPeakMb: peak,
		rssGrowthMb: peak - before,
		serverCpuMs: cpuMsOf(pid) - cpuBefore
	};
}

async function bare(url: string) {
	const before = load();
	const result = await autocannon({ url: `${url}/healthz`, connections, duration });
	return { ...loadFigures(result), loadAverage: [before, load()] };
}

/** Public registrations to the upcoming activity, each from an address and e-mail of its own. */
async function registrations(url: string, activityId: string) {
	let counter = 0;
	const statuses: Record<string, number> = {};
	const before = load();
	const result = await autocannon({
		url,
		connections,
		duration,
		requests: [
			{
				method: 'POST',
				path: `/api/v1/activities/${activityId}/registrations`,
				setupRequest: (request) => {
					counter++;
					return {
						...request,
						headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}` },
						body: JSON.stringify({ name: `Prijavljena Oseba ${counter}`, email: `prijava${counter}@bench.example.si`, organisationId: null, consent: true })
					};
				},
				onResponse: (status) => void (statuses[status] = (statuses[status] ?? 0) + 1)
			}
		]
	});
	return { ...loadFigures(result), statuses, loadAverage: [before, load()] };
}

ensureBuild();
const results: Record<string, unknown> = {
	date: new Date().toISOString(),
	spaces: spaceCount,
	activities: activityCount,
	registrations: registrationCount,
	people: peopleCount,
	organisations: organisationCount,
	durationS: duration,
	connections
};
log(`Seeding ${spaceCount} spaces, ${activityCount} activities, ${registrationCount} registrations on PostgreSQL`);
const seedingStarted = performance.now();
const database = await seededDatabase(options['postgres-url']!, seed);
results.seedingS = round((performance.now() - seedingStarted) / 1000);
try {
	const handle = openPostgres({ url: database.url, max: 1 });
	const counts = (await handle.db.execute(
		sql`select (select count(*) from activities) as activities, (select count(*) from activity_sessions) as sessions,
			(select count(*) from activity_registrations) as registrations, (select count(*) from activity_registrations where status <> 'cancelled') as exported,
			(select count(*) from activity_attendances) as attendances, (select count(*) from activity_evaluation_responses) as responses,
			(select id from activities where slug = 'prijave') as target, version() as version`
	)) as unknown as Record<string, string>[];
	await handle.close();
	results.rows = counts[0];
	log(`Rows: ${JSON.stringify(counts[0])}`);

	log(`(a) Indicator rules for one space-year (load ${load()})`);
	results.figures = await measureFigures(database.url);

	const { url, child } = await startProductionServer({ DATABASE_URL: database.url, JOB_RUNNER: 'off', TRUST_PROXY: '1' });
	try {
		const pid = child.pid!;
		results.idleRssMb = rssMb(pid);
		const everything = `${url}/api/v1/activities/attendance.csv?from=${firstDay}&to=${year}-12-31`;
		// a small export first, so that what the first one loads (its modules) is not counted as growth
		await download(`${url}/api/v1/spaces/${spaceSlug(1)}/activities/attendance.csv?from=${year}-12-01&to=${year}-12-31`, pid);
		await download(`${url}/api/v1/spaces/${spaceSlug(1)}/activities/attendance.xlsx?from=${year}-12-01&to=${year}-12-31`, pid);
		log(`(b) Attendance export of every registration as CSV (load ${load()})`);
		const exportLoad = load();
		results.exportCsv = { ...(await download(everything, pid)), loadAverage: [exportLoad, load()] };
		log(`  ${JSON.stringify(results.exportCsv)}`);
		results.exportSpaceYearCsv = await download(`${url}/api/v1/spaces/${spaceSlug(1)}/activities/attendance.csv?from=${year}-01-01&to=${year}-12-31`, pid);
		log(`  space-year: ${JSON.stringify(results.exportSpaceYearCsv)}`);
		results.exportSpaceYearXlsx = await download(`${url}/api/v1/spaces/${spaceSlug(1)}/activities/attendance.xlsx?from=${year}-01-01&to=${year}-12-31`, pid);
		log(`  space-year as XLSX: ${JSON.stringify(results.exportSpaceYearXlsx)}`);
		if (options['xlsx-all']) {
			log('  … and every registration as XLSX');
			results.exportXlsx = await download(everything.replace('attendance.csv', 'attendance.xlsx'), pid);
			log(`  ${JSON.stringify(results.exportXlsx)}`);
		}

		log(`(c) Bare /healthz at ${connections} connections (load ${load()})`);
		results.bare = await bare(url);
		log(`  ${JSON.stringify(results.bare)}`);
		const probe = await fetch(`${url}/api/v1/activities/${counts[0]!.target}/registrations`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.255.255.254' },
			body: JSON.stringify({ name: 'Preizkusna Oseba', email: 'preizkus@bench.example.si', organisationId: null, consent: true })
		});
		results.registrationProbe = { status: probe.status, body: (await probe.text()).slice(0, 300) };
		if (probe.status === 404 || probe.status === 405) {
			log(`  POST /api/v1/activities/{id}/registrations answered ${probe.status}: not in this build, not measured`);
			results.registrationsLoad = null;
		} else {
			log(`(c) Public registrations at ${connections} connections (load ${load()})`);
			results.registrationsLoad = await registrations(url, counts[0]!.target!);
			log(`  ${JSON.stringify(results.registrationsLoad)}`);
			const check = openPostgres({ url: database.url, max: 1 });
			results.registrationsStored = (
				(await check.db.execute(
					sql`select status, count(*)::int as count from activity_registrations where activity_id = ${counts[0]!.target} group by status order by status`
				)) as unknown as unknown[]
			).map((row) => row);
			await check.close();
			log(`  stored: ${JSON.stringify(results.registrationsStored)}`);
		}
		results.peakRssMb = rssMb(pid);
	} finally {
		child.kill('SIGTERM');
		await new Promise((resolve) => child.once('exit', resolve));
	}
} finally {
	await database.drop();
}
writeFileSync(options.out!, `${JSON.stringify(results, null, '\t')}\n`);
log(`Written to ${options.out}`);
