import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import { personIn } from '../../../../tests/support/actors.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { anonymous, cliActor } from '../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../spaces/space-scope.ts';
import { createSpace } from '../spaces/spaces.usecases.ts';
import { addActivityType, createActivity, listActivities, listActivityTypes } from './activities.usecases.ts';
import { localIso, localMoment, localParts, typedTime } from './local-time.ts';

const cli = { actor: cliActor, source: 'cli' } as const;

const session = (day: string, place = true) => ({
	startsAt: `${day}T09:00:00+01:00`,
	endsAt: `${day}T12:00:00+01:00`,
	...(place ? { place: { address: 'Pristaniška ulica 14', municipalityCode: '050' } } : { online: true, url: 'https://meet.example.si/a' })
});

describe('listing the activities of a space', () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;

	beforeAll(async () => {
		database = await createTestDatabase();
		await createSpace({ db: database.db, context: cli, input: { slug: 'iskra', kind: 'regional_hub', name: { sl: 'Iskra' } } });
		hub = await findSpaceRef(database.db, 'iskra');
		const { db } = database;
		const base = { title: { sl: 'Usposabljanje' }, type: 'training', pillar: 'training' };
		await createActivity({ db, context: cli, space: hub, input: { ...base, slug: 'marec', sessions: [session('2031-03-03'), session('2031-03-10', false)] } });
		await createActivity({ db, context: cli, space: hub, input: { ...base, slug: 'januar', type: 'workshop', sessions: [session('2031-01-15')] } });
		await createActivity({
			db,
			context: cli,
			space: hub,
			input: { ...base, slug: 'interno', pillar: 'networking', public: false, sessions: [session('2031-02-01')] }
		});
	});
	afterAll(() => database.close());

	it('lists them by their first session with their sessions, internal ones only for the space’s team', async () => {
		const { db } = database;
		const forPublic = await listActivities({ db, actor: anonymous, space: hub });
		expect(forPublic.map((activity) => activity.slug)).toEqual(['januar', 'marec']);
		expect(forPublic[1]!.sessions).toHaveLength(2);
		const forStaff = await listActivities({ db, actor: personIn(hub.id, 'staff'), space: hub });
		expect(forStaff.map((activity) => activity.slug)).toEqual(['januar', 'interno', 'marec']);
		const forViewer = await listActivities({ db, actor: personIn(hub.id, 'viewer'), space: hub });
		expect(forViewer).toHaveLength(3);
		const forEditor = await listActivities({ db, actor: personIn(hub.id, 'member_editor'), space: hub });
		expect(forEditor).toHaveLength(2);
	});

	it('narrows them by days (as people write them too), type and pillar', async () => {
		const { db } = database;
		const list = (query: Record<string, string>) =>
			listActivities({ db, actor: cliActor, space: hub, query }).then((found) => found.map((activity) => activity.slug));
		expect(await list({ from: '2031-03-05' })).toEqual(['marec']);
		expect(await list({ to: '1. 2. 2031' })).toEqual(['januar', 'interno']);
		expect(await list({ from: '2031-01-16', to: '2031-03-02' })).toEqual(['interno']);
		expect(await list({ type: 'workshop' })).toEqual(['januar']);
		expect(await list({ pillar: 'networking' })).toEqual(['interno']);
		await expect(list({ from: '2031-03-05', to: '2031-03-01' })).rejects.toBeInstanceOf(ZodError);
	});

	it('adds a type of the space’s own, refuses a built-in code and a taken one, and takes activities of it', async () => {
		const { db } = database;
		await expect(
			addActivityType({
				db,
				context: { actor: personIn(hub.id, 'member_editor'), source: 'form' },
				space: hub,
				input: { code: 'poletna_sola', name: { sl: 'Poletna šola' } }
			})
		).rejects.toMatchObject({ code: 'forbidden' });
		await addActivityType({
			db,
			context: { actor: personIn(hub.id, 'staff'), source: 'form' },
			space: hub,
			input: { code: 'poletna_sola', name: { sl: 'Poletna šola' } }
		});
		await expect(addActivityType({ db, context: cli, space: hub, input: { code: 'poletna_sola', name: { sl: 'Še ena' } } })).rejects.toMatchObject({
			code: 'activity_type_taken'
		});
		await expect(addActivityType({ db, context: cli, space: hub, input: { code: 'training', name: { sl: 'X' } } })).rejects.toBeInstanceOf(ZodError);
		const types = await listActivityTypes({ db, space: hub });
		expect(types.find((type) => type.code === 'training')).toMatchObject({ builtIn: true, name: { sl: 'usposabljanje', en: 'training' } });
		expect(types.at(-1)).toMatchObject({ code: 'poletna_sola', builtIn: false });
		const created = await createActivity({
			db,
			context: cli,
			space: hub,
			input: { title: { sl: 'Šola' }, type: 'poletna_sola', pillar: 'training', sessions: [session('2031-07-01')] }
		});
		expect(created.type).toBe('poletna_sola');
	});
});

describe('Ljubljana time', () => {
	it('turns local days and times into moments, in winter and in summer', () => {
		expect(localMoment('2031-03-03', '09:00').toISOString()).toBe('2031-03-03T08:00:00.000Z');
		expect(localMoment('2031-07-01', '09:00').toISOString()).toBe('2031-07-01T07:00:00.000Z');
		expect(localIso(new Date('2031-07-01T07:00:00Z'))).toBe('2031-07-01T09:00:00+02:00');
		expect(localParts(new Date('2031-03-30T23:30:00Z'))).toEqual({ date: '2031-03-31', time: '01:30' });
	});

	it('reads times as people type them', () => {
		expect(['9.00', '9:00', '9', '14.30', '09:05'].map(typedTime)).toEqual(['09:00', '09:00', '09:00', '14:30', '09:05']);
		expect(['24.00', '9.60', 'devet', ''].map(typedTime)).toEqual([undefined, undefined, undefined, undefined]);
	});
});
