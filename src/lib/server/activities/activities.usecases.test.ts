import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { personIn } from '../../../../tests/support/actors.ts';
import { anonymous, cliActor } from '../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../spaces/space-scope.ts';
import { createSpace } from '../spaces/spaces.usecases.ts';
import { changeActivity, createActivity, getActivity } from './activities.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const staffOf = (spaceId: string) => personIn(spaceId, 'staff');

/** Seed 001's day in two cities, in the API's shape. */
const informationSocietyDay = {
	title: { sl: 'Dan vključujoče informacijske družbe 2019', en: 'Inclusive Information Society Day 2019' },
	type: 'conference',
	pillar: 'advocacy',
	sessions: [
		{ startsAt: '2019-05-17T10:00:00+02:00', endsAt: '2019-05-17T14:00:00+02:00', place: { address: 'Trg republike 3', municipalityCode: '061' } },
		{ startsAt: '2019-05-17T16:00:00+02:00', endsAt: '2019-05-17T19:00:00+02:00', place: { address: 'Titov trg 1', municipalityCode: '133' } }
	]
};

describe('activities of a space', () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;

	beforeAll(async () => {
		database = await createTestDatabase();
		await createSpace({ db: database.db, context: cli, input: { slug: 'nvo-vid', kind: 'thematic_network', name: { sl: 'NVO-VID' } } });
		hub = await findSpaceRef(database.db, 'nvo-vid');
	});
	afterAll(() => database.close());

	it('creates an activity held at two places, with an address made from its title, and reads it back', async () => {
		const { db } = database;
		const created = await createActivity({ db, context: { actor: staffOf(hub.id), source: 'api' }, space: hub, input: informationSocietyDay });
		expect(created.slug).toBe('dan-vkljucujoce-informacijske-druzbe-2019');
		expect(created.sessions.map((session) => session.place?.municipalityCode)).toEqual(['061', '133']);
		expect(created.capacity).toBeNull();
		const again = await createActivity({ db, context: cli, space: hub, input: informationSocietyDay });
		expect(again.slug).toBe('dan-vkljucujoce-informacijske-druzbe-2019-2');
		expect(await getActivity({ db, actor: anonymous, space: hub, activityId: created.id })).toEqual(created);
	});

	it('refuses a session without a place or link, one that ends before it starts, and an unknown type', async () => {
		const { db } = database;
		const online = { startsAt: '2031-03-03T09:00:00+01:00', endsAt: '2031-03-03T12:00:00+01:00', online: true };
		await expect(createActivity({ db, context: cli, space: hub, input: { ...informationSocietyDay, sessions: [online] } })).rejects.toBeInstanceOf(ZodError);
		await expect(
			createActivity({
				db,
				context: cli,
				space: hub,
				input: { ...informationSocietyDay, sessions: [{ ...online, url: 'https://example.si', endsAt: '2031-03-03T08:00:00+01:00' }] }
			})
		).rejects.toBeInstanceOf(ZodError);
		await expect(createActivity({ db, context: cli, space: hub, input: { ...informationSocietyDay, type: 'picnic' } })).rejects.toMatchObject({
			code: 'activity_type_unknown'
		});
	});

	it('keeps a session named by id when the sessions change, and hides an internal activity from the public', async () => {
		const { db } = database;
		const created = await createActivity({ db, context: cli, space: hub, input: { ...informationSocietyDay, slug: 'internal-day' } });
		const [ljubljana] = created.sessions;
		const changed = await changeActivity({
			db,
			context: cli,
			space: hub,
			activityId: created.id,
			input: { public: false, capacity: 40, sessions: [{ ...informationSocietyDay.sessions[0], id: ljubljana!.id, unnamedAttendees: 30 }] }
		});
		expect(changed.sessions).toHaveLength(1);
		expect(changed.sessions[0]).toMatchObject({ id: ljubljana!.id, unnamedAttendees: 30 });
		expect(changed.capacity).toBe(40);
		await expect(getActivity({ db, actor: anonymous, space: hub, activityId: created.id })).rejects.toMatchObject({ code: 'unauthenticated' });
		expect((await getActivity({ db, actor: staffOf(hub.id), space: hub, activityId: created.id })).public).toBe(false);
	});
});
