import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { activitiesIcs } from './activity-ics.ts';

const day = {
	id: '8a5c4c36-1111-4d1e-9d55-2f0e7a3c9b01',
	title: { sl: 'Dan vključujoče informacijske družbe 2019', en: 'Inclusive Information Society Day 2019' },
	description: { sl: 'Za internet ljudi; manifest, razprava.' },
	cancelled: false,
	sessions: [
		{
			id: 's-lj',
			startsAt: '2019-05-17T08:00:00.000Z',
			endsAt: '2019-05-17T12:00:00.000Z',
			online: false,
			url: null,
			place: { address: 'Trg republike 3', municipalityCode: '061' },
			unnamedAttendees: 0
		},
		{
			id: 's-ve',
			startsAt: '2019-12-17T15:00:00.000Z',
			endsAt: '2019-12-17T18:00:00.000Z',
			online: false,
			url: null,
			place: { address: 'Titov trg 1', municipalityCode: '133' },
			unnamedAttendees: 0
		}
	]
};

describe('activities as iCalendar', () => {
	it('writes each session in Ljubljana time with the zone it names, and an independent parser reads the same moments', () => {
		const text = activitiesIcs({
			name: 'NVO-VID',
			entries: [{ activity: day, url: 'https://sticisce.si/spaces/nvo-vid/activities/dan' }],
			locale: 'sl',
			host: 'sticisce.si'
		});
		expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Ljubljana');
		// summer time in May (UTC+2), winter time in December (UTC+1)
		expect(text).toContain('DTSTART;TZID=Europe/Ljubljana:20190517T100000');
		expect(text).toContain('DTSTART;TZID=Europe/Ljubljana:20191217T160000');
		const calendar = new ICAL.Component(ICAL.parse(text));
		const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
		ICAL.TimezoneService.register(zone, 'Europe/Ljubljana');
		const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
		expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual(day.sessions.map((session) => session.startsAt));
		expect(events.map((event) => event.summary)).toEqual([
			'Dan vključujoče informacijske družbe 2019 (1/2)',
			'Dan vključujoče informacijske družbe 2019 (2/2)'
		]);
		expect(events.map((event) => event.location)).toEqual(['Trg republike 3, Ljubljana', 'Titov trg 1, Velenje']);
		expect(events[0]!.uid).toBe('s-lj@sticisce.si');
		ICAL.TimezoneService.reset();
	});

	it('marks a cancelled activity and writes English where asked', () => {
		const text = activitiesIcs({ name: 'x', entries: [{ activity: { ...day, cancelled: true }, url: 'https://x.si/a' }], locale: 'en', host: 'x.si' });
		expect(text).toContain('STATUS:CANCELLED');
		expect(text).toContain('SUMMARY:Inclusive Information Society Day 2019 (1/2)');
	});
});
