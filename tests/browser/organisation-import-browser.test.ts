import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage as signedInAt } from '../support/browser.ts';
import { organisationsCsv } from '../support/organisation-files.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

const screenshots = 'test-results/screenshots';

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

describe('importing organisations in Chromium', () => {
	async function signedInPage(javaScriptEnabled: boolean): Promise<Page> {
		return signedInAt(browser, people.app.url, await people.newSession('staff@example.si'), { javaScriptEnabled });
	}

	function fileOnDisk(name: string, content: string): string {
		const path = join(tmpdir(), `${Date.now()}-${name}`);
		writeFileSync(path, content);
		return path;
	}

	const axe = async (page: Page) =>
		(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((violation) => ({
			id: violation.id,
			nodes: violation.nodes.map((node) => node.target.join(' '))
		}));

	it.each([
		{ javaScript: true, first: 6_100_000 },
		{ javaScript: false, first: 6_200_000 }
	])(
		'uploads, sees the rejected rows, uploads the fixed file and follows the import to its end (JavaScript: $javaScript)',
		async ({ javaScript, first }) => {
			const page = await signedInPage(javaScript);
			await page.getByRole('link', { name: 'Uvoz organizacij' }).click();
			// axe runs in the page, so only where JavaScript is on
			if (javaScript) expect(await axe(page)).toEqual([]);

			const bad = organisationsCsv(first, 2000, {
				4: `${first + 2},,Brez oblike,,,,,,,,,,`,
				9: `${first + 7},,Napačen e-naslov,,association,,,,,ni-naslov,,,`
			});
			await page.getByLabel('Datoteka CSV, XLSX ali ODS').setInputFiles(fileOnDisk('bad.csv', bad));
			await page.getByRole('button', { name: 'Preveri datoteko' }).click();
			const problems = page.getByRole('table', { name: /Vrstice, ki jih ni mogoče uvoziti \(2\)/ });
			await expect(problems.getByRole('row').nth(1).innerText()).resolves.toMatch(/4\s+Brez oblike\s+legal_form\s+\(prazno\)\s+Manjka pravna oblika\./);
			await expect(problems.getByRole('row').nth(2).innerText()).resolves.toMatch(/9\s+Napačen e-naslov\s+email\s+ni-naslov\s+To ni e-poštni naslov\./);
			if (javaScript) {
				expect(await axe(page)).toEqual([]);
				await page.screenshot({ path: `${screenshots}/import-problems.png`, fullPage: true });
			}

			await page.getByRole('link', { name: 'Uvozi drugo datoteko' }).click();
			await page.getByLabel('Datoteka CSV, XLSX ali ODS').setInputFiles(fileOnDisk('good.csv', organisationsCsv(first, 5000)));
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
		},
		120_000
	);

	it('maps the columns of another layout in the form', async () => {
		const page = await signedInPage(false);
		await page.goto(`${people.app.url}/app/organisations/import`);
		await page.getByLabel('Datoteka CSV, XLSX ali ODS').setInputFiles(fileOnDisk('other.csv', 'Naziv;Oblika;Kraj\nZavod Preslikava;zavod;Bled\n'));
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

	it('on a 360 px phone without JavaScript: imports the Excel file, then the good rows of a PRS extract, by keyboard', async () => {
		const page = await signedInAt(browser, people.app.url, await people.newSession('staff@example.si'), { javaScriptEnabled: false, width: 360 });
		const upload = async (path: string) => {
			await page.goto(`${people.app.url}/app/organisations/import`);
			await page.getByLabel('Datoteka CSV, XLSX ali ODS').setInputFiles(path);
			await page.getByRole('button', { name: 'Preveri datoteko' }).click();
		};
		const noSidewaysScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
		const waitUntilDone = () => page.getByText('Uvoz je končan').waitFor({ timeout: 60_000 });

		await upload('tests/fixtures/imports/excel-sl-windows-1250.csv');
		await expect(page.locator('main').innerText()).resolves.toContain('Windows-1250');
		await page.getByRole('button', { name: 'Uvozi 3 vrstice' }).click();
		await waitUntilDone();

		await upload('tests/fixtures/imports/ajpes-prs-windows-1250.csv');
		const problems = page.getByRole('table', { name: /Vrstice, ki jih ni mogoče uvoziti/ });
		await expect(problems.getByRole('row').nth(1).innerText()).resolves.toMatch(/PLANINSKO DRUŠTVO ŽALEC, Poslovna enota Koča na Mrzlici[\s\S]*5112345001/);
		expect(await noSidewaysScroll()).toBe(true);
		await page.screenshot({ path: `${screenshots}/import-prs-360.png`, fullPage: true });
		// the choice by keyboard: the radio group, an arrow to the second option, then the button
		await page.getByLabel(/Vse ali nič/).focus();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByLabel(/Uvozi samo dobre vrstice \(4\)/).isChecked()).resolves.toBe(true);
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Nadaljuj');
		await page.keyboard.press('Enter');
		await waitUntilDone();
		await expect(page.locator('main').innerText()).resolves.toContain('1 zavrnjena vrstica ni bila uvožena.');
		await expect(page.getByRole('link', { name: /Prenesi zavrnjeno vrstico/ }).count()).resolves.toBe(1);
		expect(await noSidewaysScroll()).toBe(true);
		await page.context().close();
	});

	it('warns of a likely duplicate on the new-organisation form, with links, and creates it anyway', async () => {
		const page = await signedInPage(true);
		await page.goto(`${people.app.url}/app/organisations/new`);
		// typed once the page is hydrated, so that hydration does not clear it
		await page.waitForLoadState('networkidle');
		await page.getByLabel('Ime', { exact: true }).fill('Planinsko drustvo Zalec');
		await page.getByLabel('Pravna oblika', { exact: true }).selectOption('association');
		await page.getByLabel('Davčna številka', { exact: true }).fill('34567895');
		await page.getByRole('button', { name: 'Dodaj organizacijo' }).click();
		await page.getByText('Ta organizacija je morda že v registru').waitFor();
		expect(await axe(page)).toEqual([]);
		await expect(page.getByRole('link', { name: 'PLANINSKO DRUŠTVO ŽALEC' }).count()).resolves.toBe(1);
		await page.screenshot({ path: `${screenshots}/new-organisation-duplicate.png`, fullPage: true });
		await page.getByRole('button', { name: 'Vseeno ustvari novo organizacijo' }).click();
		await page.waitForURL(/\/app\/organisations\/[0-9a-f-]{36}\?created$/);
		await page.context().close();
	});
});
