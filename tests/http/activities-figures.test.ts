import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/lib/server/db/client.ts';
import { mainText } from '../support/page-text.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { getPage } from '../support/registry-app.ts';

// The figures of NVO-VID's activities (the demo's PRO-NVO-VID trainings and information society
// day, seed 001) on the back-office page for a period, as JSON, and as indicators on the public
// project page.
let people: PeopleApp;
beforeAll(async () => {
	people = await startPeopleApp();
});
afterAll(() => people?.app.close());

const admin = () => people.cookies.platformAdmin!;
const figuresPage = '/app/spaces/nvo-vid/activities/figures';
const period = (query: Record<string, string>) => `${figuresPage}?${new URLSearchParams(query)}`;

describe("a space's activity figures", () => {
	it('shows the period typed as people write dates, with the seed’s figures in words and in tables with right-aligned numbers', async () => {
		const response = await getPage(people, admin(), period({ from: '1. 10. 2018', to: '31. 12. 2019' }));
		expect(response.status).toBe(200);
		const html = await response.text();
		const text = mainText(html);
		expect(text).toContain('Obdobje: 1. oktober 2018 - 31. december 2019');
		for (const phrase of ['5 aktivnosti', '4 izobraževanja in delavnice', '114 udeležencev', '21 organizacij', '21 nevladnih organizacij', '39 prijav'])
			expect(text).toContain(phrase);
		expect(text).toContain('34 po imenu, 80 preštetih na mestu brez imena');
		const cells = html.replace(/<!--[^]*?-->/g, '');
		// a number cell: right-aligned by its class
		const numbers = (...values: (number | string)[]) => values.map((value) => `<td[^>]*class="[^"]*numeric[^"]*"[^>]*>${value}</td>`).join('\\s*');
		const row = (header: string, ...values: (number | string)[]) => new RegExp(`<th[^>]*scope="row"[^>]*>${header}</th>\\s*${numbers(...values)}`);
		expect(cells).toMatch(row('Izobraževanje', 2, 2));
		expect(cells).toMatch(row('Delavnica', 2, 3));
		expect(cells).toMatch(row('Konferenca', 1, 2));
		expect(cells).toMatch(row('Savinjska', 2, 4));
		expect(cells).toMatch(row('Regija ni znana ali brez organizacije', 11, 14));
		expect(cells).toMatch(row('Ali se je s tem izboljšala učinkovitost vaše organizacije\\?', 39, 39, '100 %'));
		// what was typed comes back, the numbers of the tables are right-aligned, and a chart is drawn
		expect(html).toContain('value="1. 10. 2018"');
		expect(html).toMatch(/<svg viewBox="0 0 340 \d+" role="img" aria-labelledby="chart-regions-title chart-regions-desc"/);
	});

	it('narrows to a shorter period and to one project, and says when nothing took place', async () => {
		const autumn = mainText(await (await getPage(people, admin(), period({ from: '1. 1. 2018', to: '31. 12. 2018' }))).text());
		expect(autumn).toContain('1 aktivnost');
		expect(autumn).toContain('10 udeležencev');
		const nothing = mainText(await (await getPage(people, admin(), period({ from: '1. 1. 2017', to: '31. 12. 2017' }))).text());
		expect(nothing).toContain('V tem obdobju ni bilo nobene aktivnosti.');
		const html = await (await getPage(people, admin(), period({}))).text();
		const project = html.match(/<option value="([0-9a-f-]{36})"[^>]*>PRO-NVO-VID/)![1]!;
		const projectOnly = await (await getPage(people, admin(), period({ from: '17. 5. 2019', to: '17. 5. 2019', project }))).text();
		expect(projectOnly).toMatch(new RegExp(`<option value="${project}" selected`));
		expect(mainText(projectOnly)).toContain('Samo aktivnosti projekta PRO-NVO-VID');
		expect(mainText(projectOnly)).toContain('1 aktivnost');
		expect(mainText(projectOnly)).toContain('80 udeležencev');
	});

	it('names a wrong date and a period ending before it starts beside their fields', async () => {
		const html = await (await getPage(people, admin(), period({ from: '31. 2. 2019', to: '1. 1. 2019' }))).text();
		expect(html).toMatch(/id="field-from-error"[^>]*>Vpišite datum, na primer 1. 1. 2019./);
		const reversed = await (await getPage(people, admin(), period({ from: '1. 2. 2019', to: '1. 1. 2019' }))).text();
		expect(reversed).toMatch(/id="field-to-error"[^>]*>Konec obdobja je pred začetkom./);
		expect(reversed).toContain('value="1. 2. 2019"');
	});

	it('is only for the space’s admins, staff and viewers', async () => {
		expect((await getPage(people, people.cookies.staff!, period({}))).status).toBe(403);
		expect((await getPage(people, people.cookies.outsider!, period({}))).status).toBe(403);
		expect((await getPage(people, undefined, period({}))).status).toBeGreaterThanOrEqual(300);
		expect((await getPage(people, people.cookies.viewer!, '/app/spaces/grozd/activities/figures')).status).toBe(200);
		const api = await fetch(`${people.app.url}/api/v1/spaces/nvo-vid/activities/figures?from=2019-01-01&to=2019-12-31`, {
			headers: { authorization: `Bearer ${people.fixture.tokens.staffRead!.token}` }
		});
		expect(api.status).toBe(403);
	});

	it('answers the same figures as JSON', async () => {
		const response = await getPage(people, admin(), '/api/v1/spaces/nvo-vid/activities/figures?from=1.%2010.%202018&to=2019-12-31');
		expect(response.status).toBe(200);
		const body = await response.json();
		expect(body.period).toEqual({ from: '2018-10-01', to: '2019-12-31' });
		expect(body.totals).toMatchObject({ activities: 5, persons: 34, unnamedAttendees: 80, attendees: 114, ngos: 21 });
		const grozd = await fetch(`${people.app.url}/api/v1/spaces/grozd/activities/figures`, {
			headers: { authorization: `Bearer ${people.fixture.tokens.staffRead!.token}` }
		});
		expect(grozd.status).toBe(200);
		expect((await grozd.json()).totals.activities).toBeGreaterThanOrEqual(0);
	});

	it("shows one activity's figures: the day in two cities, 80 people counted in the rooms", async () => {
		const database = openPostgres({ url: people.app.databaseUrl, max: 1 });
		const [day] = (await database.db.execute(
			sql`select id from activities where slug = 'dan-vkljucujoce-informacijske-druzbe-2019-za-internet-ljudi'`
		)) as unknown as { id: string }[];
		await database.close();
		const page = `/app/spaces/nvo-vid/activities/${day!.id}/figures`;
		const response = await getPage(people, admin(), page);
		expect(response.status).toBe(200);
		const text = mainText(await response.text());
		expect(text).toContain('Številke aktivnosti: Dan vključujoče informacijske družbe 2019 - Za internet ljudi');
		expect(text).toMatch(/17\. maj 2019, 10:00 - Trg republike 3, Ljubljana, Ljubljana/);
		expect(text).toMatch(/Titov trg 1, Velenje, Velenje/);
		for (const phrase of ['2 termina', '80 udeležencev', '0 organizacij', '0 nevladnih organizacij']) expect(text).toContain(phrase);
		expect((await getPage(people, people.cookies.staff!, page)).status).toBe(403);
		expect((await getPage(people, admin(), '/app/spaces/nvo-vid/activities/00000000-0000-4000-8000-000000000000/figures')).status).toBe(404);
	});
});

describe('the public page of PRO-NVO-VID', () => {
	it('shows the indicators computed from the activities: 4 trainings, 34 participants, 21 NGOs, 80 people', async () => {
		const response = await getPage(people, undefined, '/spaces/nvo-vid/projects/pro-nvo-vid');
		expect(response.status).toBe(200);
		const html = (await response.text()).replace(/<!--[^]*?-->/g, '');
		for (const [name, value] of [
			['Izvedena izobraževanja in delavnice', 4],
			['Udeleženci izobraževanj', 34],
			['Nevladne organizacije udeležencev', 21],
			['Udeleženci Dneva vključujoče informacijske družbe', 80]
		] as const) {
			// the indicator's table: its one period, the value computed and achieved, and the target reached
			const table = html.slice(html.indexOf(`<caption>${name}:`));
			expect(table, name).toMatch(
				new RegExp(`^[^]{0,600}?1\\. oktober 2018 – 31\\. december 2019</th>\\s*<td>${value}</td>\\s*<td>${value}</td>\\s*<td>100 %</td>`)
			);
		}
	});
});
