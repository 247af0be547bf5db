import { readFileSync } from 'node:fs';
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
		// line, the row's name, the column, the rejected value, the reason
		expect(text).toContain('3 Kratka matična registration_number 51 Matična številka ima 7 ali 10 števk.');
		expect(text).toContain('5 Neznano področje fields astrology Tega področja delovanja ni na seznamu.');
		expect(text).toContain('Vse ali nič: ne uvozi ničesar');
		expect(text).toContain('Uvozi samo dobre vrstice (3), zavrnjene (2) izpusti');
		expect(text).not.toContain('Uvozi 5 vrstic');
		// all or nothing, the default, cannot start a file with rejected rows
		const start = await post(`${location}?/start`, new URLSearchParams({ mode: 'all' }));
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
		expect(await text.text()).toContain('Datoteka ni CSV, XLSX ali ODS.');
		expect((await upload('good.csv', organisationsCsv(5_300_000, 1), people.cookies.viewer)).status).toBe(403);
		expect((await get('/app/organisations/import', people.cookies.viewer)).status).toBe(403);
		expect((await fetch(`${people.app.url}/organisations/export?format=xlsx&region=nowhere`)).status).toBe(400);
	});

	/** Starts a previewed import and follows it to its end. */
	const runImport = async (location: string, mode: 'all' | 'good_rows') => {
		expect((await post(`${location}?/start`, new URLSearchParams({ mode }))).status).toBe(303);
		for (let attempt = 0; attempt < 120; attempt++) {
			const progress = await (await get(`${location}/progress`)).json();
			if (progress.status === 'done' || progress.status === 'failed') return progress;
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		throw new Error('the import did not finish');
	};
	const exported = async (query: string) => (await fetch(`${people.app.url}/organisations/export?format=csv&${query}`)).text();
	const fixture = (name: string) => readFileSync(`tests/fixtures/imports/${name}`);

	it('imports a Windows-1250 CSV from Excel in Slovenian and an AJPES PRS extract end to end: no garbled letter, house numbers kept', async () => {
		const excel = (await upload('clani.csv', fixture('excel-sl-windows-1250.csv'))).headers.get('location')!;
		const excelPreview = await textOf(await get(excel));
		expect(excelPreview).toContain('Datoteko smo prebrali kot CSV v kodiranju Windows-1250, stolpci so ločeni s podpičjem (;).');
		expect(await runImport(excel, 'all')).toMatchObject({ status: 'done', created: 3 });
		const names = await exported('q=sentvid');
		expect(names).toContain('Kulturno društvo „Čuk“ Šentvid');
		expect(names).not.toContain('\uFFFD');

		const prs = (await upload('prs.csv', fixture('ajpes-prs-windows-1250.csv'))).headers.get('location')!;
		const prsPreview = await textOf(await get(prs));
		expect(prsPreview).toContain('Datoteka je izpis iz Poslovnega registra AJPES.');
		expect(prsPreview).toContain(
			'3 PLANINSKO DRUŠTVO ŽALEC, Poslovna enota Koča na Mrzlici registration_number 5112345001 To je poslovna enota organizacije s to matično številko'
		);
		expect(prsPreview).toContain('ULICA, ULICA_HS, ULICA_HS_D, NASELJE');
		expect(prsPreview).toContain('POSTNI_KRAJ');
		expect(await runImport(prs, 'good_rows')).toMatchObject({ status: 'done', created: 3, unchanged: 1, problemCount: 1 });
		expect(await textOf(await get(prs))).toContain('1 zavrnjena vrstica ni bila uvožena.');
		const zalec = await exported('q=planinsko+drustvo+zalec');
		expect(zalec).toContain('5112345,34567895,PLANINSKO DRUŠTVO ŽALEC,PD ŽALEC,association,Savinjska cesta 5a,3310,Žalec,190');
		expect(await exported('q=prijateljev+rogle')).toContain('Rogla 65a,3214,Zreče,144');
		// the 10-digit main unit is the organisation the Excel file made, not a second one
		expect((await exported('q=upokojencev+zalec')).trim().split('\r\n')).toHaveLength(2);

		const rejected = await get(`${prs}/rejected`);
		expect(rejected.status).toBe(200);
		expect(rejected.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''prs-rejected.csv");
		const rows = (await rejected.text()).split('\r\n');
		expect(rows[0]!.endsWith(';POSEBEN_STATUS;napaka')).toBe(true);
		expect(rows[1]).toContain('registration_number: To je poslovna enota organizacije s to matično številko');
		expect(rows[1]).toContain('(5112345)');
	});

	it('reads an ODS from LibreOffice, and says how to save an .xls as .xlsx', async () => {
		const ods = (await upload('clani.ods', fixture('libreoffice-calc-7.4.ods'))).headers.get('location')!;
		expect(await textOf(await get(ods))).toContain('Vrstic 3 Novih organizacij 0 Spremenjenih 0 Nespremenjenih 3 Zavrnjenih vrstic 0');
		const xls = await upload('clani.xls', fixture('libreoffice-calc-7.4-excel-97.xls'));
		expect(xls.status).toBe(400);
		expect(mainText(await xls.text())).toContain('v Excelu Datoteka → Shrani kot → vrsta datoteke »Excelov delovni zvezek (*.xlsx)«');
	});

	it('flags likely duplicates in the preview, with links, before anything is written', async () => {
		const file = Buffer.from(
			'registration_number;name;legal_form;city;municipality_code\r\n;Kulturno drustvo Cuk Sentvid;association;Ljubljana - Šentvid;061\r\n',
			'utf8'
		);
		const location = (await upload('mogoce.csv', file)).headers.get('location')!;
		const html = await (await get(location)).text();
		const text = mainText(html.replace(/<\/t[dh]>/g, ' $&'));
		expect(text).toContain('Morda so že v registru');
		expect(text).toMatch(/2 Kulturno drustvo Cuk Sentvid Kulturno društvo „Čuk“ Šentvid, Ljubljana - Šentvid \(5012345\)\s+podobno ime v isti občini/);
		expect(html).toMatch(/href="\/app\/organisations\/[0-9a-f-]{36}"/);
	});
});

describe('creating an organisation that may already be in the registry', () => {
	const save = (fields: Record<string, string>) =>
		fetch(`${people.app.url}/app/organisations/new?/save`, {
			method: 'POST',
			redirect: 'manual',
			headers: { cookie: people.cookies.staff!, origin: people.app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams(fields)
		});

	it('warns with links before saving, and creates it anyway when asked', async () => {
		const fields = { name: 'Zavod Škrjanček Kranj', legalForm: 'private_institute', municipalityCode: '052', taxNumber: '56789122' };
		const before = await save({
			name: 'Zavod Škrjanček',
			legalForm: 'private_institute',
			registrationNumber: '8012345',
			municipalityCode: '052',
			city: 'Kranj'
		});
		expect([303, 409]).toContain(before.status);
		const warned = await save(fields);
		expect(warned.status).toBe(409);
		const html = await warned.text();
		expect(mainText(html)).toContain('Ta organizacija je morda že v registru');
		expect(mainText(html)).toContain('enaka davčna številka');
		expect(html).toMatch(/<input type="hidden" name="name" value="Zavod Škrjanček Kranj"/);
		const created = await save({ ...fields, createAnyway: 'yes' });
		expect(created.status).toBe(303);
	});
});
