import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { personIn } from '../../../../../tests/support/actors.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { createSpace } from '../../spaces/spaces.usecases.ts';
import { changeActivity, createActivity } from '../activities.usecases.ts';
import { calendarFeed, eventFeed, getEventPage, listCalendar, listPageSize } from './calendar.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
// "now" in the tests: Monday, 3 March 2031, 8.00 in Ljubljana
const now = new Date('2031-03-03T07:00:00Z');

const at = (day: string, from: string, to: string) => ({ startsAt: `${day}T${from}:00+01:00`, endsAt: `${day}T${to}:00+01:00` });
const inLjubljana = { place: { address: 'Trg republike 3', municipalityCode: '061' } };
const inVelenje = { place: { address: 'Titov trg 1', municipalityCode: '133' } };
const inKoper = { place: { address: 'Verdijeva 10', municipalityCode: '050' } };
const online = { online: true, url: 'https://meet.example.si/abc' };

const titles = (view: Awaited<ReturnType<typeof listCalendar>>) => view.items.map((item) => item.activity.title.sl);
const query = (params: Record<string, string>) => new URLSearchParams(params);

describe('the public calendar', () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;
	let network: SpaceRef;

	beforeAll(async () => {
		database = await createTestDatabase();
		const { db } = database;
		await createSpace({ db, context: cli, input: { slug: 'grozd', kind: 'regional_hub', name: { sl: 'Grozd' } } });
		await createSpace({ db, context: cli, input: { slug: 'nvo-vid', kind: 'thematic_network', name: { sl: 'NVO-VID' } } });
		hub = await findSpaceRef(db, 'grozd');
		network = await findSpaceRef(db, 'nvo-vid');
		const add = (space: SpaceRef, input: Record<string, unknown>) => createActivity({ db, context: cli, space, input: { pillar: 'training', ...input } });
		await add(hub, {
			title: { sl: 'Pisanje projektov' },
			type: 'training',
			capacity: 20,
			sessions: [{ ...at('2031-03-04', '09:00', '12:00'), ...inLjubljana }]
		});
		await add(hub, { title: { sl: 'Spletna delavnica' }, type: 'workshop', sessions: [{ ...at('2031-03-05', '17:00', '19:00'), ...online }] });
		await add(network, {
			title: { sl: 'Dan vključujoče informacijske družbe' },
			type: 'conference',
			sessions: [
				{ ...at('2031-03-10', '10:00', '14:00'), ...inLjubljana },
				{ ...at('2031-03-11', '10:00', '14:00'), ...inVelenje }
			]
		});
		await add(network, { title: { sl: 'Interni sestanek' }, type: 'other', public: false, sessions: [{ ...at('2031-03-06', '10:00', '11:00'), ...inKoper }] });
		await add(hub, { title: { sl: 'Lanski posvet' }, type: 'conference', sessions: [{ ...at('2031-02-20', '10:00', '12:00'), ...inKoper }] });
		const cancelledUpcoming = await add(hub, {
			title: { sl: 'Odpovedana delavnica' },
			type: 'workshop',
			sessions: [{ ...at('2031-03-07', '09:00', '10:00'), ...inKoper }]
		});
		await changeActivity({ db, context: cli, space: hub, activityId: cancelledUpcoming.id, input: { cancelled: true } });
		const cancelledPast = await add(hub, {
			title: { sl: 'Odpovedan lanski' },
			type: 'workshop',
			sessions: [{ ...at('2031-02-21', '09:00', '10:00'), ...inKoper }]
		});
		await changeActivity({ db, context: cli, space: hub, activityId: cancelledPast.id, input: { cancelled: true } });
	});
	afterAll(() => database.close());

	it('lists the upcoming sessions of public activities from today, in order, with cancelled upcoming ones marked and internal ones left out', async () => {
		const view = await listCalendar({ db: database.db, params: query({}), now });
		expect(titles(view)).toEqual([
			'Pisanje projektov',
			'Spletna delavnica',
			'Odpovedana delavnica',
			'Dan vključujoče informacijske družbe',
			'Dan vključujoče informacijske družbe'
		]);
		expect(view.items.find((item) => item.activity.title.sl === 'Odpovedana delavnica')?.activity.cancelled).toBe(true);
		const first = view.items[0]!;
		expect(first).toMatchObject({ day: '2031-03-04', place: { address: 'Trg republike 3', municipality: 'Ljubljana' }, space: { slug: 'grozd' } });
		expect(first.activity.placesLeft).toBe(20);
		expect(view.items[1]!.place).toBeNull();
	});

	it('shows past activities when the dates ask for them, but not past cancelled ones', async () => {
		const view = await listCalendar({ db: database.db, params: query({ from: '1. 2. 2031', to: '28. 2. 2031' }), now });
		expect(titles(view)).toEqual(['Lanski posvet']);
		expect(view.filter.from).toBe('2031-02-01');
	});

	it('filters by space, type, region, online and dates', async () => {
		const { db } = database;
		expect(titles(await listCalendar({ db, params: query({ space: 'nvo-vid' }), now }))).toEqual([
			'Dan vključujoče informacijske družbe',
			'Dan vključujoče informacijske družbe'
		]);
		expect(titles(await listCalendar({ db, params: query({}), space: hub, now }))).toEqual(['Pisanje projektov', 'Spletna delavnica', 'Odpovedana delavnica']);
		expect(titles(await listCalendar({ db, params: query({ type: 'workshop' }), now }))).toEqual(['Spletna delavnica', 'Odpovedana delavnica']);
		// Velenje is in Savinjska: only the day's second session is there
		const savinjska = await listCalendar({ db, params: query({ region: 'SI034' }), now });
		expect(savinjska.items.map((item) => [item.activity.title.sl, item.day])).toEqual([['Dan vključujoče informacijske družbe', '2031-03-11']]);
		expect(titles(await listCalendar({ db, params: query({ online: 'on' }), now }))).toEqual(['Spletna delavnica']);
		expect(titles(await listCalendar({ db, params: query({ from: '5. 3. 2031', to: '2031-03-10' }), now }))).toEqual([
			'Spletna delavnica',
			'Odpovedana delavnica',
			'Dan vključujoče informacijske družbe'
		]);
		expect(titles(await listCalendar({ db, params: query({ space: 'no-such-space' }), now }))).toEqual([]);
	});

	it('drops a filter it cannot read and says which', async () => {
		const view = await listCalendar({ db: database.db, params: query({ from: '31. 2. 2031', region: 'SI999', type: 'workshop' }), now });
		expect(view.invalid.sort()).toEqual(['from', 'region']);
		expect(titles(view)).toEqual(['Spletna delavnica', 'Odpovedana delavnica']);
	});

	it('shows a month with its neighbours, and pages the list', async () => {
		const { db } = database;
		const february = await listCalendar({ db, params: query({ view: 'month', month: '2031-02' }), now });
		expect(february.month).toEqual({ key: '2031-02', previous: '2031-01', next: '2031-03' });
		expect(titles(february)).toEqual(['Lanski posvet']);
		for (let index = 0; index <= listPageSize; index++)
			await createActivity({
				db,
				context: cli,
				space: network,
				input: {
					title: { sl: `Svetovanje ${index}` },
					type: 'advice_session',
					pillar: 'training',
					sessions: [{ ...at('2031-04-01', '09:00', '10:00'), ...online }]
				}
			});
		const first = await listCalendar({ db, params: query({ type: 'advice_session' }), now });
		expect(first.items).toHaveLength(listPageSize);
		expect(first.next).not.toBeNull();
		const second = await listCalendar({ db, params: query({ type: 'advice_session', after: first.next! }), now });
		expect(second.items.map((item) => item.activity.type)).toEqual(['advice_session']);
		expect(second.next).toBeNull();
		const all = await listCalendar({ db, params: query({}), now });
		const rest = await listCalendar({ db, params: query({ after: all.next! }), now });
		expect(new Set([...all.items, ...rest.items].map((item) => item.sessionId)).size).toBe(all.items.length + rest.items.length);
		expect(all.items.length + rest.items.length).toBe(5 + listPageSize + 1);
	});

	it('gives the event page of a public activity to anyone, and an internal one only to staff', async () => {
		const { db } = database;
		const page = await getEventPage({ db, actor: anonymous, space: network, slug: 'dan-vkljucujoce-informacijske-druzbe', now });
		expect(page.activity.sessions).toHaveLength(2);
		expect(page.registrationOpen).toBe(true);
		await expect(getEventPage({ db, actor: anonymous, space: network, slug: 'interni-sestanek', now })).rejects.toMatchObject({ code: 'activity_not_found' });
		const internal = await getEventPage({ db, actor: personIn(network.id, 'staff'), space: network, slug: 'interni-sestanek', now });
		expect(internal.internal).toBe(true);
		expect(internal.registrationOpen).toBe(false);
		await expect(getEventPage({ db, actor: personIn(hub.id, 'staff'), space: network, slug: 'interni-sestanek', now })).rejects.toMatchObject({
			code: 'activity_not_found'
		});
		const closed = await getEventPage({ db, actor: anonymous, space: hub, slug: 'lanski-posvet', now });
		expect(closed.registrationOpen).toBe(false);
	});

	it('writes feeds that ical.js reads, with the zone, public activities only, from 30 days back', async () => {
		const { db } = database;
		const feed = await calendarFeed({ db, name: 'Koledar', origin: 'https://sticisce.example', locale: 'sl', now });
		const calendar = new ICAL.Component(ICAL.parse(feed.body));
		expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Ljubljana');
		const summaries = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
		expect(summaries).toContain('Lanski posvet');
		expect(summaries).toContain('Dan vključujoče informacijske družbe (2/2)');
		expect(summaries).not.toContain('Interni sestanek');
		const cancelled = calendar.getAllSubcomponents('vevent').find((event) => event.getFirstPropertyValue('summary') === 'Odpovedana delavnica');
		expect(cancelled?.getFirstPropertyValue('status')).toBe('CANCELLED');
		const later = await calendarFeed({ db, name: 'Koledar', origin: 'https://sticisce.example', locale: 'sl', now: new Date('2031-04-15T10:00:00Z') });
		expect(later.body).not.toContain('Lanski posvet');
		expect(later.etag).not.toBe(feed.etag);
		const own = await calendarFeed({ db, space: hub, name: 'Grozd', origin: 'https://sticisce.example', locale: 'sl', now });
		expect(own.body).not.toContain('informacijske');
		const event = await eventFeed({ db, actor: anonymous, space: hub, slug: 'pisanje-projektov', origin: 'https://sticisce.example', locale: 'sl' });
		const start = new ICAL.Component(ICAL.parse(event.body)).getFirstSubcomponent('vevent')!.getFirstProperty('dtstart')!;
		expect(start.getParameter('tzid')).toBe('Europe/Ljubljana');
		expect(String(start.getFirstValue())).toBe('2031-03-04T09:00:00');
		await expect(
			eventFeed({ db, actor: anonymous, space: network, slug: 'interni-sestanek', origin: 'https://x.example', locale: 'sl' })
		).rejects.toMatchObject({
			code: 'activity_not_found'
		});
	});
});
