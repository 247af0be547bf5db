// Benchmark of project pages (issue 12, item 11): `npm run bench:projects -- [--projects 50]
// [--indicators 20] [--periods 12] [--duration 20]`. A space with 50 projects of 20 indicators of
// 12 reporting periods each, every period with an approved actual; the project page and the
// space's indicator table at 1 and 50 connections, beside the bare /healthz of the same server in
// the same run. Not part of `npm test`; see bench/README.md.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { Database } from '../src/lib/server/db/client.ts';
import { cliActor } from '../src/lib/server/policy/actor.ts';
import { indicatorActuals, projectIndicators } from '../src/lib/server/projects/indicators/indicators.table.ts';
import { createProject } from '../src/lib/server/projects/projects.usecases.ts';
import { createSpace } from '../src/lib/server/spaces/spaces.usecases.ts';
import { findSpaceRef } from '../src/lib/server/spaces/space-scope.ts';
import { ensureBuild, loadFigures, log, rssOf, seededDatabase, startProductionServer } from './support.ts';

const { values: options } = parseArgs({
	options: {
		projects: { type: 'string', default: '50' },
		indicators: { type: 'string', default: '20' },
		periods: { type: 'string', default: '12' },
		duration: { type: 'string', default: '20' },
		'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
		out: { type: 'string', default: 'bench/results-projects.json' }
	}
});
const projectCount = Number(options.projects);
const indicatorCount = Number(options.indicators);
const periodCount = Number(options.periods);
const duration = Number(options.duration);
const spaceSlug = 'bench-projects';

const round = (value: number) => Math.round(value * 100) / 100;
const rssMb = (pid: number) => Math.round(rssOf(pid) / 1_048_576);

/** Month `index` (0-based) of the projects' period, which starts in January 2024, as its first and last day. */
function monthOf(index: number): { startsOn: string; endsOn: string } {
	const first = new Date(Date.UTC(2024, index, 1));
	const last = new Date(Date.UTC(2024, index + 1, 0));
	return { startsOn: first.toISOString().slice(0, 10), endsOn: last.toISOString().slice(0, 10) };
}

/** The space's projects made through the use case (as staff would), their indicators and actuals written in bulk. */
async function seedProjects(db: Database): Promise<void> {
	const context = { actor: cliActor, source: 'cli' as const };
	await createSpace({ db, context, input: { slug: spaceSlug, kind: 'regional_hub', name: { sl: 'Stičišče za meritve' } } });
	const space = await findSpaceRef(db, spaceSlug);
	const periods = Array.from({ length: periodCount }, (_, index) => monthOf(index));
	for (let p = 1; p <= projectCount; p++) {
		const project = await createProject({
			db,
			context,
			space,
			input: { title: { sl: `Projekt št. ${p}` }, slug: `projekt-${p}`, startsOn: periods[0]!.startsOn, endsOn: periods.at(-1)!.endsOn }
		});
		const indicators = await db
			.insert(projectIndicators)
			.values(
				Array.from({ length: indicatorCount }, (_, i) => ({
					spaceId: space.id,
					projectId: project.id,
					name: { sl: `Kazalnik ${i + 1} projekta ${p}` },
					unit: 'udeleženci',
					target: 100 + i,
					measure: (i % 2 ? 'cumulative' : 'per_period') as 'cumulative' | 'per_period',
					periods
				}))
			)
			.returning({ id: projectIndicators.id });
		await db
			.insert(indicatorActuals)
			.values(
				indicators.flatMap(({ id }, i) =>
					periods.map((period, k) => ({ spaceId: space.id, indicatorId: id, periodStartsOn: period.startsOn, value: (i + k) % 9, status: 'approved' as const }))
				)
			);
	}
}

/** One load run of a page; every answer must be a 200 (autocannon counts others as non-2xx). */
async function load(url: string, connections: number) {
	const loadBefore = loadavg()[0]!;
	const result = await autocannon({ url, connections, duration });
	return { ...loadFigures(result), loadAverage: [round(loadBefore), round(loadavg()[0]!)] };
}

ensureBuild();
const results: Record<string, unknown> = {
	date: new Date().toISOString(),
	projects: projectCount,
	indicatorsPerProject: indicatorCount,
	periodsPerIndicator: periodCount,
	durationS: duration
};
log(`Seeding ${projectCount} projects × ${indicatorCount} indicators × ${periodCount} periods on PostgreSQL`);
const seedingStarted = performance.now();
const database = await seededDatabase(options['postgres-url']!, seedProjects);
results.seedingS = round((performance.now() - seedingStarted) / 1000);
try {
	const { url, child } = await startProductionServer({ DATABASE_URL: database.url, JOB_RUNNER: 'off' });
	try {
		const pid = child.pid!;
		results.idleRssMb = rssMb(pid);
		const pages = {
			bare: `${url}/healthz`,
			projectPage: `${url}/spaces/${spaceSlug}/projects/projekt-${Math.ceil(projectCount / 2)}`,
			indicatorTable: `${url}/spaces/${spaceSlug}/indicators`
		};
		for (const [name, page] of Object.entries(pages)) {
			const answer = await fetch(page);
			const bytes = (await answer.arrayBuffer()).byteLength;
			if (!answer.ok) throw new Error(`${page} answered ${answer.status}`);
			results[`${name}Bytes`] = bytes;
		}
		let peakRss = rssMb(pid);
		const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(pid))), 250);
		for (const connections of [1, 50]) {
			for (const [name, page] of Object.entries(pages)) {
				log(`${name} at ${connections} connection(s)`);
				const figures = await load(page, connections);
				results[`${name}At${connections}`] = figures;
				log(JSON.stringify(figures));
			}
		}
		clearInterval(sampler);
		results.peakRssMb = peakRss;
	} finally {
		child.kill('SIGTERM');
		await new Promise((resolve) => child.once('exit', resolve));
	}
} finally {
	await database.drop();
}
writeFileSync(options.out!, `${JSON.stringify(results, null, '\t')}\n`);
log(`Written to ${options.out}`);
