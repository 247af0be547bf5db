import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../../src/lib/server/organisations/organisations.usecases.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { apiCaller } from '../support/api-call.ts';
import { mainText } from '../support/page-text.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

// Funding calls over HTTP: the public list and its filters, the API's `{ items }` with deadlines,
// the Atom and iCalendar feeds read by independent parsers, the import through the back-office form.
let people: PeopleApp;
beforeAll(async () => {
	people = await startPeopleApp({
		afterSeeding: async (db) => {
			await createOrganisation({
				db,
				context: { actor: cliActor, source: 'cli' },
				input: { name: 'Mestna občina Koper', legalForm: 'municipality', municipalityCode: '050' }
			});
		}
	});
});
afterAll(() => people?.app.close());

const call = apiCaller(() => people);
const get = async (path: string, headers: Record<string, string> = {}) => {
	const response = await fetch(`${people.app.url}${path}`, { redirect: 'manual', headers });
	return { status: response.status, headers: response.headers, body: await response.text() };
};

describe('the public list of calls', () => {
	it('shows the open demo calls by deadline, the seeds’ calls in the archive, and filters by a GET form', async () => {
		const page = await get('/calls');
		expect(page.status).toBe(200);
		const text = mainText(page.body);
		expect(text).toContain('Primer razpisa: kulturni programi v Obalno-kraški regiji (demo)');
		expect(text).toContain('500.000,00 EUR');
		expect(text).not.toContain('Javni razpis za podporno okolje za razvoj nevladnih organizacij 2019-2023');
		// the feeds are linked from the head
		expect(page.body).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="[^"]*\/calls\/feed\.xml"/);
		expect(page.body).toMatch(/<link rel="alternate" type="text\/calendar"[^>]*href="[^"]*\/calls\.ics"/);

		const archive = mainText((await get('/calls?archive=1')).body);
		expect(archive).toContain('Javni razpis za podporno okolje za razvoj nevladnih organizacij 2019-2023');
		expect(archive).toContain('Javni razpis za sofinanciranje projektov razvoja in profesionalizacije NVO in prostovoljstva 2018');

		// a region other than Obalno-kraška leaves out the call restricted to it; a legal form the other call does not take leaves it out
		const gorenjska = mainText((await get('/calls?region=SI042')).body);
		expect(gorenjska).not.toContain('kulturni programi v Obalno-kraški');
		expect(gorenjska).toContain('sofinanciranje razvoja NVO (demo)');
		const companies = mainText((await get('/calls?legalForm=company&field=culture')).body);
		expect(companies).toContain('kulturni programi v Obalno-kraški');
		expect(companies).not.toContain('sofinanciranje razvoja NVO (demo)');
		// at least 10.000 per project: only the call giving up to 25.000,00 EUR
		const big = mainText((await get('/calls?minAmount=10.000')).body);
		expect(big).toContain('sofinanciranje razvoja NVO (demo)');
		expect(big).not.toContain('kulturni programi v Obalno-kraški');
		// a filter written wrongly is named, the others still apply
		const wrong = await get('/calls?deadlineBefore=jutri&region=SI042');
		expect(wrong.status).toBe(200);
		expect(mainText(wrong.body)).toContain('Vpišite datum');
		expect(mainText(wrong.body)).not.toContain('kulturni programi v Obalno-kraški');

		const { body } = await call('/calls?status=open');
		const detail = mainText((await get(`/calls/${body.items[0].id}`)).body);
		expect(detail).toContain('Kdo se lahko prijavi');
	});
});

describe('the calls API', () => {
	it('answers { items } each with its deadline and exact amounts, filters, and refuses writes without calls:write', async () => {
		const open = await call('/calls?status=open');
		expect(open.status).toBe(200);
		expect(open.body.items).toHaveLength(2);
		for (const item of open.body.items) expect(item.deadline).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[12]:00$/);
		const development = open.body.items.find((item: { title: { sl: string } }) => item.title.sl.includes('razvoja NVO'));
		expect(development.totalAmount).toEqual({ amount: '500000.00', currency: 'EUR', text: { sl: '500.000,00 EUR', en: 'EUR 500,000.00' } });
		expect(development.deadline).toMatch(/T12:00:00/);
		expect((await call('/calls?region=SI042&status=open')).body.items).toHaveLength(1);
		expect((await call('/calls?minAmount=abc')).status).toBe(400);

		const body = { title: { sl: 'Razpis iz API' }, totalAmount: '5.726.000', deadlines: [{ date: '2031-01-31', time: '12:00' }] };
		expect((await call('/calls', { method: 'POST', body })).status).toBe(401);
		expect((await call('/calls', { method: 'POST', token: 'staffRead', body })).status).toBe(403);
		const created = await call('/calls', { method: 'POST', token: 'adminEverything', body });
		expect(created).toMatchObject({ status: 201, body: { deadline: '2031-01-31T12:00:00+01:00', totalAmount: { amount: '5726000.00' } } });
		const eligible = await call(`/calls/${created.body.id}/eligible-organisations?space=grozd`, { token: 'adminEverything' });
		expect(eligible.status).toBe(200);
		expect(Array.isArray(eligible.body.items)).toBe(true);
		const document = (await call('/openapi.json')).body;
		expect(Object.keys(document.paths)).toEqual(
			expect.arrayContaining(['/calls', '/calls/{id}', '/calls/{id}/eligible-organisations', '/calls/{id}/applications', '/applications/{id}'])
		);
	});
});

describe('the feeds of calls', () => {
	it('has an Atom feed that parses and names every open call', async () => {
		const response = await get('/calls/feed.xml');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('application/atom+xml');
		const titles: string[] = [];
		let inEntryTitle = false;
		const parser = new SaxesParser({ xmlns: true });
		let path: string[] = [];
		parser.on('opentag', (tag) => {
			path.push(tag.local);
			inEntryTitle = path.join('/') === 'feed/entry/title';
			if (path.length === 1) expect(tag.uri).toBe('http://www.w3.org/2005/Atom');
		});
		// the feed package writes titles as CDATA
		const take = (text: string) => {
			if (inEntryTitle) titles.push(text);
		};
		parser.on('text', take);
		parser.on('cdata', take);
		parser.on('closetag', () => {
			path = path.slice(0, -1);
			inEntryTitle = false;
		});
		parser.write(response.body).close();
		expect(titles).toEqual(
			expect.arrayContaining(['Primer razpisa: sofinanciranje razvoja NVO (demo)', 'Primer razpisa: kulturni programi v Obalno-kraški regiji (demo)'])
		);
	});

	it('has the deadlines as iCalendar: a timed one in Europe/Ljubljana, whole-day ones as dates', async () => {
		const response = await get('/calls.ics');
		expect(response.status).toBe(200);
		const calendar = new ICAL.Component(ICAL.parse(response.body));
		expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/Ljubljana');
		const events = calendar.getAllSubcomponents('vevent');
		const timed = events.find((event) => String(event.getFirstPropertyValue('summary')).includes('razvoja NVO'))!;
		const start = timed.getFirstProperty('dtstart')!;
		expect(start.getParameter('tzid')).toBe('Europe/Ljubljana');
		expect(String(start.getFirstValue())).toMatch(/T12:00:00$/);
		const wholeDay = events.filter((event) => String(event.getFirstPropertyValue('summary')).includes('kulturni programi'));
		expect(wholeDay).toHaveLength(2);
		for (const event of wholeDay) expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).isDate).toBe(true);
	});
});

describe('importing calls through the back-office form', () => {
	const post = (path: string, body: FormData | URLSearchParams, cookie = people.cookies.staff!) =>
		fetch(`${people.app.url}${path}`, { method: 'POST', redirect: 'manual', headers: { cookie, origin: people.app.url, accept: 'text/html' }, body });
	const fixture = (name: string) => readFileSync(new URL(`../fixtures/calls/${name}`, import.meta.url));

	it('previews the XLSX with its bad row and offers no import, then imports the Windows-1250 CSV whole', async () => {
		const form = new FormData();
		form.append('file', new Blob([new Uint8Array(fixture('razpisi-excel.xlsx'))]), 'razpisi-excel.xlsx');
		const preview = await post('/app/calls/import?/preview', form);
		expect(preview.status).toBe(200);
		const text = mainText(await preview.text());
		expect(text).toContain('Vrstica 4, Financer');
		expect(text).toContain('Vrstica 4, Rok za oddajo');
		expect(text).not.toContain('Uvozi 2 razpisa');

		const csv = new FormData();
		csv.append('file', new Blob([new Uint8Array(fixture('razpisi-excel-sl-windows-1250.csv'))]), 'razpisi.csv');
		const html = await (await post('/app/calls/import?/preview', csv)).text();
		expect(mainText(html)).toContain('Uvozi 3 razpise');
		const content = /name="content" value="([^"]+)"/.exec(html)![1]!;
		// a member editor may not import
		expect((await post('/app/calls/import?/import', new URLSearchParams({ name: 'razpisi.csv', content }), people.cookies.memberEditor!)).status).toBe(403);
		const imported = await post('/app/calls/import?/import', new URLSearchParams({ name: 'razpisi.csv', content }));
		expect(imported.status).toBe(303);
		const titles = (await call('/calls?status=open')).body.items.map((item: { title: { sl: string } }) => item.title.sl);
		expect(titles).toContain('Javni razpis za sofinanciranje programov NVO na področju kulture 2027');
		expect(titles).toContain('Razpis za mladinske pobude – Koper');
	});
});
