import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from '../support/browser.ts';
import { tabTo } from '../support/keyboard.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

// A hub's staff member on a phone adds a partner to Grozd's project with the keyboard alone: the
// organisation picker suggests from the registry as they type, Enter chooses, a role is ticked
// with Space and the form is sent.

let people: PeopleApp;
let browser: Browser;

beforeAll(async () => {
	[people, browser] = await Promise.all([startPeopleApp(), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await people?.app.close();
});

describe('adding a project partner with the keyboard at 360 px', () => {
	it('finds the organisation as you type, chooses it with Enter, and adds it as a partner; the page never scrolls sideways', async () => {
		const projects = (await (await fetch(`${people.app.url}/api/v1/spaces/grozd/projects`)).json()) as { items: { id: string }[] };
		const path = `/app/spaces/grozd/projects/${projects.items.at(-1)!.id}/partners`;
		const page = await signedInPage(browser, people.app.url, people.cookies.staff!, { width: 360, defaultTimeout: 15_000 });
		await page.goto(`${people.app.url}${path}`);
		await page.waitForLoadState('networkidle');
		const picker = page.getByRole('combobox', { name: 'Organizacija' });
		await tabTo(page, picker);
		await page.keyboard.type('pina');
		const option = page.getByRole('option', { name: /Kulturno izobraževalno društvo PiNA/ });
		await option.waitFor();
		await expect(picker.getAttribute('aria-expanded')).resolves.toBe('true');
		await page.keyboard.press('Enter');
		await expect(picker.inputValue()).resolves.toBe('Kulturno izobraževalno društvo PiNA');
		// Enter chose; it did not send the form
		expect(new URL(page.url()).pathname).toBe(path);

		const partner = page.locator('form[action="?/add"] input[name="roles"][value="partner"]');
		await tabTo(page, partner);
		await page.keyboard.press('Space');
		await expect(partner.isChecked()).resolves.toBe(true);
		await tabTo(page, page.getByRole('button', { name: 'Dodaj v projekt' }));
		await page.keyboard.press('Enter');
		await page.getByText('Organizacija Kulturno izobraževalno društvo PiNA sodeluje v projektu.').waitFor();
		const partners = page.locator('h3', { hasText: /^Partnerji$/ }).locator('xpath=following-sibling::ul[1]');
		await expect(partners.innerText()).resolves.toContain('Kulturno izobraževalno društvo PiNA');
		await expect(page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).resolves.toBe(true);
		await page.context().close();
	});
});
