import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage as signedInAt } from '../support/browser.ts';
import { startRegistryPeopleApp, type RegistryPeopleApp } from '../support/registry-people-app.ts';

let people: RegistryPeopleApp;
let browser: Browser;
const screenshots = 'test-results/screenshots';

beforeAll(async () => {
	[people, browser] = await Promise.all([startRegistryPeopleApp(), launchBrowser()]);
	mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
	await people?.app.close();
});

/** Signed in, without JavaScript unless asked: every people form must work as plain HTML. */
async function signedInPage(email: string, javaScriptEnabled = false): Promise<Page> {
	// a step that finds nothing fails with its locator, before the test's own time runs out (5 s
	// were too few for a first page on a busy two-core machine, with another test file beside it)
	return signedInAt(browser, people.app.url, await people.newSession(email), { javaScriptEnabled, defaultTimeout: 12_000 });
}

async function axeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	return results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
}

const mainText = (page: Page) => page.locator('main').innerText();

describe('people in the back office, without JavaScript', () => {
	let personUrl: string;

	it('staff add a person: problems named beside the fields, then saved with affiliation and consent', async () => {
		const page = await signedInPage('staff@example.si');
		await page.getByRole('link', { name: 'Osebe' }).click();
		await page.getByRole('link', { name: 'Dodaj osebo' }).click();
		await page.getByLabel('Ime in priimek').fill('Maja Žnidaršič');
		await page.getByLabel('E-poštni naslov').fill('maja@');
		await page.getByLabel('Telefon').fill('041 abc');
		await page.getByLabel('Organizacija').fill('Ni takšne');
		await page.getByRole('button', { name: 'Dodaj osebo' }).click();
		const summary = page.locator('.error-summary');
		await expect(summary.innerText()).resolves.toContain('Vpišite e-poštni naslov v obliki ime@primer.si');
		await expect(summary.innerText()).resolves.toContain('Nobena organizacija nima te matične številke');
		await expect(summary.innerText()).resolves.toContain('Telefonska številka sme vsebovati le številke');
		await expect(page.getByLabel('Ime in priimek').inputValue()).resolves.toBe('Maja Žnidaršič');
		await page.screenshot({ path: `${screenshots}/people-new-errors.png`, fullPage: true });

		await page.getByLabel('E-poštni naslov').fill('maja@tri.si');
		await page.getByLabel('Telefon').fill('041 123 456');
		await page.getByLabel('Organizacija').fill('1234567');
		await page.getByLabel('Vloga').fill('direktorica');
		await page.getByLabel('Od', { exact: true }).fill('2020-02-01');
		await page.getByLabel('Prejemanje e-novic').check();
		await page.getByRole('button', { name: 'Dodaj osebo' }).click();
		await page.waitForURL(/\/app\/people\/[0-9a-f-]+\?created=1$/);
		personUrl = page.url().replace('?created=1', '');
		await expect(page.getByRole('status').innerText()).resolves.toBe('Oseba je dodana.');
		const affiliation = page.getByRole('row').filter({ hasText: 'Zavod Tri' });
		await expect(affiliation.innerText()).resolves.toMatch(/direktorica\s+1\. februar 2020\s+traja/);
		await expect(page.getByRole('row').filter({ hasText: 'Prejemanje e-novic' }).first().innerText()).resolves.toContain('soglasje dano');
		await page.context().close();
	});

	it('staff record a withdrawal, end an affiliation and add another; the list finds her without diacritics', async () => {
		const page = await signedInPage('staff@example.si');
		await page.goto(personUrl);
		await page.getByRole('button', { name: /^Zabeleži preklic\s*: Prejemanje e-novic$/ }).click();
		await expect(page.getByRole('status').innerText()).resolves.toBe('Zabeleženo: Prejemanje e-novic – soglasje preklicano.');
		const history = page.getByRole('table', { name: 'Zgodovina soglasij' });
		await expect(history.getByRole('row').allInnerTexts()).resolves.toEqual([
			expect.stringContaining('Kdaj'),
			expect.stringMatching(/Prejemanje e-novic\s+soglasje preklicano\s+obrazec/),
			expect.stringMatching(/Prejemanje e-novic\s+soglasje dano\s+obrazec/)
		]);

		await page.getByLabel('Zadnji dan povezave z organizacijo Zavod Tri').fill('2019-12-31');
		await page.getByRole('button', { name: /^Končaj\s*: Zavod Tri$/ }).click();
		await expect(page.locator('.error-summary').innerText()).resolves.toContain('Datum konca je pred datumom začetka.');
		await page.getByLabel('Zadnji dan povezave z organizacijo Zavod Tri').fill('2024-12-31');
		await page.getByRole('button', { name: /^Končaj\s*: Zavod Tri$/ }).click();
		await expect(page.getByRole('status').innerText()).resolves.toBe('Povezava z organizacijo je končana.');
		await page.getByLabel('Organizacija').fill('ljudmila');
		await page.getByLabel('Vloga').fill('prostovoljka');
		await page.getByRole('button', { name: 'Dodaj povezavo z organizacijo' }).click();
		await expect(page.getByRole('status').innerText()).resolves.toBe('Povezava z organizacijo je dodana.');
		await expect(page.getByRole('row').filter({ hasText: 'Zavod Tri' }).innerText()).resolves.toContain('31. december 2024');
		await page.screenshot({ path: `${screenshots}/people-person-staff.png`, fullPage: true });

		await page.getByRole('link', { name: 'Osebe', exact: true }).first().click();
		await page.getByLabel('Ime ali e-poštni naslov').fill('znidarsic');
		await page.getByLabel('Organizacija').fill('7654321');
		await page.getByRole('button', { name: 'Išči' }).click();
		await expect(page.getByRole('status').innerText()).resolves.toBe('Oseb v organizaciji LJUDMILA: 1');
		await expect(page.getByRole('row').nth(1).innerText()).resolves.toMatch(/Maja Žnidaršič\s+maja@tri\.si\s+041 123 456\s+LJUDMILA \(prostovoljka\)/);
		await page.screenshot({ path: `${screenshots}/people-list.png`, fullPage: true });
		await page.context().close();
	});

	it('a member editor adds people to their own organisation only and cannot open others', async () => {
		const page = await signedInPage('membereditor@example.si');
		await page.getByRole('link', { name: 'Osebe' }).click();
		await page.getByRole('link', { name: 'Dodaj osebo' }).click();
		await expect(page.getByLabel('Organizacija').evaluate((select: HTMLSelectElement) => [...select.options].map((option) => option.text))).resolves.toEqual([
			'Zavod Tri'
		]);
		await page.getByLabel('Ime in priimek').fill('Rok Tri');
		await page.getByRole('button', { name: 'Dodaj osebo' }).click();
		await page.waitForURL(/created=1$/);
		await page.goto(`${people.app.url}/app/people`);
		// Maja's affiliation with Zavod Tri has ended: she is no longer theirs to see
		await expect(page.getByRole('status').innerText()).resolves.toBe('Najdenih oseb: 1');
		await expect(mainText(page)).resolves.not.toContain('Maja');
		const refused = await page.goto(personUrl);
		expect(refused?.status()).toBe(403);
		await page.context().close();
	});

	it('a viewer sees no People link and is refused the pages', async () => {
		const page = await signedInPage('viewer@example.si');
		await expect(page.getByRole('link', { name: 'Osebe' }).count()).resolves.toBe(0);
		expect((await page.goto(`${people.app.url}/app/people`))?.status()).toBe(403);
		await page.context().close();
	});

	// axe runs in the page, so these pages are checked with JavaScript on
	it('axe finds no violation on a person’s page, its erase question, and a refused form', async () => {
		const page = await signedInPage('admin@example.si', true);
		for (const path of [personUrl, `${personUrl}?erase`]) {
			await page.goto(path);
			expect(await axeViolations(page)).toEqual([]);
		}
		await page.getByLabel('E-poštni naslov').fill('maja@');
		await page.getByRole('button', { name: 'Shrani spremembe' }).click();
		await expect(page.locator('.error-summary').innerText()).resolves.toContain('Vpišite e-poštni naslov');
		expect(await axeViolations(page)).toEqual([]);
		await page.goto(`${people.app.url}/app/people/new`);
		await page.getByRole('button', { name: 'Dodaj osebo' }).click();
		await expect(page.locator('.error-summary').innerText()).resolves.toContain('Vpišite ime in priimek');
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});

	it('an admin downloads the personal data and erases the person after a confirmation', async () => {
		const page = await signedInPage('admin@example.si');
		await page.goto(personUrl);
		const href = await page.getByRole('link', { name: 'Prenesi osebne podatke (JSON)' }).getAttribute('href');
		const download = await page.context().request.get(`${people.app.url}${href}`);
		expect(download.headers()['content-disposition']).toMatch(/^attachment; filename="person-[0-9a-f-]+\.json"$/);
		const exported = await download.json();
		expect(exported.person).toMatchObject({ name: 'Maja Žnidaršič', email: 'maja@tri.si' });
		expect(exported.affiliations.map((affiliation: { organisationName: string }) => affiliation.organisationName)).toEqual(['Zavod Tri', 'LJUDMILA']);
		expect(exported.consents.map((record: { granted: boolean }) => record.granted)).toEqual([true, false]);

		await page.getByRole('link', { name: 'Izbriši osebo' }).click();
		const question = page.getByRole('region', { name: 'Želite trajno izbrisati osebne podatke osebe Maja Žnidaršič?' });
		await expect(question.innerText()).resolves.toContain('Izbrisa ni mogoče razveljaviti.');
		await page.screenshot({ path: `${screenshots}/people-erase-confirm.png` });
		await question.getByRole('button', { name: 'Da, trajno izbriši' }).click();
		await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Izbrisana oseba');
		await expect(mainText(page)).resolves.toContain('Osebni podatki te osebe so bili izbrisani');
		await expect(mainText(page)).resolves.not.toMatch(/Maja|maja@tri\.si|041 123 456/);
		await expect(page.getByRole('button', { name: 'Shrani spremembe' }).count()).resolves.toBe(0);
		await expect(page.getByRole('link', { name: 'Izbriši osebo' }).count()).resolves.toBe(0);
		await page.screenshot({ path: `${screenshots}/people-erased.png`, fullPage: true });
		await page.context().close();
	});

	it.each(['/app/people', '/app/people/new', '/en/app/people'])('axe finds no WCAG 2 A/AA violation on %s with JavaScript', async (path) => {
		const page = await signedInPage('admin@example.si', true);
		await page.goto(`${people.app.url}${path}`);
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});
