import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personIn } from '../../../../../tests/support/actors.ts';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { createAuditRepository } from '../../audit/audit.repository.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { createSpace } from '../../spaces/spaces.usecases.ts';
import { getProject } from '../details/project-details.usecases.ts';
import { createProject } from '../projects.usecases.ts';
import { changeProject } from './project-basics.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;

describe("changing a project's basics", () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;
	let other: SpaceRef;
	let projectId: string;
	let earlierId: string;

	beforeAll(async () => {
		database = await createTestDatabase();
		const { db } = database;
		await createSpace({ db, context: cli, input: { slug: 'nvo-vid', kind: 'thematic_network', name: { sl: 'NVO-VID' } } });
		await createSpace({ db, context: cli, input: { slug: 'iskra', kind: 'regional_hub', name: { sl: 'Iskra' } } });
		hub = await findSpaceRef(db, 'nvo-vid');
		other = await findSpaceRef(db, 'iskra');
		const create = (slug: string, startsOn: string) => createProject({ db, context: cli, space: hub, input: { title: { sl: slug }, slug, startsOn } });
		earlierId = (await create('prvi', '2015-01-01')).id;
		projectId = (await create('osnutek', '2018-01-01')).id;
		await create('zaseden', '2020-01-01');
	});
	afterAll(() => database.close());

	it('changes title, acronym, address and period with dates as people write them, and the predecessor, auditing basics and details apart', async () => {
		const { db } = database;
		const staff = { actor: personIn(hub.id, 'staff'), source: 'form' as const };
		const changed = await changeProject({
			db,
			context: staff,
			projectId,
			input: {
				title: { sl: 'Profesionalizacija mreže', en: 'Professionalising the network' },
				acronym: 'PRO-NVO-VID',
				slug: 'pro-nvo-vid',
				startsOn: '1. 10. 2018',
				endsOn: '30. 9. 2019',
				predecessorId: earlierId
			}
		});
		expect(changed).toMatchObject({
			title: { sl: 'Profesionalizacija mreže', en: 'Professionalising the network' },
			acronym: 'PRO-NVO-VID',
			slug: 'pro-nvo-vid',
			startsOn: '2018-10-01',
			endsOn: '2019-09-30',
			predecessor: { id: earlierId }
		});
		const { items } = await createAuditRepository({ db }).list({ entityType: 'project' }, { limit: 10, offset: 0 });
		const mine = items.filter((entry) => entry.entityId === projectId);
		// one transaction, one instant: the two entries of the change come in either order
		expect(mine.map((entry) => entry.action).sort()).toEqual(['project.basics_change', 'project.create', 'project.details_change']);
		expect(mine.find((entry) => entry.action === 'project.basics_change')).toMatchObject({
			before: { slug: 'osnutek', acronym: null },
			after: { slug: 'pro-nvo-vid', acronym: 'PRO-NVO-VID', endsOn: '2019-09-30' }
		});

		// an empty acronym or English title clears it
		expect(await changeProject({ db, context: staff, projectId, input: { acronym: '', title: { sl: 'Brez angleščine', en: '' } } })).toMatchObject({
			acronym: null,
			title: { sl: 'Brez angleščine' }
		});
	});

	it('refuses an end before the stored start beside the end, a taken address, and a change over one made meanwhile', async () => {
		const { db } = database;
		const staff = { actor: personIn(hub.id, 'staff'), source: 'form' as const };
		await expect(changeProject({ db, context: staff, projectId, input: { endsOn: '1. 1. 2017' } })).rejects.toMatchObject({
			issues: [expect.objectContaining({ path: ['endsOn'], message: 'ends_before_start' })]
		});
		await expect(changeProject({ db, context: staff, projectId, input: { slug: 'zaseden' } })).rejects.toMatchObject({ code: 'project_slug_taken' });
		await expect(changeProject({ db, context: staff, projectId, input: { startsOn: '31. 2. 2018' } })).rejects.toMatchObject({ name: 'ZodError' });
		await expect(changeProject({ db, context: staff, projectId, input: { owner: 'x' } })).rejects.toMatchObject({ name: 'ZodError' });

		const seen = (await getProject({ db, actor: anonymous, which: { id: projectId } })).updatedAt;
		await changeProject({ db, context: staff, projectId, input: { acronym: 'PNV' }, expectedUpdatedAt: seen });
		await expect(changeProject({ db, context: staff, projectId, input: { acronym: 'X' }, expectedUpdatedAt: seen })).rejects.toMatchObject({
			code: 'changed_meanwhile',
			details: { changedFields: ['acronym'] }
		});
		expect((await getProject({ db, actor: anonymous, which: { id: projectId } })).acronym).toBe('PNV');
	});

	it('is refused to staff of another space, to a member editor and to an unknown project', async () => {
		const { db } = database;
		await expect(
			changeProject({ db, context: { actor: personIn(other.id, 'admin'), source: 'api' }, projectId, input: { acronym: 'X' } })
		).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(
			changeProject({ db, context: { actor: personIn(hub.id, 'member_editor'), source: 'api' }, projectId, input: { acronym: 'X' } })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(changeProject({ db, context: cli, projectId: 'nope', input: {} })).rejects.toMatchObject({ code: 'project_not_found' });
	});
});
