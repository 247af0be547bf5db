import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from '../support/browser.ts';
import { startRegistryPeopleApp, type RegistryPeopleApp } from '../support/registry-people-app.ts';

// WCAG 2.2 SC 2.4.11 (focus not obscured): Tab through every back-office form, at a desktop and a
// phone width, and check that each element that takes the focus is in the window and not under
// anything else (a sticky save bar): the element found at the centre of the focused one is itself
// or inside it.

let app: RegistryPeopleApp;
let browser: Browser;
let personId: string;

beforeAll(async () => {
	[app, browser] = await Promise.all([startRegistryPeopleApp(), launchBrowser()]);
	const created = await fetch(`${app.app.url}/api/v1/people`, {
		method: 'POST',
		headers: { authorization: `Bearer ${app.registry.tokens.staffPeopleWrite}`, 'content-type': 'application/json' },
		body: JSON.stringify({ name: 'Fokus Tabulator', affiliations: [{ organisationId: app.registry.organisations.tri, since: '2020-01-01' }] })
	});
	personId = (await created.json()).id;
});
afterAll(async () => {
	await browser?.close();
	await app?.app.close();
});

const profileParts = ['basic', 'goals', 'means', 'hosts', 'financers', 'contact'];
const forms = () => [
	{ path: '/app/organisations/new', email: 'staff@example.si' },
	{ path: `/app/organisations/${app.registry.organisations.tri}`, email: 'staff@example.si' },
	{ path: '/app/people/new', email: 'staff@example.si' },
	{ path: `/app/people/${personId}`, email: 'staff@example.si' },
	...profileParts.map((part) => ({ path: `/app/spaces/grozd/profile?section=${part}`, email: 'staff@example.si' })),
	{ path: '/app/spaces/grozd/team', email: 'admin@example.si' },
	{ path: '/app/tokens', email: 'staff@example.si' },
	{ path: '/app/account', email: 'staff@example.si' },
	{ path: '/app/organisations/import', email: 'staff@example.si' }
];

type Stop = { description: string; seen: boolean; inForm: boolean };

/**
 * Where the focus is after a Tab, and whether it can be seen there: some part of it (a line of a
 * link that wraps, the rows of a text area the window has room for) is in the window, and at the
 * centre of that part the element itself is found, not something over it.
 */
function focusedStop(formSelector: string): Stop | null {
	const element = document.activeElement as HTMLElement | null;
	if (!element || element === document.body) return null;
	const seenAt = (box: DOMRect) => {
		const left = Math.max(box.left, 0);
		const right = Math.min(box.right, window.innerWidth);
		const top = Math.max(box.top, 0);
		const bottom = Math.min(box.bottom, window.innerHeight);
		// the visible part must be big enough to see: the whole element, or a line of text
		if (right - left < Math.min(box.width, 8) || bottom - top < Math.min(box.height, 16)) return false;
		const found = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
		return found !== null && (found === element || element.contains(found));
	};
	const name = element.getAttribute('name') ?? element.id ?? '';
	const box = element.getBoundingClientRect();
	return {
		description: `${element.tagName.toLowerCase()}[${name}] "${(element.innerText || element.getAttribute('aria-label') || '').slice(0, 40)}" at ${Math.round(box.top)}–${Math.round(box.bottom)} of ${window.innerHeight}`,
		seen: [...element.getClientRects()].some(seenAt),
		inForm: element.closest(formSelector) !== null
	};
}

/** Every focus stop of the page, from the top, once round (at most `limit` Tab presses). */
async function tabThrough(page: Page, formSelector = 'main form', limit = 300) {
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.locator('body').focus();
	const stops: Stop[] = [];
	let first: string | undefined;
	for (let press = 0; press < limit; press++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(focusedStop, formSelector);
		if (!stop) break;
		const key = await page.evaluate(() => {
			const element = document.activeElement!;
			return `${element.tagName} ${element.getAttribute('name')} ${element.id} ${Array.prototype.indexOf.call(document.querySelectorAll('*'), element)}`;
		});
		if (key === first) break;
		first ??= key;
		stops.push(stop);
	}
	return stops;
}

describe('focus is never hidden', () => {
	for (const width of [1280, 360]) {
		it(`every focused element of every back-office form is in the window and uncovered at ${width} px`, async () => {
			const hidden: string[] = [];
			for (const { path, email } of forms()) {
				const page = await signedInPage(browser, app.app.url, await app.newSession(email), { width, defaultTimeout: 15_000 });
				await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
				await page.goto(`${app.app.url}${path}`);
				const stops = await tabThrough(page);
				expect(stops.length, path).toBeGreaterThan(3);
				for (const stop of stops) if (!stop.seen) hidden.push(`${path} at ${width} px: ${stop.description}`);
				await page.context().close();
			}
			expect(hidden).toEqual([]);
		}, 240_000);
	}

	it('an organisation has a sticky save bar, and the organisation form takes few tab stops', async () => {
		const page = await signedInPage(browser, app.app.url, await app.newSession('staff@example.si'), { width: 360, defaultTimeout: 15_000 });
		await page.goto(`${app.app.url}/app/organisations/new`);
		// the bar is really sticky, so the check above had something to be hidden under
		await expect(page.locator('.form-actions').evaluate((bar) => getComputedStyle(bar).position)).resolves.toBe('sticky');
		const stops = (await tabThrough(page, 'form[action="?/save"]')).filter((stop) => stop.inForm);
		console.info(`organisation form: ${stops.length} tab stops`);
		expect(stops.length).toBeLessThanOrEqual(25);
		await page.context().close();
	}, 60_000);
});
