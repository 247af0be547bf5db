import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fixturePassword } from './people.ts';
import { browserCookie } from './sessions.ts';

/**
 * Headless Chromium from the @sparticuz/chromium npm package: a fresh machine needs no browser
 * download. Its default flags are made for serverless hosts (one process, web security off), so
 * only the ones a root user in a container needs are kept; the rest keep Chromium from calling
 * home, which this machine's network refuses.
 */
export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: await sparticuz.executablePath(),
		args: [
			'--no-sandbox',
			'--use-gl=angle',
			'--use-angle=swiftshader',
			'--font-render-hinting=none',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
}

type PageOptions = { javaScriptEnabled?: boolean; width?: number; defaultTimeout?: number };

async function newPage(browser: Browser, options: PageOptions): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1280, height: 900 } });
	if (options.defaultTimeout) context.setDefaultTimeout(options.defaultTimeout);
	return context.newPage();
}

/**
 * A page of a new browser context with a session cookie (a minted one, see sessions.ts), open at
 * the back office's start page.
 */
export async function signedInPage(browser: Browser, appUrl: string, cookie: string, options: PageOptions = {}): Promise<Page> {
	const page = await newPage(browser, options);
	await page.context().addCookies([browserCookie(cookie, appUrl)]);
	await page.goto(`${appUrl}/app`);
	if (new URL(page.url()).pathname !== '/app') throw new Error(`the session was not accepted: ${page.url()}`);
	return page;
}

/** A page of a new browser context, signed in through the sign-in form as a fixture person (password `fixturePassword`). */
export async function signInThroughForm(browser: Browser, appUrl: string, email: string, options: PageOptions = {}): Promise<Page> {
	const page = await newPage(browser, options);
	await page.goto(`${appUrl}/app/sign-in`);
	await page.getByLabel('E-poštni naslov').fill(email);
	await page.getByLabel('Geslo').fill(fixturePassword);
	await page.getByRole('button', { name: 'Prijava' }).click();
	await page.waitForURL(`${appUrl}/app`);
	return page;
}
