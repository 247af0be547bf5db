import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainText } from '../support/page-text.ts';
import { organisationsCsv } from '../support/organisation-files.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

let people: PeopleApp;

beforeAll(async () => {
	people = await startPeopleApp();
});
afterAll(() => people?.app.close());

describe('importing organisations over HTTP form posts', () => {
	const post = (path: string, body: FormData | URLSearchParams, cookie = people.cookies.staff!) =>
		fetch(`${people.app.url}${path}`, { method: 'POST', redirect: 'manual', headers: { cookie, origin: people.app.url, accept: 'text/html' }, body });
	const get = (path: string, cookie = people.cookies.staff!) => fetch(`${people.app.url}${path}`, { redirect: 'manual', headers: { cookie } });
	/** The page's main text, table cells apart. */
	const textOf = async (response: Response) => mainText((await response.text()).replace(/<\/t[dh]>/g, ' $&'));
	const upload = (name: string, content: string | Buffer, cookie?: string) => {
		const form = new FormData();
		form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
		return post('/app/organisations/import', form, cookie);
	};

	it('previews a file with bad lines: each by line, column and reason, and no way to start it', async () => {
		const file = organisationsCsv(5_100_000, 5, {
			3: '51,,Kratka matična,,association,,,,,,,,',
			5: `5100003,,Neznano področje,,association,,,,,,,astrology,`
		});
		const response = await upload('with-errors.csv', file);
		expect(response.status).toBe(303);
		const location = response.headers.get('location')!;
		expect(location).toMatch(/^\/app\/organisations\/import\/[0-9a-f-]{36}$/);
		const text = await textOf(await get(location));
		expect(text).toContain('Zavrnjene vrstice');
		expect(text).toContain('3 registration_number Matična številka ima 7 ali 10 števk.');
		expect(text).toContain('5 fields Tega področja delovanja ni na seznamu.');
		expect(text).toContain('Uvoz je vse ali nič');
		expect(text).not.toContain('Uvozi 5 vrstic');
		const start = await post(`${location}?/start`, new URLSearchParams());
		expect(start.status).toBe(409);
	});

	it('imports a good file in the background; its progress is followed to the end', async () => {
		const response = await upload('good.csv', organisationsCsv(5_200_000, 3000));
		const location = response.headers.get('location')!;
		expect(await textOf(await get(location))).toContain('Uvozi 3000 vrstic');
		const start = await post(`${location}?/start`, new URLSearchParams());
		expect(start.status).toBe(303);
		const seen: { status: string; processed: number }[] = [];
		for (let attempt = 0; attempt < 120; attempt++) {
			const progress = await (await get(`${location}/progress`)).json();
			seen.push(progress);
			if (progress.status === 'done' || progress.status === 'failed') break;
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		expect(seen.at(-1)).toEqual({ status: 'done', processed: 3000, total: 3000, created: 3000, updated: 0, unchanged: 0, problemCount: 0 });
		expect(await textOf(await get(location))).toContain('Uvoz je končan: 3000 novih, 0 spremenjenih in 0 nespremenjenih organizacij.');

		const exported = await fetch(`${people.app.url}/organisations/export?format=csv&q=drustvo+uvozeno&region=SI042`);
		expect(exported.status).toBe(200);
		expect(exported.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(exported.headers.get('content-disposition')).toBe('attachment; filename="organisations.csv"');
		const csv = Buffer.from(await exported.arrayBuffer());
		expect(csv.toString('utf8').trim().split('\r\n')).toHaveLength(3001);
		const again = await (await upload('export.csv', csv)).headers.get('location')!;
		const preview = await textOf(await get(again));
		expect(preview).toContain('Vrstic 3000 Novih organizacij 0 Spremenjenih 0 Nespremenjenih 3000 Zavrnjenih vrstic 0');
	});

	it('says clearly when a file is too large or not a table, and keeps viewers out', async () => {
		const large = await upload('large.csv', Buffer.alloc(21_000_000, 'a'));
		expect(large.status).toBe(413);
		expect(await large.text()).toContain('Datoteka je večja od 20 MB');
		const text = await upload('notes.txt', 'hello');
		expect(await text.text()).toContain('Datoteka ni CSV ali XLSX.');
		expect((await upload('good.csv', organisationsCsv(5_300_000, 1), people.cookies.viewer)).status).toBe(403);
		expect((await get('/app/organisations/import', people.cookies.viewer)).status).toBe(403);
		expect((await fetch(`${people.app.url}/organisations/export?format=xlsx&region=nowhere`)).status).toBe(400);
	});
});
