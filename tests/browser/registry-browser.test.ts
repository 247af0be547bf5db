import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage as signedInAt } from '../support/browser.ts';
import { startRegistryApp, type RegistryApp } from '../support/registry-app.ts';

let registry: RegistryApp;
let browser: Browser;
const screenshots = 'test-results/screenshots';
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

beforeAll(async () => {
	[registry, browser] = await Promise.all([startRegistryApp(), launchBrowser()]);
	mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
	await registry?.app.close();
});

async function signedInPage(email: string, options: { width?: number } = {}): Promise<Page> {
	return signedInAt(browser, registry.app.url, await registry.newSession(email), options);
}

async function violations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
	return results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
}

describe('organisation editor in Chromium', () => {
	it('a member editor finds their organisation, fixes a refused website, saves, uploads a logo; axe finds nothing', async () => {
		// with JavaScript: fields of work in the searchable list, rows added in the page
		const page = await signedInPage('membereditor@example.si');
		await page.getByRole('link', { name: /Uredite profil svoje organizacije/ }).click();
		await page.waitForURL(`${registry.app.url}/app/organisations/${registry.organisations.own}`);
		// a field of work is found by typing part of its name and chosen with Enter; the search field
		// is there once the page's script runs, and typing starts after it (so hydration overwrites nothing)
		const fields = page.getByRole('combobox', { name: /Poiščite in dodajte/ });
		await fields.waitFor();
		await page.getByLabel('Spletna stran').fill('zavod-tri.si');
		await fields.fill('kult');
		// (waits: the list and the chip appear as the page's script answers)
		await page.getByRole('option', { name: 'Kultura' }).waitFor();
		await fields.press('Enter');
		await page.getByRole('button', { name: 'Odstrani: Kultura' }).waitFor();
		await page.getByRole('button', { name: /^Dodaj vrstico\s*: Status delovanja v javnem interesu$/ }).click();
		const status = page.getByRole('group', { name: 'Status 1' });
		await status.getByLabel('Področje').selectOption({ label: 'Kultura' });
		await status.getByLabel('Datum odločbe').fill('30. 6. 2021');
		await page.getByLabel('Drugo ime 1').fill('Zavod 3');
		await page.getByRole('button', { name: 'Shrani spremembe' }).click();
		const summary = page.locator('.error-summary');
		await expect(summary.innerText()).resolves.toContain('Spletna stran: Vpišite spletni naslov v obliki https://www.domena.si.');
		await expect(page.getByLabel('Spletna stran').getAttribute('aria-invalid')).resolves.toBe('true');
		await expect(page.getByLabel('Drugo ime 1').inputValue()).resolves.toBe('Zavod 3');
		expect(await violations(page)).toEqual([]);
		await page.screenshot({ path: `${screenshots}/organisation-editor-error.png`, fullPage: true });

		await fields.waitFor();
		await page.getByLabel('Spletna stran').fill('https://zavod-tri.si');
		await page.getByRole('button', { name: 'Shrani spremembe' }).click();
		await expect(page.getByRole('status').innerText()).resolves.toContain('Spremembe so shranjene.');
		await page.getByRole('button', { name: 'Odstrani: Kultura' }).waitFor();
		await expect(status.getByLabel('Datum odločbe').inputValue()).resolves.toBe('30. 6. 2021');
		await expect(page.getByLabel('Drugo ime 1').inputValue()).resolves.toBe('Zavod 3');
		await expect(page.getByLabel('Drugo ime 2').count()).resolves.toBe(0);

		await page.getByLabel('Slikovna datoteka z logotipom').setInputFiles('tests/fixtures/logos/logo.png');
		await page.getByRole('button', { name: 'Naloži logotip' }).click();
		await expect(page.getByRole('status').innerText()).resolves.toContain('Logotip je naložen.');
		await expect(
			page.getByRole('img', { name: /Logotip: Zavod Tri/ }).evaluate(async (image: HTMLImageElement) => (await image.decode(), image.naturalWidth))
		).resolves.toBe(64);
		expect(await violations(page)).toEqual([]);
		await page.screenshot({ path: `${screenshots}/organisation-editor.png`, fullPage: true });
		await page.context().close();
		// two saves, an upload, two axe runs and two full-page screenshots: some 25 s on a busy two-core machine
	}, 60_000);

	it.each([
		['/app/organisations/new', 'staff@example.si', 'organisation-new'],
		['/en/app/organisations/new', 'staff@example.si', 'organisation-new-en'],
		['/app/spaces/grozd/members?find=drus', 'staff@example.si', 'members'],
		['/en/app/spaces/grozd/members', 'staff@example.si', 'members-en'],
		['/app/fields', 'platformadmin@example.si', 'fields'],
		['/app/spaces/grozd/team', 'admin@example.si', 'team-member-editor']
	])('axe finds no violation on %s', async (path, email, shot) => {
		const page = await signedInPage(email);
		await page.goto(`${registry.app.url}${path}`);
		expect(await violations(page)).toEqual([]);
		await page.screenshot({ path: `${screenshots}/${shot}.png`, fullPage: true });
		await page.context().close();
	});

	it.each([
		['/app/spaces/grozd/members', 'staff@example.si', 'members-360'],
		['/en/app/organisations/new', 'staff@example.si', 'organisation-new-en-360']
	])('works on a 360 px phone: %s', async (path, email, shot) => {
		const page = await signedInPage(email, { width: 360 });
		await page.goto(`${registry.app.url}${path}`);
		// the page itself never scrolls sideways; wide tables scroll in their own region
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
		expect(await violations(page)).toEqual([]);
		await page.screenshot({ path: `${screenshots}/${shot}.png`, fullPage: true });
		await page.context().close();
	});
});

describe('members by region on the space page', () => {
	it.each([
		['/spaces/grozd', 1280, 'space-members-chart'],
		['/en/spaces/grozd', 1280, 'space-members-chart-en'],
		['/spaces/grozd', 360, 'space-members-chart-360']
	])('%s at %i px: chart and table, axe clean', async (path, width, shot) => {
		const context = await browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${registry.app.url}${path}`);
		const chart = page.getByRole('img', { name: /Članice po regijah|Members by region/ });
		await expect(chart.count()).resolves.toBe(1);
		await expect(page.getByRole('table', { name: /Število članic po regijah|Number of members by region/ }).count()).resolves.toBe(1);
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
		expect(await violations(page)).toEqual([]);
		await page.locator('#members').scrollIntoViewIfNeeded();
		await page.locator('section[aria-labelledby="members"]').screenshot({ path: `${screenshots}/${shot}.png` });
		await context.close();
	});
});
