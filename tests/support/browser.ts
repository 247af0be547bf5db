import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';

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
