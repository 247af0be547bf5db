import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage as signedInAt } from '../support/browser.ts';
import { mainText } from '../support/page-text.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

const header = 'registration_number,tax_number,name,short_name,legal_form,street,postal_code,city,municipality_code,email,website,fields,public_interest_fields';
const screenshots = 'test-results/screenshots';

/** A file of our layout with `count` good rows from `first` on, and bad rows where asked. */
function organisationsCsv(first: number, count: number, bad: Record<number, string> = {}): string {
	const rows = Array.from({ length: count }, (_, index) => {
		const line = index + 2;
		return bad[line] ?? `${first + index},,Društvo uvoženo ${first + index},,association,Glavna cesta 1,4000,Kranj,052,,,culture;youth,culture:2021-03-01`;
	});
	return `${[header, ...rows].join('\n')}\n`;
}

let people: PeopleApp;
let browser: Browser;

beforeAll(async () => {
	[people, browser] = await Promise.all([startPeopleApp(), launchBrowser()]);
	mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
	await people?.app.close();
});

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

describe('importing organisations in Chromium', () => {
	function signedInPage(javaScriptEnabled: boolean): Promise<Page> {
		return signedInAt(browser, people.app.url, 'staff@example.si', { javaScriptEnabled });
	}

	function fileOnDisk(name: string, content: string): string {
		const path = join(tmpdir(), `${Date.now()}-${name}`);
		writeFileSync(path, content);
		return path;
	}

	const axe = async (page: Page) =>
		(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
			(violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) })
		);

	it.each([
		{ javaScript: true, first: 6_100_000 },
		{ javaScript: false, first: 6_200_000 }
	])('uploads, sees the rejected rows, uploads the fixed file and follows the import to its end (JavaScript: $javaScript)', async ({ javaScript, first }) => {
		const page = await signedInPage(javaScript);
		await page.getByRole('link', { name: 'Uvoz organizacij' }).click();
		// axe runs in the page, so only where JavaScript is on
		if (javaScript) expect(await axe(page)).toEqual([]);

		const bad = organisationsCsv(first, 2000, { 4: `${first + 2},,Brez oblike,,,,,,,,,,`, 9: `${first + 7},,Napačen e-naslov,,association,,,,,ni-naslov,,,` });
		await page.getByLabel('Datoteka CSV ali XLSX').setInputFiles(fileOnDisk('bad.csv', bad));
		await page.getByRole('button', { name: 'Preveri datoteko' }).click();
		const problems = page.getByRole('table', { name: /Vrstice, ki jih ni mogoče uvoziti \(2\)/ });
		await expect(problems.getByRole('row').nth(1).innerText()).resolves.toMatch(/4\s+legal_form\s+Manjka pravna oblika\./);
		await expect(problems.getByRole('row').nth(2).innerText()).resolves.toMatch(/9\s+email\s+To ni e-poštni naslov\./);
		if (javaScript) {
			expect(await axe(page)).toEqual([]);
			await page.screenshot({ path: `${screenshots}/import-problems.png`, fullPage: true });
		}

		await page.getByRole('link', { name: 'Uvozi drugo datoteko' }).click();
		await page.getByLabel('Datoteka CSV ali XLSX').setInputFiles(fileOnDisk('good.csv', organisationsCsv(first, 5000)));
		await page.getByRole('button', { name: 'Preveri datoteko' }).click();
		await expect(page.locator('main').innerText()).resolves.toContain('Datoteka je v naši obliki.');
		if (javaScript) await page.screenshot({ path: `${screenshots}/import-preview.png`, fullPage: true });
		await page.getByRole('button', { name: 'Uvozi 5000 vrstic' }).click();
		await expect(page.locator('progress').count()).resolves.toBe(1);
		if (javaScript) {
			await page.screenshot({ path: `${screenshots}/import-progress.png` });
			expect(await axe(page)).toEqual([]);
		} else {
			await expect(page.locator('noscript').first().innerHTML()).resolves.toContain('http-equiv="refresh"');
		}
		await page.getByText('Uvoz je končan: 5000 novih').waitFor({ timeout: 60_000 });
		if (javaScript) await page.screenshot({ path: `${screenshots}/import-done.png` });
		await page.context().close();
	}, 120_000);

	it('maps the columns of another layout in the form', async () => {
		const page = await signedInPage(false);
		await page.goto(`${people.app.url}/app/organisations/import`);
		await page.getByLabel('Datoteka CSV ali XLSX').setInputFiles(fileOnDisk('other.csv', 'Naziv;Oblika;Kraj\nZavod Preslikava;zavod;Bled\n'));
		await page.getByRole('button', { name: 'Preveri datoteko' }).click();
		await expect(page.locator('main').innerText()).resolves.toContain('Stolpcev te datoteke ne prepoznamo.');
		await page.screenshot({ path: `${screenshots}/import-mapping.png`, fullPage: true });
		await page.getByLabel('name', { exact: true }).selectOption('Naziv');
		await page.getByLabel('legal_form', { exact: true }).selectOption('Oblika');
		await page.getByLabel('city', { exact: true }).selectOption('Kraj');
		await page.getByRole('button', { name: 'Preberi s to razporeditvijo' }).click();
		await expect(page.locator('main').innerText()).resolves.toContain('Datoteko beremo po razporeditvi stolpcev, ki ste jo izbrali.');
		await expect(page.getByRole('button', { name: 'Uvozi 1 vrstico' }).count()).resolves.toBe(1);
		await page.context().close();
	});
});
