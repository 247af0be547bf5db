import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, dropPostgresDatabase, testServerUrl } from '../../../../../tests/support/database.ts';
import { connect } from '../../db/connection.ts';
import { migrationsFolder } from '../../db/migrations-folder.ts';
import { systemActor } from '../../policy/actor.ts';
import type { Database } from '../../db/client.ts';
import { createProjectDetailsRepository } from './project-details.repository.ts';
import { moveProfileProjects } from './projects-from-profiles.usecases.ts';

/** The migrations up to (not including) the one that sets profile projects aside, in a folder of their own. */
function migrationsBefore(tag: string): string {
	const folder = mkdtempSync(join(tmpdir(), 'migrations-'));
	cpSync(migrationsFolder(), folder, { recursive: true });
	const journalFile = join(folder, 'meta', '_journal.json');
	const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
	const index = journal.entries.findIndex((entry: { tag: string }) => entry.tag === tag);
	journal.entries = journal.entries.slice(0, index);
	writeFileSync(journalFile, JSON.stringify(journal));
	return folder;
}

const fullProfileProject = {
	title: { sl: 'Stičišče Val', en: 'Val hub' },
	acronym: 'VAL',
	call: { sl: 'Javni razpis za podporno okolje 2019-2023' },
	funder: { sl: 'Ministrstvo za vse' },
	operator: { sl: 'Društvo Val' },
	startDate: '2019-10-01',
	endDate: '2023-09-30',
	currency: 'EUR',
	totalValueCents: 100_000_00,
	fundedValueCents: 80_000_00,
	ownFundsCents: 20_000_00,
	problem: { sl: 'Šibke NVO.' },
	goal: { sl: 'Močne NVO.' },
	partners: [{ name: { sl: 'Zavod, ki ga ni' }, role: 'partner' }],
	results: [{ title: { sl: 'Usposabljanja' }, items: [{ sl: '12 delavnic' }] }],
	contributions: [{ title: { sl: 'ZNOrg' }, items: [{ sl: 'podporno okolje' }] }]
};

/** A project moved from Krog's profile by the earlier move (objectives and goal in place, the call in fromProfile), its profile still holding the project. */
async function movedByAnEarlierRun(db: Database) {
	const krog = {
		title: { sl: 'Krog' },
		call: { sl: 'Razpis' },
		goal: { sl: 'Cilj' },
		results: [{ title: { sl: 'Prejšnji' }, items: [{ sl: 'že prenesen' }] }]
	};
	const [space] = (await db.execute(
		sql`insert into spaces (slug, kind, name, support_project) values ('krog', 'regional_hub', '{"sl":"Krog"}', ${JSON.stringify(krog)}::jsonb) returning id`
	)) as unknown as { id: string }[];
	const [project] = (await db.execute(
		sql`insert into projects (space_id, slug, title, goal, from_profile) values (${space!.id}, 'krog', '{"sl":"Krog"}', '{"sl":"Cilj"}', '{"call":{"sl":"Razpis"}}') returning id`
	)) as unknown as { id: string }[];
	await createProjectDetailsRepository({ db, spaceId: space!.id, projectId: project!.id }).replaceObjectives([
		{ title: krog.results[0]!.title, results: krog.results[0]!.items, objectives: [] }
	]);
}

describe('migrations 0023–0024 and the step after them', { timeout: 60_000 }, () => {
	const adminUrl = testServerUrl();
	let database: { name: string; url: string };
	let client: ReturnType<typeof connect>;
	let folder: string;

	beforeAll(async () => {
		database = await createPostgresDatabase(adminUrl, { empty: true });
		client = connect(database.url, { max: 1 });
		folder = migrationsBefore('0023_profile_projects_to_projects');
		await migrate(drizzle(client), { migrationsFolder: folder });
	});
	afterAll(async () => {
		await client.end({ timeout: 5 });
		await dropPostgresDatabase(adminUrl, database.name);
		rmSync(folder, { recursive: true, force: true });
	});

	it('move every fact of a full profile project into tables or fromProfile, once', async () => {
		const db = drizzle(client);
		await db.execute(
			sql`insert into organisations (name, sort_name, search_text, legal_form) values ('Društvo Val', 'drustvo val', 'drustvo val', 'association')`
		);
		await db.execute(
			sql`insert into spaces (slug, kind, name, support_project) values ('val', 'regional_hub', '{"sl":"Val"}', ${JSON.stringify(fullProfileProject)}::jsonb)`
		);
		await movedByAnEarlierRun(db);
		await migrate(db, { migrationsFolder: migrationsFolder() });
		const [aside] = (await db.execute(sql`select slug, from_profile from projects where slug = 'val'`)) as unknown as {
			slug: string;
			from_profile: Record<string, unknown>;
		}[];
		expect(aside).toEqual({ slug: 'val', from_profile: { profileProject: fullProfileProject } });

		const context = { actor: systemActor, source: 'system' as const };
		expect((await moveProfileProjects({ db, context })).moved.sort()).toEqual(['krog: krog', 'val: val']);
		expect(await moveProfileProjects({ db, context })).toEqual({ moved: [], skipped: [] });

		const rows = async (query: ReturnType<typeof sql>) => (await db.execute(query)) as unknown as Record<string, unknown>[];
		expect(await rows(sql`select acronym, starts_on::text, ends_on::text, problem, goal, from_profile from projects where slug = 'val'`)).toEqual([
			{
				acronym: 'VAL',
				starts_on: '2019-10-01',
				ends_on: '2023-09-30',
				problem: { sl: 'Šibke NVO.' },
				goal: { sl: 'Močne NVO.' },
				// neither the partner nor the funder is in the registry, and nobody adds them to it: kept as written
				from_profile: { partners: fullProfileProject.partners }
			}
		]);
		expect(await rows(sql`select o.name, po.role from project_organisations po join organisations o on o.id = po.organisation_id`)).toEqual([
			{ name: 'Društvo Val', role: 'operator' }
		]);
		expect(await rows(sql`select total::text, c.title, c.year from project_money as money join public_calls c on c.id = money.call_id`)).toEqual([
			{ total: '100000.00', title: fullProfileProject.call, year: 2019 }
		]);
		expect(await rows(sql`select kind, organisation_id is not null as registered, name, amount::text from project_funding_lines order by position`)).toEqual([
			{ kind: 'funding', registered: false, name: 'Ministrstvo za vse', amount: '80000.00' },
			{ kind: 'own', registered: true, name: null, amount: '20000.00' }
		]);
		expect(
			await rows(
				sql`select o.title, array_agg(r.text->>'sl') as results from project_objectives o join project_results r on r.objective_id = o.id group by o.title order by o.title->>'sl'`
			)
		).toEqual([
			{ title: { sl: 'Prejšnji' }, results: ['že prenesen'] },
			{ title: { sl: 'Usposabljanja' }, results: ['12 delavnic'] }
		]);
		// moved before by projects:from-profiles: what it holds already is not copied again beside it
		expect(await rows(sql`select from_profile from projects where slug = 'krog'`)).toEqual([{ from_profile: { call: { sl: 'Razpis' } } }]);
		expect(await rows(sql`select strategy, contribution from project_contributions`)).toEqual([
			{ strategy: { sl: 'ZNOrg' }, contribution: { sl: 'podporno okolje' } }
		]);
		// the operator runs the project; it did not become a member of the space
		expect(await rows(sql`select count(*)::int as members from memberships`)).toEqual([{ members: 0 }]);
		expect(await rows(sql`select column_name from information_schema.columns where table_name = 'spaces' and column_name = 'support_project'`)).toEqual([]);
	});
});
