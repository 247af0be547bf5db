import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from '../support/browser.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

// Grozd's activities in Chromium: the list and an activity's parts at 1280 and 360 px, with
// JavaScript (rows added in the browser) and checked by axe; no page scrolls sideways on a phone.
let people: PeopleApp;
let browser: Browser;
const shots = process.env.SHOTS_DIR ?? 'test-results/screenshots';

beforeAll(async () => {
	[people, browser] = await Promise.all([startPeopleApp(), launchBrowser()]);
	mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
	await people?.app.close();
});

describe('activities in the back office, in Chromium', () => {
	it('lists, opens and edits an activity at 1280 and 360 px without sideways scrolling', { timeout: 180_000 }, async () => {
		for (const width of [1280, 360]) {
			const page = await signedInPage(browser, people.app.url, people.cookies.staff!, { width });
			await page.goto(`${people.app.url}/app/spaces/grozd/activities`);
			await expect(page.locator('h1').innerText()).resolves.toBe('Dogodki in usposabljanja');
			const sideways = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
			expect(await sideways()).toBe(false);
			await page.screenshot({ path: `${shots}/activities-list-${width}.png`, fullPage: true });
			expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id)).toEqual([]);

			await page.getByRole('link', { name: 'Mreženjsko srečanje nevladnih organizacij Gorenjske' }).first().click();
			await expect(page.locator('h1').innerText()).resolves.toContain('Mreženjsko srečanje');
			expect(await sideways()).toBe(false);
			await page.screenshot({ path: `${shots}/activities-edit-basics-${width}.png`, fullPage: true });
			expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id)).toEqual([]);

			await page.getByRole('navigation', { name: 'Deli dogodka' }).getByRole('link', { name: 'Srečanja' }).click();
			await page.waitForURL(/section=sessions/);
			expect(await sideways()).toBe(false);
			await page.screenshot({ path: `${shots}/activities-edit-sessions-${width}.png`, fullPage: true });

			await page.goto(`${people.app.url}/app/spaces/grozd/activities/new`);
			expect(await sideways()).toBe(false);
			await page.screenshot({ path: `${shots}/activities-new-${width}.png`, fullPage: true });
			await page.close();
		}
	});
});
