import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from '../support/browser.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

// Grozd's staff write and publish a post on a phone without JavaScript; the public sees it on the
// space page and in the feed. Screenshots of the post pages at 1280 and 360 px.
let people: PeopleApp;
let browser: Browser;
const shots = process.env.SHOTS_DIR ?? 'test-results/screenshots';
const cover = join(tmpdir(), `posts-cover-${process.pid}.jpg`);

beforeAll(async () => {
	[people, browser] = await Promise.all([startPeopleApp(), launchBrowser()]);
	mkdirSync(shots, { recursive: true });
	writeFileSync(
		cover,
		await sharp({ create: { width: 1800, height: 1000, channels: 3, background: '#2b6a8f' } })
			.jpeg()
			.toBuffer()
	);
});
afterAll(async () => {
	await browser?.close();
	await people?.app.close();
});

describe('posts in Chromium', () => {
	it(
		'staff write, preview and publish a post without JavaScript at 360 px; the public sees it on the space page and in the feed',
		{ timeout: 240_000 },
		async () => {
			const page = await signedInPage(browser, people.app.url, people.cookies.staff!, { width: 360, javaScriptEnabled: false });
			const sideways = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
			await page.goto(`${people.app.url}/app/spaces/grozd/posts`);
			await page.getByRole('link', { name: 'Nova objava' }).click();
			// a title left out is named beside its field
			await page.getByRole('button', { name: 'Shrani osnutek' }).click();
			await expect(page.locator('#field-title\\.sl-error').innerText()).resolves.not.toBe('');

			await page.getByLabel('Naslov', { exact: true }).first().fill('Srečanje gorenjskih društev');
			await page.getByLabel('Povzetek').first().fill('Povabilo na jesensko srečanje.');
			await page.getByLabel('Besedilo').first().fill('Vabimo vas na **srečanje** društev.\n\n- pogovor\n- druženje');
			await page.getByLabel('Datum objave').fill('2. 11. 2026');
			await page.getByLabel('Oznake').fill('srečanje, društva');
			await page.getByLabel('Naslovna slika', { exact: true }).setInputFiles(cover);
			await page.getByLabel('Opis slike za slepe in slabovidne (Slovensko)').fill('Modra ploskev');
			await page.getByLabel('Avtor slike').fill('Grozd');
			await page.getByRole('button', { name: 'Predogled' }).click();
			await expect(page.locator('.preview strong').innerText()).resolves.toBe('srečanje');
			// the preview keeps what was typed (the file is chosen again, as browsers forget it)
			await page.getByLabel('Naslovna slika', { exact: true }).setInputFiles(cover);
			await page.getByRole('button', { name: 'Shrani osnutek' }).click();
			await page.waitForURL(/\/app\/spaces\/grozd\/posts\/[0-9a-f-]{36}\?saved=1/);
			await expect(page.getByText('Objava je shranjena.').count()).resolves.toBe(1);
			expect(await sideways()).toBe(false);
			await page.screenshot({ path: `${shots}/posts-edit-360.png`, fullPage: true });
			await page.getByRole('button', { name: 'Objavi' }).click();
			await expect(page.getByText('Objava je objavljena.').count()).resolves.toBe(1);
			await page.close();

			const visitor = await browser.newPage({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
			await visitor.goto(`${people.app.url}/spaces/grozd`);
			await visitor.getByRole('link', { name: 'Srečanje gorenjskih društev' }).click();
			await expect(visitor.locator('h1').innerText()).resolves.toBe('Srečanje gorenjskih društev');
			await expect(visitor.locator('figcaption').innerText()).resolves.toBe('Naslovna slika: Grozd');
			expect(await visitor.evaluate(() => (document.querySelector('.cover img') as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
			const feed = await (await fetch(`${people.app.url}/spaces/grozd/feed.xml`)).text();
			expect(feed).toContain('Srečanje gorenjskih društev');
			await visitor.close();
		}
	);

	it('shows the post page, the news, the space page and the edit form well at 1280 and 360 px', { timeout: 240_000 }, async () => {
		for (const width of [1280, 360]) {
			const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
			const sideways = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
			for (const [name, path] of [
				['post', '/spaces/nvo-vid/posts/dosezki-mreze-nvo-vid-v-letu-2021'],
				['news', '/news'],
				['space', '/spaces/grozd#posts']
			] as const) {
				await page.goto(`${people.app.url}${path}`);
				expect(await sideways()).toBe(false);
				expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id)).toEqual([]);
				await page.screenshot({ path: `${shots}/posts-${name}-${width}.png`, fullPage: name !== 'space' });
			}
			await page.close();
			const staff = await signedInPage(browser, people.app.url, people.cookies.staff!, { width });
			await staff.goto(`${people.app.url}/app/spaces/grozd/posts`);
			await staff.getByRole('link', { name: 'Poslanstvo regijskega stičišča Grozd NVO' }).click();
			expect((await new AxeBuilder({ page: staff }).analyze()).violations.map((violation) => violation.id)).toEqual([]);
			await staff.screenshot({ path: `${shots}/posts-edit-form-${width}.png`, fullPage: true });
			await staff.close();
		}
	});
});
