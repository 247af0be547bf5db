import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller } from '../support/api-call.ts';
import { launchBrowser, signedInPage } from '../support/browser.ts';
import { activate, typeInto } from '../support/keyboard.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

let people: PeopleApp;
let browser: Browser;
const screenshots = process.env.SHOTS_DIR ?? 'test-results/screenshots';

beforeAll(async () => {
	[people, browser] = await Promise.all([startPeopleApp(), launchBrowser()]);
	mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
	await people?.app.close();
});

const call = apiCaller(() => people);
const grozdProject = async () =>
	(await call('/spaces/grozd/projects')).body.items.find((project: { slug: string }) => project.slug === 'grozd-nvo').id as string;
const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const axeViolations = async (page: Page) =>
	(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((violation) => violation.id);

describe("a project's objectives on a 360 px phone, with the keyboard alone and no JavaScript", () => {
	it('adds a general objective with results and a specific one, saves it, and never scrolls sideways', async () => {
		const id = await grozdProject();
		const page = await signedInPage(browser, people.app.url, people.cookies.staff!, { javaScriptEnabled: false, width: 360 });
		await page.goto(`${people.app.url}/app/spaces/grozd/projects/${id}`);
		expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
		await activate(page, page.getByRole('link', { name: 'Osnovni podatki in vsebina' }));
		await activate(page, page.getByRole('link', { name: 'Cilji in rezultati' }));

		const general = page.getByRole('group', { name: 'Splošni cilj 1' });
		await typeInto(page, general.getByRole('group', { name: 'Cilj', exact: true }).getByLabel('slovensko'), 'Močnejše NVO Gorenjske');
		await typeInto(page, general.getByRole('group', { name: 'Rezultati, en v vsaki vrstici' }).getByLabel('slovensko'), '12 usposabljanj');
		await page.keyboard.press('Enter');
		await page.keyboard.type('3 posveti');
		await activate(page, page.getByRole('button', { name: /^Dodaj vrstico\s*: Specifični cilji splošnega cilja 1$/ }));
		const specific = page.getByRole('group', { name: 'Specifični cilj 1.1' });
		await typeInto(page, specific.getByRole('group', { name: 'Cilj', exact: true }).getByLabel('slovensko'), 'Več prostovoljcev');
		expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
		await page.screenshot({ path: `${screenshots}/project-admin-objectives-360.png`, fullPage: true });
		await activate(page, page.getByRole('button', { name: 'Shrani ta del' }).last());

		await expect(page.getByText('Shranjeno: Cilji in rezultati.')).toBeDefined();
		expect(await page.locator('.notice, [role="status"]').first().innerText()).toContain('Shranjeno: Cilji in rezultati.');
		expect((await call(`/projects/${id}`)).body.objectives).toMatchObject([
			{
				title: { sl: 'Močnejše NVO Gorenjske' },
				results: [{ sl: '12 usposabljanj' }, { sl: '3 posveti' }],
				objectives: [{ title: { sl: 'Več prostovoljcev' } }]
			}
		]);
	}, 180_000);
});

describe("the project's back-office pages", () => {
	it('fit 360 px and pass axe, and are drawn at 1280 and 360 px', async () => {
		const id = await grozdProject();
		const base = `/app/spaces/grozd/projects/${id}`;
		const pages = {
			list: '/app/spaces/grozd/projects',
			overview: base,
			basics: `${base}/edit?section=basics`,
			texts: `${base}/edit?section=texts`,
			objectives: `${base}/edit?section=objectives`,
			strands: `${base}/edit?section=strands`,
			links: `${base}/edit?section=links`,
			contact: `${base}/edit?section=contact`,
			duplicate: `${base}/duplicate`
		};
		for (const width of [1280, 360]) {
			const page = await signedInPage(browser, people.app.url, people.cookies.staff!, { width });
			for (const [name, path] of Object.entries(pages)) {
				await page.goto(`${people.app.url}${path}`);
				await page.screenshot({ path: `${screenshots}/project-admin-${name}-${width}.png`, fullPage: true });
				if (width === 360) {
					expect({ name, width: await scrollWidth(page) }).toEqual({ name, width: 360 });
					expect({ name, violations: await axeViolations(page) }).toEqual({ name, violations: [] });
				}
			}
			// a refused part, its mistakes beside their fields
			await page.goto(`${people.app.url}${pages.basics}`);
			await page.getByLabel('Naslov strani').fill('Ni Dobro');
			await page.getByLabel('Konec (neobvezno)').fill('31. 2. 2020');
			await page.getByRole('button', { name: 'Shrani ta del' }).last().click();
			await page.locator('#field-slug-error').waitFor();
			await page.screenshot({ path: `${screenshots}/project-admin-basics-errors-${width}.png`, fullPage: true });
			expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
			await page.context().close();
		}
	}, 180_000);
});
