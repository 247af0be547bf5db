import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createOrganisation } from '../organisations/organisations.usecases.ts';
import { createPerson } from '../people/people.usecases.ts';
import { cliActor } from '../policy/actor.ts';
import { findSpaceRef } from '../spaces/space-scope.ts';
import { createSpace } from '../spaces/spaces.usecases.ts';
import { activityOrganisationReferences } from './activities.references.ts';
import { changeActivity, createActivity, getActivity } from './activities.usecases.ts';
import { takePlace } from './registrations/registrations.usecases.ts';
import { createRegistrationsRepository } from './registrations/registrations.repository.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const session = { startsAt: '2031-03-03T09:00:00+01:00', endsAt: '2031-03-03T12:00:00+01:00', online: true, url: 'https://example.si/meet' };

describe('merging two organisations', () => {
	let database: DatabaseHandle;
	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(() => database.close());

	it('moves what the merged one co-organised and the registrations made for it, one co-organiser row per activity', async () => {
		const { db } = database;
		await createSpace({ db, context: cli, input: { slug: 'grozd', kind: 'regional_hub', name: { sl: 'Grozd' } } });
		const space = await findSpaceRef(db, 'grozd');
		const organisation = async (name: string) => (await createOrganisation({ db, context: cli, input: { name, legalForm: 'association' } })).id;
		const [kept, merged] = [await organisation('Društvo Sever'), await organisation('Drustvo Sever')];
		const both = await createActivity({
			db,
			context: cli,
			space,
			input: { title: { sl: 'Oba' }, type: 'training', pillar: 'training', organiserIds: [kept, merged], sessions: [session] }
		});
		const one = await createActivity({
			db,
			context: cli,
			space,
			input: { title: { sl: 'Eden' }, type: 'workshop', pillar: 'training', organiserIds: [merged], sessions: [session] }
		});
		const person = await createPerson({ db, context: cli, input: { name: 'Ana Novak' } });
		const { row } = await takePlace({
			db,
			spaceId: space.id,
			registration: { activityId: one.id, personId: person.id, organisationId: merged, source: 'api', locale: 'sl' }
		});

		const [organisers, registrations] = activityOrganisationReferences;
		expect(await db.transaction((tx) => organisers!.moveOnMerge(tx, merged, kept))).toBe(1);
		expect(await db.transaction((tx) => registrations!.moveOnMerge(tx, merged, kept))).toBe(1);

		const read = (id: string) => getActivity({ db, actor: cliActor, space, activityId: id });
		expect((await read(both.id)).organiserIds).toEqual([kept]);
		expect((await read(one.id)).organiserIds).toEqual([kept]);
		expect((await createRegistrationsRepository({ db, spaceId: space.id }).find(row.id))?.organisationId).toBe(kept);
		// the activity can still be changed: nothing points at the merged organisation any more
		await expect(changeActivity({ db, context: cli, space, activityId: both.id, input: { capacity: 10 } })).resolves.toMatchObject({ capacity: 10 });
	});
});
