import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personIn } from '../../../../../tests/support/actors.ts';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { createAuditRepository } from '../../audit/audit.repository.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { loadDemoContent } from '../../demo/demo.usecases.ts';
import { anonymous } from '../../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { changeProject } from '../basics/project-basics.usecases.ts';
import { getProject } from '../details/project-details.usecases.ts';
import { createIndicator, enterActual, listIndicators } from '../indicators/indicators.usecases.ts';
import { getProjectMoney } from '../money/money.usecases.ts';
import { listProjectOrganisations } from '../partners/project-organisations.usecases.ts';
import { listProjects } from '../projects.usecases.ts';
import { duplicateProject } from './project-duplicate.usecases.ts';

describe('duplicating a project', () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;
	let projectId: string;

	beforeAll(async () => {
		database = await createTestDatabase();
		const { db } = database;
		await loadDemoContent({ db });
		hub = await findSpaceRef(db, 'nvo-vid');
		projectId = (await listProjects({ db, actor: anonymous, space: hub })).find((project) => project.slug === 'pro-nvo-vid')!.id;
		const staff = { actor: personIn(hub.id, 'staff'), source: 'cli' as const };
		// every part filled: a specific objective with results, a strand, a link, a contact, an indicator with an actual
		const project = await getProject({ db, actor: anonymous, which: { id: projectId } });
		const objectives = project.objectives.map(({ title, results }, index) => ({
			title,
			results,
			objectives: index === 0 ? [{ title: { sl: 'Specifični cilj' }, results: [{ sl: 'Rezultat specifičnega cilja' }] }] : []
		}));
		await changeProject({
			db,
			context: staff,
			projectId,
			input: {
				objectives,
				strands: [{ title: { sl: 'Zagovorništvo' }, description: { sl: 'Odziv na predpise' } }],
				links: [{ title: { sl: 'Poročilo' }, url: 'https://example.si/porocilo' }],
				contact: { name: 'Ana Novak', email: 'ana@example.si' }
			}
		});
		const indicator = await createIndicator({
			db,
			context: staff,
			projectId,
			input: { name: { sl: 'Usposabljanja' }, unit: 'usposabljanj', target: 10, measure: 'cumulative', every: 'year' }
		});
		await enterActual({ db, context: staff, projectId, indicatorId: indicator.id, input: { periodStartsOn: indicator.periods[0]!.startsOn, value: 4 } });
	});
	afterAll(() => database.close());

	it('copies details, objectives, results, strands, links, organisations, money and indicators, but no actuals, audited once', async () => {
		const { db } = database;
		const staff = { actor: personIn(hub.id, 'staff'), source: 'form' as const };
		const { project: copy, copied } = await duplicateProject({ db, context: staff, projectId });
		expect(copy).toMatchObject({ slug: 'pro-nvo-vid-kopija', title: { sl: expect.stringMatching(/^Profesionalizacija .* \(kopija\)$/) } });
		// the test's indicator and the four the demo computes from PRO-NVO-VID's activities
		expect(copied).toMatchObject({ organisations: 10, money: 3, indicators: 5 });

		const whole = (id: string) => getProject({ db, actor: anonymous, which: { id } });
		const [original, duplicate] = await Promise.all([whole(projectId), whole(copy.id)]);
		const withoutIds = (project: typeof original) =>
			JSON.parse(JSON.stringify({ ...project, objectives: project.objectives }), (key, value) => (key === 'id' ? undefined : value));
		const { problem, goal, contact, objectives, strands, links, acronym, startsOn, endsOn } = withoutIds(original);
		expect(withoutIds(duplicate)).toMatchObject({ problem, goal, contact, objectives, strands, links, acronym, startsOn, endsOn });
		expect(duplicate.objectives[0]!.objectives[0]!.results).toEqual([{ sl: 'Rezultat specifičnega cilja' }]);
		expect(duplicate.predecessor).toBeNull();

		const organisations = (id: string) =>
			listProjectOrganisations({ db, actor: anonymous, space: hub, projectId: id }).then((rows) =>
				rows.map(({ organisation, role }) => `${organisation.id} ${role}`)
			);
		expect(await organisations(copy.id)).toEqual(await organisations(projectId));
		const money = (id: string) =>
			getProjectMoney({ db, actor: anonymous, space: hub, projectId: id }).then(({ total, sources, fundingLines, ownFunds, call }) => ({
				total,
				sources,
				fundingLines,
				ownFunds,
				call
			}));
		expect(await money(copy.id)).toEqual(await money(projectId));

		const trainings = async (id: string) =>
			(await listIndicators({ db, actor: staff.actor, projectId: id })).find((indicator) => indicator.name.sl === 'Usposabljanja');
		const [copiedIndicator, originalIndicator] = [await trainings(copy.id), await trainings(projectId)];
		expect(originalIndicator!.actuals).toHaveLength(1);
		expect(copiedIndicator).toMatchObject({
			name: originalIndicator!.name,
			target: 10,
			periods: originalIndicator!.periods.map(({ startsOn, endsOn }) => expect.objectContaining({ startsOn, endsOn })),
			actuals: []
		});
		expect(copiedIndicator!.id).not.toBe(originalIndicator!.id);

		const { items } = await createAuditRepository({ db }).list({ entityType: 'project' }, { limit: 50, offset: 0 });
		const aboutCopy = items.filter((entry) => entry.entityId === copy.id);
		expect(aboutCopy.map((entry) => [entry.action, (entry.after as { duplicateOf?: string }).duplicateOf])).toEqual([['project.duplicate', 'pro-nvo-vid']]);
	});

	it('gives a second copy the next free address, takes the one asked for, and refuses a taken one leaving nothing behind', async () => {
		const { db } = database;
		const staff = { actor: personIn(hub.id, 'staff'), source: 'api' as const };
		expect((await duplicateProject({ db, context: staff, projectId })).project.slug).toBe('pro-nvo-vid-kopija-2');
		const named = await duplicateProject({ db, context: staff, projectId, input: { slug: 'pro-nvo-vid-2', title: { sl: 'PRO-NVO-VID 2', en: '' } } });
		expect(named.project).toMatchObject({ slug: 'pro-nvo-vid-2', title: { sl: 'PRO-NVO-VID 2' } });
		const before = (await listProjects({ db, actor: anonymous, space: hub })).length;
		await expect(duplicateProject({ db, context: staff, projectId, input: { slug: 'pro-nvo-vid-2' } })).rejects.toMatchObject({ code: 'project_slug_taken' });
		await expect(duplicateProject({ db, context: staff, projectId, input: { slug: 'Ni Naslov' } })).rejects.toMatchObject({ name: 'ZodError' });
		expect(await listProjects({ db, actor: anonymous, space: hub })).toHaveLength(before);
	});

	it('is refused to those who are not staff of the space, and to an unknown project', async () => {
		const { db } = database;
		const other = await findSpaceRef(db, 'iskra');
		await expect(duplicateProject({ db, context: { actor: personIn(other.id, 'admin'), source: 'api' }, projectId })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(duplicateProject({ db, context: { actor: personIn(hub.id, 'member_editor'), source: 'api' }, projectId })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(duplicateProject({ db, context: { actor: anonymous, source: 'api' }, projectId })).rejects.toMatchObject({
			kind: expect.stringMatching(/unauth|forbidden/)
		});
		await expect(duplicateProject({ db, context: { actor: personIn(hub.id, 'staff'), source: 'api' }, projectId: crypto.randomUUID() })).rejects.toMatchObject({
			code: 'project_not_found'
		});
	});
});
