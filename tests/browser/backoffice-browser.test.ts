import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage as signedInAt, signInThroughForm } from '../support/browser.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

let people: PeopleApp;
let browser: Browser;
const screenshots = 'test-results/screenshots';

beforeAll(async () => {
	[people, browser] = await Promise.all([startPeopleApp(), launchBrowser()]);
	mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
	await people?.app.close();
});

async function signedInPage(email: string, javaScriptEnabled = true): Promise<Page> {
	return signedInAt(browser, people.app.url, await people.newSession(email), { javaScriptEnabled });
}

describe('back office in Chromium', () => {
	it('signs in, edits Grozd’s mission in both languages, and shows it on the public page and in the audit log', async () => {
		// the one browser test that signs in through the form; the others get a minted session
		const page = await signInThroughForm(browser, people.app.url, 'staff@example.si', { javaScriptEnabled: false });
		await page.getByRole('link', { name: 'Uredi profil' }).click();
		await page.waitForURL(`${people.app.url}/app/spaces/grozd/profile`);
		// the profile is edited part by part: the mission is in its second part
		await page.getByRole('navigation', { name: 'Deli profila' }).getByRole('link', { name: 'Poslanstvo in cilji' }).click();
		const mission = page.getByRole('group', { name: 'Poslanstvo' });
		await mission.getByLabel('slovensko').fill('Grozd povezuje nevladne organizacije Gorenjske.');
		await mission.getByLabel('angleško').fill('Grozd connects the NGOs of Gorenjska.');
		await page.getByRole('button', { name: /^Shrani ta del/ }).click();
		await expect(page.getByRole('status').innerText()).resolves.toContain('Shranjeno: Poslanstvo in cilji.');

		await page.goto(`${people.app.url}/spaces/grozd`);
		await expect(page.locator('main').innerText()).resolves.toContain('Grozd povezuje nevladne organizacije Gorenjske.');
		await page.goto(`${people.app.url}/en/spaces/grozd`);
		await expect(page.locator('main').innerText()).resolves.toContain('Grozd connects the NGOs of Gorenjska.');
		await page.context().close();

		const admin = await signedInPage('admin@example.si');
		await admin.getByRole('link', { name: 'Dnevnik sprememb' }).click();
		const row = admin.getByRole('row').filter({ hasText: 'Sprememba profila' });
		await expect(row.innerText()).resolves.toMatch(/staff@example\.si[\s\S]*obrazec[\s\S]*Sprememba profila: poslanstvo/);
		await admin.screenshot({ path: `${screenshots}/audit-grozd.png`, fullPage: true });
		await admin.context().close();
	});

	it('keeps what was typed and says what to fix beside the field when a save is refused', async () => {
		const page = await signedInPage('admin@example.si', false);
		await page.goto(`${people.app.url}/app/spaces/grozd/profile`);
		const name = page.getByRole('group', { name: 'Ime', exact: true });
		await name.getByLabel('slovensko').fill('');
		await page.getByRole('group', { name: 'Kratek opis' }).getByLabel('slovensko').fill('Opis, ki ostane vpisan.');
		await page.getByRole('button', { name: /^Shrani ta del/ }).click();
		await expect(page.locator('.error-summary').innerText()).resolves.toContain('Ime (slovensko): Izpolnite to polje.');
		await expect(page.getByRole('group', { name: 'Kratek opis' }).getByLabel('slovensko').inputValue()).resolves.toBe('Opis, ki ostane vpisan.');
		await expect(name.getByLabel('slovensko').getAttribute('aria-invalid')).resolves.toBe('true');
		await page.screenshot({ path: `${screenshots}/profile-error.png` });
		await page.context().close();
	});

	it.each(['/app', '/app/spaces/grozd/profile', '/app/spaces/grozd/team', '/app/tokens', '/app/account', '/app/spaces/grozd/audit', '/en/app'])(
		'axe finds no WCAG 2 A/AA violation on %s',
		async (path) => {
			const page = await signedInPage('admin@example.si');
			await page.goto(`${people.app.url}${path}`);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			expect(results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
			await page.context().close();
		}
	);

	it('axe finds no violation on the sign-in page with errors', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${people.app.url}/app/sign-in`);
		await page.getByRole('button', { name: 'Prijava' }).click();
		await expect(page.locator('.error-summary').count()).resolves.toBe(1);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((violation) => violation.id)).toEqual([]);
		await page.screenshot({ path: `${screenshots}/sign-in-error.png` });
		await context.close();
	});
});
