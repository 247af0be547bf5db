import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from '../support/browser.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

let people: PeopleApp;
let browser: Browser;
const screenshots = 'test-results/screenshots';

beforeAll(async () => {
	[people, browser] = await Promise.all([startPeopleApp(), launchBrowser()]);
	mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
	await people?.app.close();
});

const fitsTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function axeViolations(page: Page, path: string) {
	await page.goto(`${people.app.url}${path}`);
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	return results.violations.map((violation) => violation.id);
}

describe('a new space on a 360 px phone without JavaScript', () => {
	it('is created by a platform admin, the mistakes told beside their fields, and opens on its first steps', async () => {
		const page = await signedInPage(browser, people.app.url, people.cookies.platformAdmin!, { javaScriptEnabled: false, width: 360 });
		await page.getByRole('link', { name: 'Prostori' }).click();
		await page.getByRole('link', { name: 'Nov prostor' }).click();
		await page.getByLabel('Naslov v povezavi').fill('Bela Krajina');
		await page.getByRole('button', { name: 'Ustvari prostor' }).click();

		await expect(page.locator('.error-summary').innerText()).resolves.toContain('Vpišite ime prostora.');
		const slug = page.getByLabel('Naslov v povezavi');
		await expect(slug.getAttribute('aria-invalid')).resolves.toBe('true');
		await expect(page.locator('#field-slug-error').innerText()).resolves.toContain('Vpišite naslov iz malih črk');
		await expect(slug.inputValue()).resolves.toBe('Bela Krajina');
		await expect(fitsTheScreen(page)).resolves.toBeLessThanOrEqual(360);
		await page.screenshot({ path: `${screenshots}/space-new-errors-360.png`, fullPage: true });

		await page.getByLabel('Ime', { exact: true }).fill('Stičišče Bela krajina');
		await slug.fill('bela-krajina');
		await page.getByLabel('Regija').selectOption({ label: 'Jugovzhodna Slovenija' });
		await page.getByLabel('E-naslov prvega skrbnika (ni obvezno)').fill('vodja@belakrajina.si');
		await page.getByRole('button', { name: 'Ustvari prostor' }).click();

		await page.waitForURL(`${people.app.url}/app/spaces/bela-krajina?created=invited`);
		await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Stičišče Bela krajina');
		const steps = page.getByRole('region', { name: 'Prvi koraki' });
		await expect(steps.getByRole('listitem').count()).resolves.toBe(4);
		await expect(steps.getByRole('link', { name: 'Izpolnite profil, vsaj poslanstvo' }).getAttribute('href')).resolves.toBe('/app/spaces/bela-krajina/profile');
		await expect(fitsTheScreen(page)).resolves.toBeLessThanOrEqual(360);
		await page.screenshot({ path: `${screenshots}/space-dashboard-360.png`, fullPage: true });
		await page.context().close();
	});

	it('gives axe nothing to find on the new-space form, the dashboard and the settings', async () => {
		// JavaScript is on only for axe
		const page = await signedInPage(browser, people.app.url, people.cookies.platformAdmin!, { width: 360 });
		for (const path of ['/app/spaces/new', '/app/spaces/grozd', '/app/spaces/grozd/settings?archive', '/en/app/spaces']) {
			expect([path, await axeViolations(page, path)]).toEqual([path, []]);
		}
		await page.context().close();
	});
});
