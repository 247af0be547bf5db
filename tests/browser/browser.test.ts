import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { normalizeText } from '../support/page-text.ts';

let app: TestApp;
let browser: Browser;
const screenshots = 'test-results/screenshots';

beforeAll(async () => {
	[app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
	mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
	await app?.close();
});

const mainText = async (page: Page) => normalizeText(await page.locator('main').innerText());

async function withPage<T>(options: { javaScriptEnabled?: boolean; width?: number }, work: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
	const context = await browser.newContext({
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: options.width ?? 1280, height: 900 }
	});
	try {
		return await work(await context.newPage(), context);
	} finally {
		await context.close();
	}
}

describe('public pages in Chromium', () => {
	it('home page lists the spaces in Slovenian, and in English under /en', async () => {
		await withPage({}, async (page) => {
			await page.goto(`${app.url}/`);
			expect(await page.getAttribute('html', 'lang')).toBe('sl');
			await expect(page.locator('h1').innerText()).resolves.toBe('Stičišče – podporna okolja nevladnih organizacij');
			await expect(page.getByRole('link', { name: 'ISKRA – Stičišče NVO Istre in Krasa' }).count()).resolves.toBe(1);
			await page.screenshot({ path: `${screenshots}/home-sl.png`, fullPage: true });

			await page.goto(`${app.url}/en`);
			expect(await page.getAttribute('html', 'lang')).toBe('en');
			await expect(page.getByRole('heading', { name: 'Hubs and networks on the platform' }).count()).resolves.toBe(1);
			await expect(page.getByRole('link', { name: 'Grozd – hub of non-governmental organisations of the Gorenjska region' }).count()).resolves.toBe(1);
			await page.screenshot({ path: `${screenshots}/home-en.png`, fullPage: true });
		});
	});

	it('space page shows the profile, and the language switch keeps the page', async () => {
		await withPage({}, async (page) => {
			await page.goto(`${app.url}/spaces/iskra`);
			await expect(page.getByRole('heading', { level: 2, name: 'Vizija' }).count()).resolves.toBe(1);
			await expect(page.getByRole('heading', { level: 3, name: 'Zagovorništvo' }).count()).resolves.toBe(1);
			await expect(mainText(page)).resolves.toContain('Vrednost projekta 334.613,93 €');
			await page.screenshot({ path: `${screenshots}/iskra-sl.png`, fullPage: true });

			await page.getByRole('link', { name: /English/ }).click();
			await page.waitForURL(`${app.url}/en/spaces/iskra`);
			expect(await page.getAttribute('html', 'lang')).toBe('en');
			await expect(page.getByRole('heading', { level: 2, name: 'Vision' }).count()).resolves.toBe(1);
			await expect(mainText(page)).resolves.toContain('Total value €334,613.93');
			await expect(mainText(page)).resolves.toContain('Period 1 October 2019 - 30 September 2023');
			await page.screenshot({ path: `${screenshots}/iskra-en.png`, fullPage: true });

			await page.getByRole('link', { name: /Slovenščina/ }).click();
			await page.waitForURL(`${app.url}/spaces/iskra`);
			expect(await page.getAttribute('html', 'lang')).toBe('sl');
		});
	});

	it('works with JavaScript turned off: pages render and links navigate', async () => {
		await withPage({ javaScriptEnabled: false }, async (page) => {
			await page.goto(`${app.url}/`);
			await page.getByRole('link', { name: 'Grozd – stičišče nevladnih organizacij gorenjske regije' }).click();
			await page.waitForURL(`${app.url}/spaces/grozd`);
			await expect(page.getByRole('heading', { level: 2, name: 'Poslanstvo' }).count()).resolves.toBe(1);
			await page.getByRole('link', { name: /English/ }).click();
			await page.waitForURL(`${app.url}/en/spaces/grozd`);
			await expect(page.getByRole('heading', { level: 2, name: 'Mission' }).count()).resolves.toBe(1);
			await page.screenshot({ path: `${screenshots}/grozd-en-nojs.png`, fullPage: true });
		});
	});

	it('makes no request to any host but its own', async () => {
		await withPage({}, async (page) => {
			const requested: string[] = [];
			page.on('request', (request) => requested.push(request.url()));
			for (const path of ['/', '/spaces/grozd', '/en/spaces/nvo-vid']) {
				await page.goto(`${app.url}${path}`, { waitUntil: 'networkidle' });
			}
			expect(requested.length).toBeGreaterThan(3);
			expect(requested.filter((url) => !url.startsWith(app.url))).toEqual([]);
		});
	});

	it('starts keyboard navigation with a skip link that moves focus to the content', async () => {
		await withPage({}, async (page) => {
			await page.goto(`${app.url}/spaces/asociacija`);
			await page.keyboard.press('Tab');
			const focused = page.locator(':focus');
			await expect(focused.innerText()).resolves.toBe('Preskoči na vsebino');
			await page.keyboard.press('Enter');
			await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
		});
	});

	it('prints the content without navigation, with the addresses of links', async () => {
		await withPage({}, async (page) => {
			await page.goto(`${app.url}/spaces/grozd`);
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('navigation', { name: 'Na tej strani' }).isVisible()).resolves.toBe(false);
			await expect(page.locator('.site-header nav').isVisible()).resolves.toBe(false);
			const linkAfter = await page.locator('.content a[href="http://www.grozd.si/"]').evaluate((link) => getComputedStyle(link, '::after').content);
			expect(linkAfter).toContain('http://www.grozd.si/');
		});
	});

	it('fits a phone screen without sideways scrolling', async () => {
		await withPage({ width: 360 }, async (page) => {
			for (const path of ['/', '/spaces/nvo-vid']) {
				await page.goto(`${app.url}${path}`);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, path).toBeLessThanOrEqual(0);
			}
			await page.screenshot({ path: `${screenshots}/nvo-vid-phone.png`, fullPage: true });
		});
	});

	it.each(['/', '/en', '/spaces', '/spaces/grozd', '/en/spaces/grozd', '/spaces/nvo-vid', '/en/spaces/asociacija', '/spaces/nowhere'])(
		'axe finds no WCAG 2 A/AA violation on %s',
		async (path) => {
			await withPage({}, async (page) => {
				await page.goto(`${app.url}${path}`);
				const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
				const violations = results.violations.map((violation) => ({
					id: violation.id,
					nodes: violation.nodes.map((node) => node.target.join(' '))
				}));
				expect(violations).toEqual([]);
			});
		}
	);
});
