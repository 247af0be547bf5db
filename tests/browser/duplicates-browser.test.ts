import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage as signedInAt } from '../support/browser.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { seedDuplicates, type DuplicatesFixture } from '../support/seed-duplicates.ts';

const screenshots = 'test-results/screenshots';

describe('the duplicates page', () => {
	let people: PeopleApp;
	let browser: Browser;
	let fixture: DuplicatesFixture;

	beforeAll(async () => {
		[people, browser] = await Promise.all([
			startPeopleApp({
				afterSeeding: async (db) => {
					fixture = await seedDuplicates(db);
				}
			}),
			launchBrowser()
		]);
		mkdirSync(screenshots, { recursive: true });
	});
	afterAll(async () => {
		await browser?.close();
		await people?.app.close();
	});

	/** Without JavaScript unless asked (axe needs it): the confirmation step must work without it. */
	async function signedInPage(email: string, javaScriptEnabled = false): Promise<Page> {
		return signedInAt(browser, people.app.url, await people.newSession(email), { javaScriptEnabled });
	}

	it('is refused to a viewer and to someone not signed in', async () => {
		const viewer = await fetch(`${people.app.url}/app/organisations/duplicates`, { headers: { cookie: people.cookies.viewer!, accept: 'text/html' } });
		expect(viewer.status).toBe(403);
		const anonymous = await fetch(`${people.app.url}/app/organisations/duplicates`, { redirect: 'manual' });
		expect([303, 401]).toContain(anonymous.status);
	});

	it('shows the pairs side by side and merges one into the other after a confirmation', async () => {
		const page = await signedInPage('staff@example.si');
		await page.getByRole('link', { name: 'Podvojene organizacije' }).click();
		await page.waitForURL(`${people.app.url}/app/organisations/duplicates`);
		const pair = page.getByRole('listitem').filter({ hasText: 'Drustvo Brsljan' });
		const text = await pair.innerText();
		expect(text).toContain('enaka davčna številka; podobno ime v isti občini; ujemanje imen 100 %');
		expect(text).toContain('Društvo Bršljan Kranj');
		expect(text).toContain('info@brsljan.example');
		await page.screenshot({ path: `${screenshots}/duplicates.png`, fullPage: true });

		// which side each is on follows their ids; the link says which one stays
		await pair.getByRole('link', { name: /ohrani Društvo Bršljan Kranj/ }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Združiti »Drustvo Brsljan« v »Društvo Bršljan Kranj«?' }).isVisible()).resolves.toBe(true);
		await page.screenshot({ path: `${screenshots}/duplicates-confirm.png` });
		await page.getByRole('button', { name: 'Združi' }).click();
		await expect(page.getByRole('status').innerText()).resolves.toContain('»Drustvo Brsljan« je združena v »Društvo Bršljan Kranj«.');
		await expect(page.getByRole('listitem').filter({ hasText: 'Bršljan' }).count()).resolves.toBe(0);
		await page.context().close();
	});

	it('asks to confirm again when the registration numbers differ, and says why it refused', async () => {
		const page = await signedInPage('admin@example.si');
		await page.goto(`${people.app.url}/app/organisations/duplicates`);
		const pair = page.getByRole('listitem').filter({ hasText: 'Zavod Pegam Ljubljana' });
		await pair.getByRole('link', { name: /ohrani Zavod Pegam Ljubljana/ }).click();
		await page.getByRole('button', { name: 'Združi' }).click();
		await expect(page.locator('.error-summary').innerText()).resolves.toContain('različni matični številki');
		await page.getByLabel(/Matični številki se razlikujeta \(9100002 in 9100001\)/).check();
		await page.getByRole('button', { name: 'Združi' }).click();
		await expect(page.getByRole('status').innerText()).resolves.toContain('»Zavod Pegam« je združena v »Zavod Pegam Ljubljana«.');
		await page.context().close();
	});

	it('axe finds no WCAG 2 A/AA violation on the page', async () => {
		const page = await signedInPage('admin@example.si', true);
		await page.goto(`${people.app.url}/app/organisations/duplicates?keep=${fixture.sameTaxNumber[0]}&merge=${fixture.differentNumbers[1]}`);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
		await page.context().close();
	});
});
