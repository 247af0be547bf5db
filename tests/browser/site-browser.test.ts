import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from '../support/browser.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

let people: PeopleApp;
let browser: Browser;

beforeAll(async () => {
	[people, browser] = await Promise.all([startPeopleApp(), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await people?.app.close();
});

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('the platform’s own pages in Chromium', () => {
	it('the footer leads to the accessibility statement and privacy notice, accessible and fitting a phone, without JavaScript', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${people.app.url}/`);
		await page.getByRole('contentinfo').getByRole('link', { name: 'Izjava o dostopnosti' }).click();
		await page.waitForURL(`${people.app.url}/accessibility`);
		await expect(page.getByRole('heading', { level: 2, name: 'Izvršilni postopek' }).count()).resolves.toBe(1);
		await context.close();
		// axe runs in the page: with JavaScript
		const checking = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const checked = await checking.newPage();
		for (const path of ['/accessibility', '/en/privacy']) {
			await checked.goto(`${people.app.url}${path}`);
			const results = await new AxeBuilder({ page: checked }).withTags(wcag).analyze();
			expect(results.violations.map((violation) => violation.id)).toEqual([]);
			expect(await checked.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		}
		await checking.close();
	});

	it('platform admins edit the texts on a page axe finds no violation on', async () => {
		const page = await signedInPage(browser, people.app.url, await people.newSession('platformadmin@example.si'));
		await page.goto(`${people.app.url}/app/site`);
		const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
		expect(results.violations.map((violation) => violation.id)).toEqual([]);
		await page.getByLabel('E-poštni naslov za stike').fill('pisarna@sticisce.example.si');
		await page.getByRole('button', { name: 'Shrani' }).click();
		await expect(page.getByRole('status').innerText()).resolves.toContain('Besedila so shranjena.');
		await expect(page.getByRole('contentinfo').innerText()).resolves.toContain('pisarna@sticisce.example.si');
		await page.context().close();
	});
});
