import { drizzle } from 'drizzle-orm/postgres-js';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { createAuditRepository } from '../../audit/audit.repository.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { connect } from '../../db/connection.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { createSpace } from '../../spaces/spaces.usecases.ts';
import { projects } from '../projects.table.ts';
import { createProject } from '../projects.usecases.ts';
import {
	getProjectContributions,
	listProjectContributions,
	moveContributionsFromProfile,
	replaceProjectContributions
} from './project-contributions.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const contribution = (n: number) => ({ strategy: { sl: `Strategija ${n}` }, goal: { sl: `Cilj ${n}` }, contribution: { sl: `Prispevek ${n}` } });

describe('contributions of a project to strategies', () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;
	let firstId: string;
	let secondId: string;

	beforeAll(async () => {
		database = await createTestDatabase();
		const { db } = database;
		await createSpace({ db, context: cli, input: { slug: 'grozd', kind: 'regional_hub', name: { sl: 'Grozd' } } });
		hub = await findSpaceRef(db, 'grozd');
		const input = (slug: string) => ({ title: { sl: slug }, slug, startsOn: '2019-10-01', endsOn: '2023-09-30' });
		firstId = (await createProject({ db, context: cli, space: hub, input: input('grozd-2019') })).id;
		secondId = (await createProject({ db, context: cli, space: hub, input: input('grozd-2023') })).id;
	});
	afterAll(() => database.close());

	it('replaces the list in order, audited before and after, and keeps a goal optional', async () => {
		const { db } = database;
		await replaceProjectContributions({ db, context: cli, projectId: firstId, input: { items: [contribution(1), contribution(2)] } });
		const { strategy, contribution: text } = contribution(3);
		const replaced = await replaceProjectContributions({ db, context: cli, projectId: firstId, input: { items: [{ strategy, contribution: text }] } });
		expect(replaced.items).toEqual([{ strategy, goal: null, contribution: text }]);
		expect(await getProjectContributions({ db, actor: anonymous, projectId: firstId })).toEqual(replaced);
		const [entry] = (await createAuditRepository({ db }).list({ entityType: 'project' }, { limit: 1, offset: 0 })).items;
		expect(entry).toMatchObject({ action: 'project.contributions_set', entityId: firstId });
		expect((entry!.before as { contributions: unknown[] }).contributions).toHaveLength(2);
		expect((entry!.after as { contributions: unknown[] }).contributions).toHaveLength(1);
	});

	it('refuses a change to anyone but the space’s admins and staff, and an unknown project', async () => {
		const { db } = database;
		await expect(
			replaceProjectContributions({ db, context: { actor: anonymous, source: 'api' }, projectId: firstId, input: { items: [] } })
		).rejects.toMatchObject({
			kind: 'unauthenticated'
		});
		await expect(getProjectContributions({ db, actor: anonymous, projectId: 'not-a-uuid' })).rejects.toMatchObject({ code: 'project_not_found' });
		expect((await getProjectContributions({ db, actor: anonymous, projectId: firstId })).items).toHaveLength(1);
	});

	it('reads the contributions of any number of projects in one query', async () => {
		const { db } = database;
		await replaceProjectContributions({ db, context: cli, projectId: secondId, input: { items: [contribution(4), contribution(5)] } });
		let statements = 0;
		const client = connect(database.url, { max: 1 });
		const counted = drizzle(client, { logger: { logQuery: () => void statements++ } });
		const byProject = await listProjectContributions({ db: counted, space: hub, projectIds: [firstId, secondId] }).finally(() => client.end());
		expect(statements).toBe(1);
		expect(byProject.get(secondId)!.map((item) => item.strategy.sl)).toEqual(['Strategija 4', 'Strategija 5']);
		expect(byProject.get(firstId)).toHaveLength(1);
	});

	it('moves the contributions a profile held out of fromProfile, once', async () => {
		const { db } = database;
		const groups = [{ title: { sl: 'ZNOrg' }, items: [{ sl: 'vsebinske mreže' }, { sl: 'podporno okolje' }] }];
		await db
			.update(projects)
			.set({ fromProfile: { call: { sl: 'Razpis' }, contributions: groups } })
			.where(eq(projects.id, firstId));
		await moveContributionsFromProfile({ db, context: cli, space: hub, projectId: firstId });
		await moveContributionsFromProfile({ db, context: cli, space: hub, projectId: firstId });
		const { items } = await getProjectContributions({ db, actor: anonymous, projectId: firstId });
		expect(items).toEqual([
			{ strategy: { sl: 'ZNOrg' }, goal: null, contribution: { sl: 'vsebinske mreže' } },
			{ strategy: { sl: 'ZNOrg' }, goal: null, contribution: { sl: 'podporno okolje' } }
		]);
		const [project] = await db.select({ fromProfile: projects.fromProfile }).from(projects).where(eq(projects.id, firstId));
		expect(project!.fromProfile).toEqual({ call: { sl: 'Razpis' } });
	});
});
