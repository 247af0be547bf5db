import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personIn } from '../../../../tests/support/actors.ts';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import type { DigestRecipient } from '../manifest/manifest.ts';
import { anonymous, cliActor } from '../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../spaces/space-scope.ts';
import { createSpace } from '../spaces/spaces.usecases.ts';
import { activitiesDigestSection } from './activities.digest.ts';
import { changeActivity, createActivity } from './activities.usecases.ts';
import { registerForActivity } from './registrations/registrations.register.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const publicUrl = 'http://sticisce.test';
const sl: DigestRecipient = { email: 'ana@example.si', personId: null, organisationIds: [], locale: 'sl' };
const en: DigestRecipient = { ...sl, locale: 'en' };
/** The digest's period ends on 1 March 2031; events of the five weeks after it are looked at. */
const until = new Date('2031-03-01T00:00:00+01:00');
const pause = () => new Promise((resolve) => setTimeout(resolve, 15));

const atPlace = (startsAt: string) => ({
	startsAt,
	endsAt: new Date(Date.parse(startsAt) + 3 * 3600_000).toISOString(),
	place: { address: 'Trg republike 3', municipalityCode: '061' }
});
const online = (startsAt: string) => ({
	startsAt,
	endsAt: new Date(Date.parse(startsAt) + 2 * 3600_000).toISOString(),
	online: true,
	url: 'https://meet.example.si/abc'
});

describe('the activities section of the digest', () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;
	let other: SpaceRef;
	let since: Date;
	let staff: { actor: ReturnType<typeof personIn>; source: 'api' };
	let old: { id: string };
	let oldChanged: { id: string };

	const create = (space: SpaceRef, input: Record<string, unknown>) =>
		createActivity({
			db: database.db,
			context: { actor: personIn(space.id, 'staff'), source: 'api' },
			space,
			input: { type: 'training', pillar: 'training', ...input }
		});
	const collect = (recipient: DigestRecipient, spaceId = hub.id) =>
		activitiesDigestSection.collect({ db: database.db, spaceId, recipient, since, until, publicUrl });

	beforeAll(async () => {
		database = await createTestDatabase();
		await createSpace({ db: database.db, context: cli, input: { slug: 'nvo-vid', kind: 'thematic_network', name: { sl: 'NVO-VID' } } });
		await createSpace({ db: database.db, context: cli, input: { slug: 'cnvos', kind: 'thematic_network', name: { sl: 'CNVOS' } } });
		hub = await findSpaceRef(database.db, 'nvo-vid');
		other = await findSpaceRef(database.db, 'cnvos');
		staff = { actor: personIn(hub.id, 'staff'), source: 'api' };
		// announced before the period: in an earlier digest already
		old = await create(hub, { title: { sl: 'Stara napoved' }, sessions: [atPlace('2031-03-10T09:00:00+01:00')] });
		oldChanged = await create(hub, { title: { sl: 'Spremenjena napoved' }, sessions: [atPlace('2031-03-11T09:00:00+01:00')] });
		await pause();
		since = new Date();
		await pause();
	});
	afterAll(() => database.close());

	it('lists the public activities new in the period that meet in the five weeks after it, soonest first, with place and registration in the recipient language', async () => {
		const seminar = await create(hub, {
			title: { sl: 'Seminar o dostopnosti', en: 'Accessibility seminar' },
			capacity: 20,
			sessions: [atPlace('2031-03-20T09:00:00+01:00'), atPlace('2031-03-27T09:00:00+01:00')]
		});
		await create(hub, { title: { sl: 'Spletna delavnica' }, sessions: [online('2031-03-05T17:00:00+01:00')] });
		const full = await create(hub, { title: { sl: 'Mentorstvo' }, capacity: 1, sessions: [atPlace('2031-03-15T10:00:00+01:00')] });
		await create(hub, {
			title: { sl: 'Posvet' },
			registrationClosesAt: '2031-02-20T12:00:00+01:00',
			sessions: [atPlace('2031-03-25T10:00:00+01:00')]
		});
		await registerForActivity({
			db: database.db,
			context: { actor: anonymous, source: 'form' },
			space: hub,
			activityId: full.id,
			clientAddress: '10.0.0.1',
			publicUrl,
			input: { name: 'Ana Novak', email: 'ana.novak@example.si', consent: true }
		});

		expect(await collect(sl)).toEqual([
			{
				title: 'Spletna delavnica',
				url: `${publicUrl}/spaces/nvo-vid/activities/spletna-delavnica`,
				when: '2031-03-05T16:00:00.000Z',
				detail: 'po spletu · prijave so odprte'
			},
			{
				title: 'Mentorstvo',
				url: `${publicUrl}/spaces/nvo-vid/activities/mentorstvo`,
				when: '2031-03-15T09:00:00.000Z',
				detail: 'Trg republike 3, Ljubljana · mesta so zasedena, prijava na čakalni seznam'
			},
			{
				title: 'Seminar o dostopnosti',
				url: `${publicUrl}/spaces/nvo-vid/activities/${seminar.slug}`,
				when: '2031-03-20T08:00:00.000Z',
				detail: 'Trg republike 3, Ljubljana · še 20 prostih mest'
			},
			{
				title: 'Posvet',
				url: `${publicUrl}/spaces/nvo-vid/activities/posvet`,
				when: '2031-03-25T09:00:00.000Z',
				detail: 'Trg republike 3, Ljubljana · prijave so zaprte'
			}
		]);
		// in English: the English title where there is one, the page's English address, English words
		const english = await collect(en);
		expect(english.map((item) => item.title)).toEqual(['Spletna delavnica', 'Mentorstvo', 'Accessibility seminar', 'Posvet']);
		expect(english[2]).toMatchObject({
			url: `${publicUrl}/en/spaces/nvo-vid/activities/${seminar.slug}`,
			detail: 'Trg republike 3, Ljubljana · 20 places left'
		});
		expect(english[0]!.detail).toBe('online · registration open');
		expect(english[1]!.detail).toBe('Trg republike 3, Ljubljana · fully booked, waiting list open');
		expect(english[3]!.detail).toBe('Trg republike 3, Ljubljana · registration closed');
		expect(activitiesDigestSection.heading('sl')).toBe('Prihajajoči dogodki');
	});

	it('leaves out cancelled, internal, unchanged, far-off, past and other spaces’ activities, and shows one changed in the period', async () => {
		const cancelled = await create(hub, { title: { sl: 'Odpovedano' }, sessions: [atPlace('2031-03-12T09:00:00+01:00')] });
		await changeActivity({ db: database.db, context: staff, space: hub, activityId: cancelled.id, input: { cancelled: true } });
		await create(hub, { title: { sl: 'Interni sestanek' }, public: false, sessions: [atPlace('2031-03-12T09:00:00+01:00')] });
		await create(hub, { title: { sl: 'Daleč naprej' }, sessions: [atPlace('2031-04-20T09:00:00+02:00')] });
		await create(hub, { title: { sl: 'Že mimo' }, sessions: [atPlace('2031-02-25T09:00:00+01:00')] });
		await create(other, { title: { sl: 'Dogodek drugega prostora' }, sessions: [atPlace('2031-03-12T09:00:00+01:00')] });
		await changeActivity({ db: database.db, context: staff, space: hub, activityId: oldChanged.id, input: { capacity: 30 } });

		const titles = (await collect(sl)).map((item) => item.title);
		expect(titles).toContain('Spremenjena napoved');
		for (const absent of ['Stara napoved', 'Odpovedano', 'Interni sestanek', 'Daleč naprej', 'Že mimo', 'Dogodek drugega prostora'])
			expect(titles).not.toContain(absent);
		expect((await collect(sl, other.id)).map((item) => item.title)).toEqual(['Dogodek drugega prostora']);
		expect(old.id).toBeTruthy();
	});

	it('has nothing for a period with nothing new', async () => {
		const later = new Date(Date.now() + 60_000);
		expect(await activitiesDigestSection.collect({ db: database.db, spaceId: hub.id, recipient: sl, since: later, until, publicUrl })).toEqual([]);
	});
});
