import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openPostgres, type DatabaseHandle } from '../../src/lib/server/db/client.ts';
import { mainText } from '../support/page-text.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { getPage, postForm } from '../support/registry-app.ts';
import { seedCheckin, type CheckinFixture } from '../support/seed-checkin.ts';

// Staff at the door without JavaScript (every button a form), the registration list, and the
// check-in API a phone uses: idempotent, so a check-in sent twice counts once.
let people: PeopleApp;
let fixture: CheckinFixture;
let database: DatabaseHandle;
beforeAll(async () => {
	people = await startPeopleApp({ afterSeeding: async (db) => void (fixture = await seedCheckin(db)) });
	database = openPostgres({ url: people.app.databaseUrl, max: 1 });
});
afterAll(async () => {
	await database?.close();
	await people?.app.close();
});

const staff = () => people.cookies.staff!;
const checkinPage = (id = fixture.now.id) => `/app/spaces/grozd/activities/${id}/checkin`;
const listPage = (id = fixture.now.id) => `/app/spaces/grozd/activities/${id}/registrations`;
const textOf = async (response: Response) => mainText(await response.text());
const query = async (statement: ReturnType<typeof sql>) => (await database.db.execute(statement)) as unknown as Record<string, unknown>[];
const attendances = async (registrationId: string) =>
	Number((await query(sql`select count(*) as n from activity_attendances where registration_id = ${registrationId}`))[0]!.n);

async function api(path: string, { method = 'GET', cookie, token, body }: { method?: string; cookie?: string; token?: string; body?: unknown } = {}) {
	const response = await fetch(`${people.app.url}/api/v1${path}`, {
		method,
		headers: {
			...(cookie ? { cookie } : {}),
			...(token ? { authorization: `Bearer ${people.fixture.tokens[token]!.token}` } : {}),
			...(body === undefined ? {} : { 'content-type': 'application/json' })
		},
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	return { status: response.status, body: await response.json() };
}

describe('check-in at the door without JavaScript', () => {
	it('shows the people of the session running now, each with a form button, to admins and staff only', async () => {
		const response = await getPage(people, staff(), checkinPage());
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(mainText(html)).toMatch(/Ana Novak[\s\S]*Bojan Kralj[\s\S]*Cvetka Zupan/);
		expect(html).toContain(`name="registrationId" value="${fixture.now.people.Ana!.registrationId}"`);
		expect(html).toMatch(/action="\?\/checkin&amp;session=/);
		expect(html).toContain('name="code"');
		for (const who of ['viewer', 'memberEditor', 'outsider']) expect((await getPage(people, people.cookies[who], checkinPage())).status).toBe(403);
	});

	it('checks a person in by a tap and by the typed code, once; a search finds by name or code', async () => {
		const { Ana, Bojan } = fixture.now.people;
		const tapped = await postForm(people, staff(), `${checkinPage()}?/checkin`, { sessionId: fixture.now.sessionId, registrationId: Ana!.registrationId });
		expect(tapped.status).toBe(200);
		expect(await textOf(tapped)).toContain('Prisotnost zabeležena: Ana Novak.');
		const again = await postForm(people, staff(), `${checkinPage()}?/checkin`, { sessionId: fixture.now.sessionId, registrationId: Ana!.registrationId });
		expect(await textOf(again)).toContain('Prisotnost je bila že zabeležena: Ana Novak.');
		expect(await attendances(Ana!.registrationId)).toBe(1);

		const typed = await postForm(people, staff(), `${checkinPage()}?/code`, { sessionId: fixture.now.sessionId, code: Bojan!.code.toLowerCase() });
		expect(await textOf(typed)).toContain('Prisotnost zabeležena: Bojan Kralj.');
		const unknown = await postForm(people, staff(), `${checkinPage()}?/code`, { sessionId: fixture.now.sessionId, code: '22222222' });
		expect(unknown.status).toBe(404);
		expect(await textOf(unknown)).toContain('Te kode ni med prijavami na ta dogodek.');

		const searched = await textOf(await getPage(people, staff(), `${checkinPage()}?q=zupan`));
		expect(searched).toContain('Cvetka Zupan');
		expect(searched).not.toContain('Ana Novak');
		expect(await textOf(await getPage(people, staff(), `${checkinPage()}?q=${fixture.now.people.Darko!.code}`))).toContain('Darko Šuštar');
		expect(await textOf(await getPage(people, staff(), `${checkinPage()}?q=sustar`))).toContain('Darko Šuštar');
	});

	it('undoes a mistaken check-in and adds a walk-in as present', async () => {
		const { Bojan } = fixture.now.people;
		const undone = await postForm(people, staff(), `${checkinPage()}?/undo`, {
			sessionId: fixture.now.sessionId,
			registrationId: Bojan!.registrationId,
			name: 'Bojan Kralj'
		});
		expect(await textOf(undone)).toContain('Prisotnost preklicana: Bojan Kralj.');
		expect(await attendances(Bojan!.registrationId)).toBe(0);

		const refused = await postForm(people, staff(), `${checkinPage()}?/walkIn`, { sessionId: fixture.now.sessionId, name: '', email: 'x' });
		expect(refused.status).toBe(400);
		const html = await refused.text();
		expect(html).toMatch(/id="field-name-error"[^>]*>Vpišite ime in priimek/);
		const added = await postForm(people, staff(), `${checkinPage()}?/walkIn`, { sessionId: fixture.now.sessionId, name: 'Gorazd Vidmar', email: '' });
		expect(added.status).toBe(200);
		expect(await textOf(added)).toContain('Dodan/-a in prisoten/-na: Gorazd Vidmar.');
		expect(await textOf(await getPage(people, staff(), checkinPage()))).toMatch(/Gorazd Vidmar[\s\S]*Prisoten\/-na od/);
	});
});

describe('the registration list', () => {
	it('lists every registration with status in words and counts with Slovenian plurals; viewers read without buttons', async () => {
		const text = await textOf(await getPage(people, staff(), listPage()));
		// Ana and Gorazd (a walk-in) came; Bojan's check-in was undone
		expect(text).toContain('2 prisotni osebi');
		expect(text).toContain('3 prijavljene osebe');
		expect(text).toContain('0 oseb na čakalni listi');
		expect(text).toMatch(/Gorazd Vidmar[\s\S]*prišel\/-a brez prijave/);
		const viewer = await getPage(people, people.cookies.viewer!, listPage());
		expect(viewer.status).toBe(200);
		expect(await viewer.text()).not.toContain('action="?/status"');
		expect((await getPage(people, people.cookies.memberEditor!, listPage())).status).toBe(403);
		const filtered = await textOf(await getPage(people, staff(), `${listPage()}?status=registered`));
		expect(filtered).toContain('Cvetka Zupan');
		expect(filtered).not.toContain('Ana Novak');
	});

	it('marks no-shows after the end in one step, and staff restore one from the list', async () => {
		const early = await postForm(people, staff(), `${checkinPage()}?/noShows`, {});
		expect(early.status).toBe(409);
		const marked = await postForm(people, staff(), `${checkinPage(fixture.ended.id)}?/noShows`, {});
		expect(marked.status).toBe(200);
		expect(await textOf(marked)).toContain('Kot neprisotni sta označeni 2 osebi.');
		const { Eva } = fixture.ended.people;
		const restored = await postForm(people, staff(), `${listPage(fixture.ended.id)}?/status`, { registrationId: Eva!.registrationId, status: 'registered' });
		expect(restored.status).toBe(200);
		expect(await textOf(restored)).toContain('Stanje prijave je spremenjeno: Eva Horvat - Prijavljen/-a.');
		expect(
			(await postForm(people, people.cookies.viewer!, `${listPage(fixture.ended.id)}?/status`, { registrationId: Eva!.registrationId, status: 'no_show' }))
				.status
		).toBe(403);
		const audit = await query(sql`select action from audit_log where action in ('activity.no_shows', 'activity.registration_status')`);
		expect(audit.map((row) => row.action).sort()).toEqual(['activity.no_shows', 'activity.registration_status']);
	});

	it('prints a sign-in sheet with a signature column and empty lines, and takes attendance from it afterwards', async () => {
		const page = `${checkinPage(fixture.ended.id)}/sheet`;
		const html = await (await getPage(people, staff(), page)).text();
		expect(html).toContain('Podpis');
		expect(html).toMatch(/Eva Horvat[\s\S]*Filip Kos/);
		// ten numbered lines for people who come without registering
		expect(html.match(/<tr class="blank/g)).toHaveLength(10);
		const { Filip } = fixture.ended.people;
		const saved = await postForm(people, staff(), `${page}?/sheet`, { sessionId: fixture.ended.sessionId, present: Filip!.registrationId });
		expect(await textOf(saved)).toContain('Prisotnost je shranjena: dodanih 1, odstranjenih 0.');
		const [row] = await query(sql`select method from activity_attendances where registration_id = ${Filip!.registrationId}`);
		expect(row!.method).toBe('sheet');
	});
});

describe('the check-in API', () => {
	it('gives the phone its list, checks in once however often sent, keeps the phone’s time, and undoes', async () => {
		const { Cvetka } = fixture.now.people;
		const roster = await api(`/activities/${fixture.now.id}/checkin`, { cookie: staff() });
		expect(roster.status).toBe(200);
		expect(roster.body.sessionId).toBe(fixture.now.sessionId);
		expect(roster.body.items.find((item: { name: string }) => item.name === 'Cvetka Zupan')).toMatchObject({ code: Cvetka!.code, checkedInAt: null });

		const at = new Date(Date.now() - 10 * 60_000).toISOString();
		const body = { sessionId: fixture.now.sessionId, code: Cvetka!.code, checkedInAt: at, clientId: 'phone-7' };
		const first = await api(`/activities/${fixture.now.id}/checkin`, { method: 'POST', cookie: staff(), body });
		expect(first.status).toBe(201);
		expect(first.body).toMatchObject({ name: 'Cvetka Zupan', status: 'attended', alreadyCheckedIn: false, clientId: 'phone-7', checkedInAt: at });
		const replayed = await api(`/activities/${fixture.now.id}/checkin`, { method: 'POST', token: 'adminEverything', body });
		expect(replayed.status).toBe(200);
		expect(replayed.body).toMatchObject({ alreadyCheckedIn: true, checkedInAt: at });
		expect(await attendances(Cvetka!.registrationId)).toBe(1);

		const undone = await api(`/activities/${fixture.now.id}/checkin`, {
			method: 'DELETE',
			cookie: staff(),
			body: { sessionId: fixture.now.sessionId, registrationId: Cvetka!.registrationId }
		});
		expect(undone).toMatchObject({ status: 200, body: { removed: true, status: 'registered' } });
		expect(await attendances(Cvetka!.registrationId)).toBe(0);
	});

	it('refuses the public, viewers, a read-only token and a bad body, in problem details', async () => {
		const path = `/activities/${fixture.now.id}/checkin`;
		expect((await api(path)).status).toBe(401);
		expect((await api(path, { cookie: people.cookies.viewer })).status).toBe(403);
		expect((await api(path, { token: 'staffRead' })).body.code).toBe('token_scope_missing');
		const bad = await api(path, { method: 'POST', cookie: staff(), body: { sessionId: fixture.now.sessionId } });
		expect(bad.status).toBe(400);
		expect(bad.body.code).toBe('invalid_input');
		expect((await api('/activities/00000000-0000-4000-8000-000000000000/checkin', { cookie: staff() })).status).toBe(404);
	});
});
