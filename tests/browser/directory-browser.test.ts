import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { startDirectoryApp, type DirectoryFixture } from '../support/directory.ts';
import type { PeopleApp } from '../support/people-app.ts';

let app: PeopleApp & { directory: DirectoryFixture };
let browser: Browser;
const screenshots = 'test-results/screenshots';

beforeAll(async () => {
	[app, browser] = await Promise.all([startDirectoryApp(), launchBrowser()]);
	mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
	await app?.app.close();
});

/** A page that records Content-Security-Policy violations, as the browser reports them. */
async function openPage(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<{ page: Page; violations: string[] }> {
	const context = await browser.newContext({
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: options.width ?? 1280, height: 900 }
	});
	const page = await context.newPage();
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	await page.goto(`${app.app.url}${path}`);
	return { page, violations };
}

const resultNames = (page: Page) => page.locator('.org-result-name').allInnerTexts();

describe('the directory in Chromium', () => {
	it('updates the results as one types "sticisce", keeping focus and announcing the count', async () => {
		const { page, violations } = await openPage('/organisations');
		await expect(resultNames(page)).resolves.toHaveLength(20);
		const historyBefore = await page.evaluate(() => history.length);
		const box = page.getByLabel('Iskanje po imenu, kraju ali matični številki');
		await box.click();
		await box.pressSequentially('sticisce', { delay: 40 });
		await page.waitForURL(/\?q=sticisce$/);
		await expect.poll(() => resultNames(page)).toEqual(['Zavod Stičišče – središče nevladnih organizacij']);
		await expect.poll(() => page.getByRole('status').innerText()).toBe('Število zadetkov: 1');
		await expect(box.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
		await expect(box.inputValue()).resolves.toBe('sticisce');
		// the address was replaced, not added to: back leaves the directory
		await expect(page.evaluate(() => history.length)).resolves.toBe(historyBefore);
		expect(violations).toEqual([]);
		await page.context().close();
	});

	it('narrows by a facet with JavaScript and keeps the search; the route announcer stays hidden', async () => {
		const { page, violations } = await openPage('/organisations?q=drustvo');
		await page.getByRole('link', { name: /^Gorenjska/ }).click();
		await page.waitForURL(/\?q=drustvo&region=SI042$/);
		await expect(page.locator('#svelte-announcer').evaluate((element) => getComputedStyle(element).position)).resolves.toBe('absolute');
		expect(violations).toEqual([]);
		const names = await resultNames(page);
		expect(names.length).toBeGreaterThan(0);
		for (const name of names) expect(name).toMatch(/(Kranj|Jesenice)/);
		await expect(page.getByLabel('Iskanje po imenu, kraju ali matični številki').inputValue()).resolves.toBe('drustvo');
		await page.context().close();
	});

	it('searches with the plain form when JavaScript is off', async () => {
		const { page } = await openPage('/organisations?region=SI042', { javaScriptEnabled: false });
		await page.getByLabel('Iskanje po imenu, kraju ali matični številki').fill('Stičišče');
		await page.getByRole('button', { name: 'Išči' }).click();
		await page.waitForURL(/\?q=Sti%C4%8Di%C5%A1%C4%8De&region=SI042$/);
		await expect(resultNames(page)).resolves.toEqual(['Zavod Stičišče – središče nevladnih organizacij']);
		await page.context().close();
	});

	it('opens an organisation’s page from the results; its JSON-LD is not blocked and parses', async () => {
		const { page, violations } = await openPage('/organisations?q=sticisce');
		await page.getByRole('link', { name: 'Zavod Stičišče – središče nevladnih organizacij' }).click();
		await page.waitForURL(`${app.app.url}/organisations/${app.directory.hubId}`);
		await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Zavod Stičišče – središče nevladnih organizacij');
		const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
		expect(JSON.parse(jsonLd!)).toMatchObject({ '@type': 'NGO', name: 'Zavod Stičišče – središče nevladnih organizacij' });
		expect(violations).toEqual([]);
		await page.context().close();

		// loaded directly, as a document without JavaScript
		const direct = await openPage(`/organisations/${app.directory.hubId}`);
		await expect(direct.page.locator('script[src]').count()).resolves.toBe(0);
		expect(JSON.parse((await direct.page.locator('script[type="application/ld+json"]').textContent())!)).toMatchObject({ '@type': 'NGO' });
		expect(direct.violations).toEqual([]);
		await direct.page.context().close();
	});
});

describe('accessibility and looks', () => {
	it.each([
		'/organisations',
		'/organisations?q=drustvo&region=SI042&page=1',
		'/en/organisations?legalForm=association&page=2',
		'/organisations?q=nobody-has-this-name'
	])('axe finds no WCAG 2 A/AA violation on %s', async (path) => {
		const { page } = await openPage(path);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
		await page.context().close();
	});

	it('axe finds no violation on an organisation’s page, with the facets opened', async () => {
		for (const path of [`/organisations/${app.directory.hubId}`, `/en/organisations/${app.directory.hubId}`]) {
			const { page } = await openPage(path);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			expect(results.violations.map((violation) => violation.id)).toEqual([]);
			await page.context().close();
		}
		const { page } = await openPage('/organisations');
		await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((violation) => violation.id)).toEqual([]);
		await page.context().close();
	});

	it.each([
		['sl', 1280],
		['sl', 360],
		['en', 1280],
		['en', 360]
	] as const)('screenshots in %s at %i px', async (locale, width) => {
		const prefix = locale === 'en' ? '/en' : '';
		const directory = await openPage(`${prefix}/organisations?q=drustvo&region=SI042`, { width, javaScriptEnabled: false });
		await directory.page.screenshot({ path: `${screenshots}/directory-${locale}-${width}.png`, fullPage: true });
		await directory.page.context().close();
		const secondPage = await openPage(`${prefix}/organisations?page=2`, { width, javaScriptEnabled: false });
		await secondPage.page.screenshot({ path: `${screenshots}/directory-page-2-${locale}-${width}.png`, fullPage: true });
		await secondPage.page.context().close();
		const organisation = await openPage(`${prefix}/organisations/${app.directory.hubId}`, { width, javaScriptEnabled: false });
		await organisation.page.screenshot({ path: `${screenshots}/organisation-${locale}-${width}.png`, fullPage: true });
		await organisation.page.context().close();
	});
});
