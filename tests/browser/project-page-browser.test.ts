import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/lib/server/db/client.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { getProject } from '../../src/lib/server/projects/details/project-details.usecases.ts';
import { createIndicator, enterActual, stepActual } from '../../src/lib/server/projects/indicators/indicators.usecases.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';
import { startTestApp, type TestApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';

let app: TestApp;
let browser: Browser;
const screenshots = 'test-results/screenshots';
const path = '/spaces/nvo-vid/projects/pro-nvo-vid';
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

beforeAll(async () => {
	[app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
	mkdirSync(screenshots, { recursive: true });
	// an indicator with an approved figure, so the page draws its chart and table
	const database = openPostgres({ url: app.databaseUrl, max: 1 });
	try {
		const { db } = database;
		const context = { actor: cliActor, source: 'cli' } as const;
		const { id: projectId } = await getProject({ db, actor: cliActor, which: { space: await findSpaceRef(db, 'nvo-vid'), slug: 'pro-nvo-vid' } });
		const indicator = await createIndicator({
			db,
			context,
			projectId,
			input: {
				name: { sl: 'Udeleženci spletnih delavnic', en: 'Online workshop participants' },
				unit: 'udeležencev',
				target: 30,
				measure: 'cumulative',
				every: 'quarter'
			}
		});
		const scope = { db, context, projectId, indicatorId: indicator.id };
		for (const [periodStartsOn, value] of [
			['2019-01-01', 12],
			['2019-07-01', 22]
		] as const) {
			const actual = await enterActual({ ...scope, input: { periodStartsOn, value } });
			await stepActual({ ...scope, actualId: actual.id, input: { status: 'submitted' } });
			await stepActual({ ...scope, actualId: actual.id, input: { status: 'approved' } });
		}
	} finally {
		await database.close();
	}
});
afterAll(async () => {
	await browser?.close();
	await app?.close();
});

async function open(width: number, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
	const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
	const page = await context.newPage();
	await page.goto(`${app.url}${path}`);
	return page;
}

const visible = (page: Page, selector: string) => page.locator(selector).evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).display !== 'none'));

describe("PRO-NVO-VID's page", () => {
	it('has no violations axe finds, on a wide screen and a 360 px phone, and no sideways scrolling', async () => {
		for (const width of [1280, 360]) {
			const page = await open(width);
			const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
			expect(results.violations.map((violation) => violation.id)).toEqual([]);
			const wide = await page.evaluate(
				(limit) =>
					[...document.querySelectorAll('main *')]
						.filter((node) => node.getBoundingClientRect().right > limit + 1)
						.slice(0, 5)
						.map((node) => `${node.tagName}.${node.className} ${Math.round(node.getBoundingClientRect().right)}`),
				width
			);
			expect(wide).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			await expect(page.getByRole('img', { name: /Udeleženci spletnih delavnic/ }).count()).resolves.toBe(1);
			await page.screenshot({ path: `${screenshots}/project-page-${width}.png`, fullPage: true });
			await page.context().close();
		}
	}, 120_000);

	it('leads from the contents to a section and back, without JavaScript', async () => {
		const page = await open(360, { javaScriptEnabled: false });
		await page.getByRole('navigation', { name: 'Kazalo' }).getByRole('link', { name: 'Finančna vrednost projekta' }).click();
		expect(new URL(page.url()).hash).toBe('#money');
		await page.locator('#money ~ .back-to-contents a, section[aria-labelledby="money"] .back-to-contents a').first().click();
		expect(new URL(page.url()).hash).toBe('#contents');
		await page.context().close();
	});

	it('prints as a report: no navigation, footer, skip link or back-to-contents links; the contents, chart and table kept', async () => {
		for (const width of [1280, 360]) {
			const page = await open(width);
			await page.emulateMedia({ media: 'print' });
			expect(await visible(page, '.site-header nav')).toEqual([false]);
			expect(await visible(page, '.site-footer')).toEqual([false]);
			expect(await visible(page, '.skip-link')).toEqual([false]);
			const backLinks = await visible(page, '.back-to-contents');
			expect(backLinks.length).toBeGreaterThan(5);
			expect(backLinks.every((shown) => !shown)).toBe(true);
			expect(await visible(page, '#contents')).toEqual([true]);
			// every indicator's chart and table print (the demo's and the one this test adds)
			expect(await visible(page, '.indicator-progress svg')).toEqual(Array(await page.locator('.indicator').count()).fill(true));
			expect(await visible(page, '.indicator-progress table')).toEqual(Array(await page.locator('.indicator').count()).fill(true));
			// a chart and its table are not split across pages, nor a heading left at a page's foot
			expect(
				await page
					.locator('.indicator')
					.first()
					.evaluate((node) => getComputedStyle(node).breakInside)
			).toBe('avoid');
			expect(await page.locator('h2#money').evaluate((node) => getComputedStyle(node).breakAfter)).toBe('avoid');
			await page.screenshot({ path: `${screenshots}/project-page-print-${width}.png`, fullPage: true });
			if (width === 1280) await page.pdf({ path: `${screenshots}/project-page.pdf`, format: 'A4', printBackground: true });
			await page.context().close();
		}
	});
});
