import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser, type Route } from 'playwright-core';
import { loadConfig } from '../../config.ts';
import { logError } from '../../shared/log.ts';

/** How the app answers the printing browser's requests: in process, never over the network. */
export type PageFetch = (url: string) => Promise<Response>;

export class PrinterUnavailable extends Error {}
export class PrintTimedOut extends Error {}

export const printLimits = {
	/** One print is a page and its images; a minute means something is stuck. */
	printMs: 45_000,
	/** How long a request waits for the prints before it in line. */
	queueMs: 90_000,
	/** Chromium holds ~100 MB; it goes after a minute without work and comes back on the next print. */
	idleMs: 60_000
};

let browser: Promise<Browser> | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Chromium of @sparticuz/chromium (shipped in the npm package, like in the tests), or the one
 * CHROMIUM_PATH names. Only the flags a root user in a container needs are kept, and the ones
 * that stop it from calling home.
 */
async function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: loadConfig().chromiumPath ?? (await sparticuz.executablePath()),
		args: [
			'--no-sandbox',
			'--font-render-hinting=none',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-dev-shm-usage'
		],
		timeout: 30_000
	});
}

let closesOnShutdown = false;

function openBrowser(): Promise<Browser> {
	// an open browser would keep the server process alive after a shutdown until its idle minute ends
	if (!closesOnShutdown) process.once('sveltekit:shutdown', () => void closePrinter());
	closesOnShutdown = true;
	browser ??= launch().catch((error: unknown) => {
		browser = undefined;
		logError('Chromium could not start to print a PDF', error);
		throw new PrinterUnavailable((error as Error).message);
	});
	return browser;
}

/** Closes the browser (after an idle minute, on shutdown, and in tests). */
export async function closePrinter(): Promise<void> {
	clearTimeout(idleTimer);
	const open = browser;
	browser = undefined;
	await open?.then((opened) => opened.close()).catch(() => undefined);
}

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
	new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => reject(new PrintTimedOut(`no answer within ${ms} ms`)), ms);
		work.then(resolve, reject).finally(() => clearTimeout(timer));
	});

async function fulfilFromApp(route: Route, origin: string, fetchPage: PageFetch) {
	const url = route.request().url();
	// the page's own addresses only: a print never fetches anything from elsewhere
	if (new URL(url).origin !== origin || route.request().method() !== 'GET') return route.abort('blockedbyclient');
	const response = await fetchPage(url);
	await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) });
}

async function print(url: string, fetchPage: PageFetch): Promise<Buffer> {
	const opened = await openBrowser();
	// the page works without JavaScript; printing it without makes the print faster and its output plain HTML and CSS
	const context = await opened.newContext({ javaScriptEnabled: false });
	try {
		const origin = new URL(url).origin;
		await context.route('**/*', (route) => fulfilFromApp(route, origin, fetchPage).catch(() => route.abort('failed').catch(() => undefined)));
		const page = await context.newPage();
		const response = await page.goto(url, { waitUntil: 'load', timeout: printLimits.printMs });
		if (!response?.ok()) throw new Error(`the page answered ${response?.status()}`);
		await page.emulateMedia({ media: 'print' });
		// the page's print stylesheet sets its margins (@page)
		return await page.pdf({ format: 'A4', tagged: true, outline: true, printBackground: true, preferCSSPageSize: true });
	} finally {
		await context.close().catch(() => undefined);
	}
}

/**
 * A page of the app printed to a tagged PDF (with its headings as bookmarks) by Chromium. The
 * browser loads the page and its images through `fetchPage` (the app answering in process), so it
 * needs no route to the app's public address, which behind a proxy it may not have. One print at
 * a time (each holds a page's worth of memory); a request gives up after `queueMs` in line or
 * `printMs` printing, and the browser closes after an idle minute.
 */
export function printPdf(url: string, fetchPage: PageFetch): Promise<Buffer> {
	const waited = Date.now();
	const job = queue.then(async () => {
		clearTimeout(idleTimer);
		const left = printLimits.queueMs - (Date.now() - waited);
		if (left <= 0) throw new PrintTimedOut('waited too long in line');
		try {
			return await withTimeout(print(url, fetchPage), Math.min(printLimits.printMs, left));
		} catch (error) {
			// a stuck browser is not used again
			if (error instanceof PrintTimedOut) await closePrinter();
			throw error;
		} finally {
			idleTimer = setTimeout(() => void closePrinter(), printLimits.idleMs);
			idleTimer.unref();
		}
	});
	queue = job.catch(() => undefined);
	return job;
}
