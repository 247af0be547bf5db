import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller } from '../support/api-call.ts';
import { mainText } from '../support/page-text.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { getPage, postForm } from '../support/registry-app.ts';

// Grozd's activities in the back office, as a browser without JavaScript sends the forms.
let people: PeopleApp;
beforeAll(async () => {
	people = await startPeopleApp();
});
afterAll(() => people?.app.close());

const call = apiCaller(() => people);
const list = '/app/spaces/grozd/activities';
const staff = () => people.cookies.staff!;

const newActivity = {
	'title.sl': 'Delavnica o prostovoljstvu',
	'title.en': '',
	'description.sl': '',
	type: 'workshop',
	pillar: 'training',
	projectId: '',
	language: 'sl',
	visibility: 'public',
	capacity: '15',
	registrationClosesDate: '',
	registrationClosesTime: '',
	'sessions.0.date': '3. 3. 2031',
	'sessions.0.start': '9.00',
	'sessions.0.end': '12:30',
	'sessions.0.where': 'place',
	'sessions.0.address': 'Glavni trg 4, Kranj',
	'sessions.0.municipalityCode': '052',
	'sessions.0.url': ''
};

describe('activities in the back office', () => {
	let editPage = '';

	it('lists the upcoming demo activity for staff only, with a link to a new one', async () => {
		const response = await getPage(people, staff(), list);
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(mainText(html)).toContain('Mreženjsko srečanje nevladnih organizacij Gorenjske');
		expect(html).toContain('href="/app/spaces/grozd/activities/new"');
		for (const who of ['viewer', 'memberEditor', 'outsider']) expect((await getPage(people, people.cookies[who], list)).status).toBe(403);
	});

	it('names each mistake of a new activity beside its field, in words, keeping what was typed', async () => {
		const refused = await postForm(people, staff(), `${list}/new`, {
			...newActivity,
			'title.sl': '',
			'sessions.0.date': '31. 2. 2031',
			'sessions.0.start': '25.00',
			'sessions.0.municipalityCode': '',
			capacity: 'dvajset'
		});
		expect(refused.status).toBe(400);
		const html = await refused.text();
		expect(html).toMatch(/id="field-title.sl-error"[^>]*>[^<]*\S/);
		expect(html).toMatch(/id="field-sessions.0.date-error"/);
		expect(html).toMatch(/id="field-sessions.0.start-error"[^>]*>[^<]*9\.00/);
		expect(html).toMatch(/id="field-sessions.0.municipalityCode-error"[^>]*>Izberite občino/);
		expect(html).toMatch(/id="field-capacity-error"[^>]*>Vpišite celo število/);
		expect(html).toContain('value="Glavni trg 4, Kranj"');
		expect(html).toMatch(/class="error-summary"[\s\S]*href="#field-sessions.0.date"[^>]*>Srečanje 1: Dan/);
	});

	it('adds an activity with the times typed as people write them, in Ljubljana time', async () => {
		const added = await postForm(people, staff(), `${list}/new`, newActivity);
		expect(added.status).toBe(303);
		editPage = new URL(added.headers.get('location')!, people.app.url).pathname;
		const id = editPage.split('/').at(-1)!;
		const activity = (await call(`/activities/${id}`)).body;
		expect(activity).toMatchObject({ title: { sl: 'Delavnica o prostovoljstvu' }, type: 'workshop', capacity: 15 });
		expect(activity.sessions[0]).toMatchObject({
			startsAt: '2031-03-03T08:00:00.000Z',
			endsAt: '2031-03-03T11:30:00.000Z',
			place: { municipalityCode: '052' }
		});
		const page = await (await getPage(people, staff(), `${editPage}?added=1`)).text();
		for (const sibling of ['registrations', 'checkin', 'evaluation', 'figures']) expect(page).toContain(`href="${editPage}/${sibling}"`);
		expect(page).toContain('href="/spaces/grozd/activities/delavnica-o-prostovoljstvu"');
	});

	it('adds a session row without JavaScript and saves two sessions, one online', async () => {
		const id = editPage.split('/').at(-1)!;
		const before = (await call(`/activities/${id}`)).body;
		const sessions = {
			section: 'sessions',
			'sessions.0.id': before.sessions[0].id,
			'sessions.0.date': '3. 3. 2031',
			'sessions.0.start': '9.00',
			'sessions.0.end': '12.30',
			'sessions.0.where': 'place',
			'sessions.0.address': 'Glavni trg 4, Kranj',
			'sessions.0.municipalityCode': '052'
		};
		const withRow = await postForm(people, staff(), `${editPage}?/save`, { ...sessions, add_row: 'sessions' });
		expect(withRow.status).toBe(200);
		expect(await withRow.text()).toContain('name="sessions.1.date"');
		const saved = await postForm(people, staff(), `${editPage}?/save`, {
			...sessions,
			'sessions.1.date': '10. 7. 2031',
			'sessions.1.start': '9',
			'sessions.1.end': '11.00',
			'sessions.1.where': 'online',
			'sessions.1.url': 'https://meet.example.si/delavnica'
		});
		expect(saved.status).toBe(200);
		const after = (await call(`/activities/${id}`)).body;
		expect(after.sessions).toHaveLength(2);
		expect(after.sessions[0].id).toBe(before.sessions[0].id);
		// summer time in July
		expect(after.sessions[1]).toMatchObject({ online: true, startsAt: '2031-07-10T07:00:00.000Z' });
	});

	it('saves registration questions and the certificate rule, and cancels and restores after asking', async () => {
		const id = editPage.split('/').at(-1)!;
		const questions = await postForm(people, staff(), `${editPage}?/save`, {
			section: 'registration',
			'registrationQuestions.0.kind': 'choice',
			'registrationQuestions.0.label.sl': 'Kateri termin vam ustreza?',
			'registrationQuestions.0.options.sl': 'dopoldne\npopoldne',
			'registrationQuestions.0.required': 'on'
		});
		expect(questions.status).toBe(200);
		expect((await call(`/activities/${id}`)).body.registrationQuestions).toMatchObject([
			{ id: 'q1', kind: 'choice', required: true, options: [{ sl: 'dopoldne' }, { sl: 'popoldne' }] }
		]);
		const percent = await postForm(people, staff(), `${editPage}?/save`, { section: 'certificate', certificateMinPercent: '120' });
		expect(percent.status).toBe(400);
		expect(await percent.text()).toMatch(/id="field-certificateMinPercent-error"[^>]*>Vpišite odstotek/);
		await postForm(people, staff(), `${editPage}?/save`, { section: 'certificate', certificateMinPercent: '80' });
		expect((await call(`/activities/${id}`)).body.certificateMinPercent).toBe(80);
		const asking = await (await getPage(people, staff(), `${editPage}?ask=cancel`)).text();
		expect(asking).toContain('action="?/cancel"');
		await postForm(people, staff(), `${editPage}?/cancel`, {});
		expect((await call(`/activities/${id}`)).body.cancelled).toBe(true);
		await postForm(people, staff(), `${editPage}?/restore`, {});
		expect((await call(`/activities/${id}`)).body.cancelled).toBe(false);
	});

	it('adds a type of the space’s own, offered when choosing the type', async () => {
		const added = await postForm(people, staff(), `${list}/types`, { 'name.sl': 'Poletna šola', 'name.en': 'Summer school', code: 'poletna_sola' });
		expect(added.status).toBe(200);
		expect(mainText(await added.text())).toContain('Vrsta »Poletna šola« je dodana.');
		const taken = await postForm(people, staff(), `${list}/types`, { 'name.sl': 'Še ena', code: 'poletna_sola' });
		expect(taken.status).toBe(409);
		const form = await (await getPage(people, staff(), `${list}/new`)).text();
		expect(form).toMatch(/<option value="poletna_sola"[^>]*>Poletna šola/);
	});
});
