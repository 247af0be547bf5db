import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { mainText } from '../support/page-text.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';
import { changeActivity, createActivity } from '../../src/lib/server/activities/activities.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const at = (day: string, from: string, to: string) => ({ startsAt: `${day}T${from}:00+01:00`, endsAt: `${day}T${to}:00+01:00` });

let people: PeopleApp;
beforeAll(async () => {
	people = await startPeopleApp({
		afterSeeding: async (db) => {
			const grozd = await findSpaceRef(db, 'grozd');
			const nvoVid = await findSpaceRef(db, 'nvo-vid');
			await createActivity({
				db,
				context: cli,
				space: grozd,
				input: {
					title: { sl: 'Pisanje projektov za začetnike', en: 'Project writing for beginners' },
					description: { sl: 'Kako napisati prvo prijavo na razpis.' },
					type: 'training',
					pillar: 'training',
					capacity: 25,
					certificateMinPercent: 80,
					sessions: [
						{ ...at('2031-03-04', '09:00', '12:00'), place: { address: 'Slovenski trg 1', municipalityCode: '052' } },
						{ ...at('2031-03-11', '09:00', '12:00'), online: true, url: 'https://meet.example.si/pisanje' }
					]
				}
			});
			await createActivity({
				db,
				context: cli,
				space: nvoVid,
				input: {
					title: { sl: 'Spletni posvet o dostopnosti' },
					type: 'conference',
					pillar: 'advocacy',
					sessions: [{ ...at('2031-03-20', '17:00', '19:00'), online: true, url: 'https://meet.example.si/dostopnost' }]
				}
			});
			await createActivity({
				db,
				context: cli,
				space: grozd,
				input: {
					title: { sl: 'Interni sestanek ekipe' },
					type: 'other',
					pillar: 'networking',
					public: false,
					sessions: [{ ...at('2031-03-05', '10:00', '11:00'), place: { address: 'Slovenski trg 1', municipalityCode: '052' } }]
				}
			});
			const cancelled = await createActivity({
				db,
				context: cli,
				space: grozd,
				input: {
					title: { sl: 'Odpovedana delavnica' },
					type: 'workshop',
					pillar: 'training',
					sessions: [{ ...at('2031-03-06', '10:00', '11:00'), place: { address: 'Koroška cesta 2', municipalityCode: '052' } }]
				}
			});
			await changeActivity({ db, context: cli, space: grozd, activityId: cancelled.id, input: { cancelled: true } });
		}
	});
});
afterAll(() => people.app.close());

const get = async (path: string, headers: Record<string, string> = {}) => {
	const response = await fetch(`${people.app.url}${path}`, { headers });
	return { status: response.status, headers: response.headers, body: await response.text() };
};

describe('the public calendar', () => {
	it('lists upcoming public sessions with date, time, place and places left; cancelled ones struck through; internal ones never', async () => {
		const { status, body } = await get('/calendar?from=1.%203.%202031&to=31.%203.%202031');
		expect(status).toBe(200);
		const text = mainText(body);
		expect(text).toContain('torek, 4. marec 2031');
		expect(text).toContain('9.00-12.00');
		expect(text).toContain('Pisanje projektov za začetnike');
		expect(text).toContain('Slovenski trg 1, Kranj');
		expect(text).toContain('Še 25 prostih mest');
		expect(text).toContain('Na spletu');
		expect(text).toContain('Spletni posvet o dostopnosti');
		expect(body).toMatch(/<s>(<!--[^>]*-->)*Odpovedana delavnica(<!--[^>]*-->)*<\/s>/);
		expect(text).toContain('Odpovedano');
		expect(text).not.toContain('Interni sestanek');
		expect(body).toContain('href="/spaces/grozd/activities/pisanje-projektov-za-zacetnike"');
		expect(body).toMatch(/<link rel="alternate" type="text\/calendar"[^>]*href="http:\/\/127\.0\.0\.1:\d+\/calendar\.ics"/);
	});

	it('filters by space, type, region and online through the query string', async () => {
		const onlyOnline = mainText((await get('/calendar?from=1.3.2031&online=on')).body);
		expect(onlyOnline).toContain('Spletni posvet o dostopnosti');
		expect(onlyOnline).not.toContain('Odpovedana delavnica');
		const gorenjska = mainText((await get('/calendar?from=2031-03-01&region=SI042')).body);
		expect(gorenjska).toContain('Pisanje projektov za začetnike');
		expect(gorenjska).not.toContain('Spletni posvet');
		const conferences = mainText((await get('/calendar?from=2031-03-01&type=conference&space=nvo-vid')).body);
		expect(conferences).toContain('Spletni posvet o dostopnosti');
		expect(conferences).not.toContain('Pisanje projektov');
		const ofGrozd = mainText((await get('/spaces/grozd/calendar?from=1.%203.%202031')).body);
		expect(ofGrozd).toContain('Pisanje projektov za začetnike');
		expect(ofGrozd).not.toContain('Spletni posvet');
	});

	it('shows a month as a grid of its days with links to the months around it', async () => {
		const { status, body } = await get('/calendar?view=month&month=2031-03');
		expect(status).toBe(200);
		const text = mainText(body);
		expect(text).toContain('Marec 2031');
		expect(body).toContain('id="grid-day-2031-03-31"');
		// 1 March 2031 is a Saturday: the sixth column
		expect(body).toMatch(/<li class="day[^"]*first[^"]*"[^>]*data-start="6"[^>]*aria-labelledby="grid-day-2031-03-01"/);
		expect(body).toContain('month=2031-02');
		expect(body).toContain('month=2031-04');
		expect(text).toContain('Pisanje projektov za začetnike');
		const april = mainText((await get('/calendar?view=month&month=2031-04')).body);
		expect(april).not.toContain('Pisanje projektov');
	});
});

describe('an event page', () => {
	it('shows every session with its date, time and place, the details, the .ics link and the registration form', async () => {
		const { status, body } = await get('/spaces/grozd/activities/pisanje-projektov-za-zacetnike');
		expect(status).toBe(200);
		const text = mainText(body);
		expect(text).toContain('torek, 4. marec 2031');
		expect(text).toContain('torek, 11. marec 2031');
		expect(text).toContain('9.00-12.00');
		expect(text).toContain('Slovenski trg 1, Kranj');
		expect(text).toContain('Usposabljanje');
		expect(text).toContain('vsaj 80 % srečanj');
		expect(text).toContain('Dodaj v koledar');
		expect(text).toContain('Prijave so odprte do 4. 3. 2031, 9.00.');
		// the registration form (from the registrations part) posts to the event's /register
		expect(body).toContain('pisanje-projektov-za-zacetnike/register"');
		expect(body).toContain('href="/spaces/grozd/activities/pisanje-projektov-za-zacetnike/calendar.ics"');
		expect(body).toMatch(/<form[^>]*method="POST"/i);
		const jsonLd = JSON.parse(body.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!);
		expect(jsonLd).toMatchObject({
			'@type': 'Event',
			startDate: '2031-03-04T09:00:00+01:00',
			endDate: '2031-03-11T12:00:00+01:00',
			eventStatus: 'https://schema.org/EventScheduled',
			eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
			maximumAttendeeCapacity: 25,
			remainingAttendeeCapacity: 25,
			inLanguage: 'sl'
		});
		expect(jsonLd.subEvent).toHaveLength(2);
		expect(jsonLd.location[0]).toMatchObject({ '@type': 'Place', address: { addressLocality: 'Kranj', addressCountry: 'SI' } });
	});

	it('is in English at /en with the times as English writes them', async () => {
		const text = mainText((await get('/en/spaces/grozd/activities/pisanje-projektov-za-zacetnike')).body);
		expect(text).toContain('Project writing for beginners');
		expect(text).toContain('Tuesday, 4 March 2031');
		expect(text).toContain('09:00-12:00');
	});

	it('marks a cancelled event as cancelled, also in its JSON-LD', async () => {
		const { body } = await get('/spaces/grozd/activities/odpovedana-delavnica');
		expect(mainText(body)).toContain('Dogodek je odpovedan');
		expect(JSON.parse(body.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!).eventStatus).toBe('https://schema.org/EventCancelled');
	});

	it('is not found for an internal activity unless the space staff ask, nor for an unknown one', async () => {
		expect((await get('/spaces/grozd/activities/interni-sestanek-ekipe')).status).toBe(404);
		expect((await get('/spaces/grozd/activities/interni-sestanek-ekipe/calendar.ics')).status).toBe(404);
		expect((await get('/spaces/grozd/activities/ni-takega')).status).toBe(404);
		expect((await get('/spaces/nvo-vid/activities/pisanje-projektov-za-zacetnike')).status).toBe(404);
		const asStaff = await get('/spaces/grozd/activities/interni-sestanek-ekipe', { cookie: people.cookies.staff! });
		expect(asStaff.status).toBe(200);
		expect(mainText(asStaff.body)).toContain('Interni dogodek');
	});
});

describe('the iCalendar feeds', () => {
	const parse = (body: string) => new ICAL.Component(ICAL.parse(body));
	const starts = (calendar: ICAL.Component) =>
		calendar.getAllSubcomponents('vevent').map((event) => `${event.getFirstPropertyValue('summary')} ${event.getFirstProperty('dtstart')!.getFirstValue()}`);

	it('has the platform feed with the VTIMEZONE and every public session at its Ljubljana time, and answers 304 to its ETag', async () => {
		const response = await get('/calendar.ics');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		const calendar = parse(response.body);
		expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/Ljubljana');
		expect(starts(calendar)).toEqual(
			expect.arrayContaining([
				'Pisanje projektov za začetnike (1/2) 2031-03-04T09:00:00',
				'Pisanje projektov za začetnike (2/2) 2031-03-11T09:00:00',
				'Spletni posvet o dostopnosti 2031-03-20T17:00:00'
			])
		);
		expect(response.body).not.toContain('Interni sestanek');
		const again = await get('/calendar.ics', { 'if-none-match': response.headers.get('etag')! });
		expect(again.status).toBe(304);
		const viaApi = await get('/api/v1/calendar.ics');
		expect(viaApi.status).toBe(200);
		expect(parse(viaApi.body).getAllSubcomponents('vevent').length).toBe(calendar.getAllSubcomponents('vevent').length);
	});

	it("has a space's feed with its own activities only, and an event's feed with its sessions", async () => {
		const space = await get('/spaces/nvo-vid/calendar.ics');
		expect(space.status).toBe(200);
		expect(starts(parse(space.body))).toContain('Spletni posvet o dostopnosti 2031-03-20T17:00:00');
		expect(space.body).not.toContain('Pisanje projektov');
		expect((await get('/spaces/ni-takega/calendar.ics')).status).toBe(404);
		const event = await get('/spaces/grozd/activities/pisanje-projektov-za-zacetnike/calendar.ics');
		expect(event.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		const calendar = parse(event.body);
		expect(calendar.getFirstSubcomponent('vtimezone')).not.toBeNull();
		expect(starts(calendar)).toEqual(['Pisanje projektov za začetnike (1/2) 2031-03-04T09:00:00', 'Pisanje projektov za začetnike (2/2) 2031-03-11T09:00:00']);
		const cancelled = parse((await get('/spaces/grozd/calendar.ics')).body)
			.getAllSubcomponents('vevent')
			.find((entry) => entry.getFirstPropertyValue('summary') === 'Odpovedana delavnica');
		expect(cancelled?.getFirstPropertyValue('status')).toBe('CANCELLED');
	});

	it('are described in the OpenAPI document', async () => {
		const document = JSON.parse((await get('/api/v1/openapi.json')).body);
		expect(document.paths['/calendar.ics'].get.responses['200'].content['text/calendar']).toBeDefined();
		expect(document.paths['/spaces/{slug}/calendar.ics'].get.operationId).toBe('spaceCalendar');
	});
});
