import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fixturePassword } from './people.ts';

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

/** A page of a new browser context, signed in to the back office as a fixture person (password `fixturePassword`). */
export async function signedInPage(
	browser: Browser,
	appUrl: string,
	email: string,
	options: { javaScriptEnabled?: boolean; width?: number; defaultTimeout?: number } = {}
): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1280, height: 900 } });
	if (options.defaultTimeout) context.setDefaultTimeout(options.defaultTimeout);
	const page = await context.newPage();
	await page.goto(`${appUrl}/app/sign-in`);
	await page.getByLabel('E-poštni naslov').fill(email);
	await page.getByLabel('Geslo').fill(fixturePassword);
	await page.getByRole('button', { name: 'Prijava' }).click();
	await page.waitForURL(`${appUrl}/app`);
	return page;
}
