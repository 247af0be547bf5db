import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCommentSubject } from '../../src/lib/server/comments/comment-subjects.ts';
import { launchBrowser, signedInPage } from '../support/browser.ts';
import { tabTo } from '../support/keyboard.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

// A visitor comments on a phone with the keyboard alone; staff approve the comment in the queue.
let people: PeopleApp;
let browser: Browser;
const screenshots = process.env.SHOTS_DIR ?? 'test-results/screenshots';
const subjectPath = '/comments/test_post/letni-zbor';

beforeAll(async () => {
	[people, browser] = await Promise.all([startPeopleApp(), launchBrowser()]);
	// a subject of the test's own (no module declares one on this branch); its page is the comments' own
	addCommentSubject({
		kind: 'test_post',
		find: async (_db, id) =>
			id === 'letni-zbor'
				? {
						spaceId: people.fixture.spaceId,
						title: 'Letni zbor mreže NVO-VID, 21. decembra 2021',
						url: subjectPath,
						authorEmail: null,
						authorLocale: 'sl',
						open: true
					}
				: null
	});
	mkdirSync(screenshots, { recursive: true });
}, 120_000);
afterAll(async () => {
	await browser?.close();
	await people?.app.close();
});

async function shoot(page: Page, name: string) {
	await page.screenshot({ path: `${screenshots}/comments-${name}.png`, fullPage: true });
}

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

describe('commenting with the keyboard alone, and moderating', () => {
	it('takes a comment at 360 px by keyboard, keeps it through a mistake, and holds it for approval', async () => {
		const wide = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
		await wide.goto(`${people.app.url}${subjectPath}`);
		await shoot(wide, 'form-1280');
		await wide.context().close();

		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		await page.goto(`${people.app.url}${subjectPath}`);
		await shoot(page, 'form-360');
		await expectNoAxeViolations(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

		await tabTo(page, page.getByLabel('Ime *'));
		await page.keyboard.type('Mojca Kovač');
		await page.keyboard.press('Tab');
		await page.keyboard.type('mojca@');
		await page.keyboard.press('Tab');
		await page.keyboard.type('Hvala za zapisnik zbora.');
		await page.keyboard.press('Tab');
		// the hidden trap field is skipped: the next stop is the button
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Pošlji komentar');
		await page.keyboard.press('Enter');
		await page.waitForSelector('.error-summary');
		await shoot(page, 'errors-360');
		expect(await page.getByLabel('Komentar *').inputValue()).toBe('Hvala za zapisnik zbora.');
		await expectNoAxeViolations(page);

		await page.getByRole('link', { name: 'Vpišite e-poštni naslov v obliki ime@primer.si.' }).press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-email');
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.type('mojca@example.si');
		await page.waitForTimeout(3200);
		await tabTo(page, page.getByRole('button', { name: 'Pošlji komentar' }));
		await page.keyboard.press('Enter');
		await page.waitForURL(/comment=held/);
		await expect.poll(() => page.getByRole('status').textContent()).toContain('Objavljen bo, ko ga pregleda ekipa');
		await shoot(page, 'sent-360');
		await context.close();
	});

	it('lets staff approve it in the queue, after which it shows', async () => {
		for (const width of [1280, 360]) {
			const page = await signedInPage(browser, people.app.url, people.cookies.staff!, { width });
			await page.goto(`${people.app.url}/app/spaces/grozd/comments`);
			await shoot(page, `queue-${width}`);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			await expectNoAxeViolations(page);
			await page.context().close();
		}
		const page = await signedInPage(browser, people.app.url, people.cookies.staff!, { width: 360 });
		await page.goto(`${people.app.url}/app/spaces/grozd/comments`);
		await page.getByRole('checkbox', { name: /Mojca Kovač/ }).check();
		await page.getByRole('group', { name: 'Z izbranimi komentarji' }).getByRole('button', { name: 'Odobri' }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toContain('1 komentar je zdaj: objavljen.');
		await shoot(page, 'queue-approved-360');
		await page.goto(`${people.app.url}${subjectPath}`);
		expect(await page.getByRole('article', { name: /Mojca Kovač/ }).textContent()).toContain('Hvala za zapisnik zbora.');
		await shoot(page, 'published-360');
		await page.context().close();
	});
});
