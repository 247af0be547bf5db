import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from '../support/browser.ts';
import { startRegistryApp, type RegistryApp } from '../support/registry-app.ts';

// The form controls that need a script to search as you type, used with the keyboard alone: the
// fields of work (a combobox over a list of several choices) and the organisation picker (a
// combobox over the registry); and the profile editor's warning before unsaved typing is left.

let registry: RegistryApp;
let browser: Browser;

beforeAll(async () => {
	[registry, browser] = await Promise.all([startRegistryApp(), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await registry?.app.close();
});

async function openPage(path: string, email = 'staff@example.si'): Promise<Page> {
	const page = await signedInPage(browser, registry.app.url, await registry.newSession(email), { defaultTimeout: 15_000 });
	await page.goto(`${registry.app.url}${path}`);
	// the page's script has loaded (and taken over the page) before anything is typed
	await page.waitForLoadState('networkidle');
	return page;
}

const activeOption = (page: Page) =>
	page.evaluate(() => {
		const id = document.activeElement?.getAttribute('aria-activedescendant');
		const option = id ? document.getElementById(id) : null;
		return option ? { text: option.textContent?.trim(), selected: option.getAttribute('aria-selected') } : null;
	});

describe('fields of work with the keyboard', () => {
	it('filters as you type, moves with the arrows, chooses with Enter, and takes a choice back with Backspace or its chip', async () => {
		const page = await openPage('/app/organisations/new');
		const search = page.getByRole('combobox', { name: /Poiščite in dodajte/ });
		await search.waitFor();
		await search.focus();
		await page.keyboard.type('s');
		await expect(search.getAttribute('aria-expanded')).resolves.toBe('true');
		const first = await activeOption(page);
		await page.keyboard.press('ArrowDown');
		const second = await activeOption(page);
		expect(second?.text).not.toBe(first?.text);
		await page.keyboard.press('Enter');
		await expect(activeOption(page)).resolves.toEqual({ text: second!.text, selected: 'true' });
		// still on the page: Enter chose, it did not send the form
		expect(new URL(page.url()).pathname).toBe('/app/organisations/new');

		await page.keyboard.press('Control+A');
		await page.keyboard.type('kultur');
		await page.keyboard.press('Enter');
		const chips = page.getByRole('list', { name: /Izbrano: Področja delovanja/ }).getByRole('listitem');
		await expect(chips.allInnerTexts()).resolves.toEqual([expect.stringContaining(second!.text!), expect.stringContaining('Kultura')]);
		await expect(page.locator('input[type="hidden"][name="field.culture"]').count()).resolves.toBe(1);

		await page.keyboard.press('Control+A');
		await page.keyboard.press('Backspace');
		await page.keyboard.press('Backspace');
		await expect(chips.allInnerTexts()).resolves.toEqual([expect.stringContaining(second!.text!)]);
		await expect(page.locator('input[type="hidden"][name="field.culture"]').count()).resolves.toBe(0);

		await page.getByRole('button', { name: `Odstrani: ${second!.text}` }).click();
		await expect(chips.count()).resolves.toBe(0);
		// the focus stays in the group: on the search field once no chip is left
		await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('combobox');
		await page.context().close();
	});
});

describe('the organisation picker with JavaScript', () => {
	it('suggests organisations of the registry as you type and sends the one chosen', async () => {
		const page = await openPage('/app/people/new');
		const picker = page.getByRole('combobox', { name: 'Organizacija' });
		await picker.waitFor();
		await page.getByLabel('Ime in priimek').fill('Pia Predlog');
		await picker.pressSequentially('skup');
		await page.getByRole('option', { name: /SKUP – Skupnost privatnih zavodov, matična št\. 2345678/ }).waitFor();
		await picker.press('Enter');
		await expect(picker.inputValue()).resolves.toBe('SKUP – Skupnost privatnih zavodov');
		await expect(page.locator('input[type="hidden"][name="organisationId"]').getAttribute('value')).resolves.toBe(registry.organisations.other);
		await page.getByRole('button', { name: 'Dodaj osebo' }).click();
		await page.waitForURL(/\/app\/people\/[0-9a-f-]+\?created=1$/);
		await expect(page.getByRole('row').filter({ hasText: 'SKUP – Skupnost privatnih zavodov' }).count()).resolves.toBe(1);
		await page.context().close();
	});
});

describe('the profile editor keeps what was typed', () => {
	it('asks before leaving a part with unsaved changes, and stays when told to', async () => {
		const page = await openPage('/app/spaces/grozd/profile?section=goals');
		const mission = page.getByRole('group', { name: 'Poslanstvo' }).getByLabel('slovensko');
		await page.getByRole('navigation', { name: 'Deli profila' }).waitFor();
		await mission.fill('Še ne shranjeno poslanstvo.');
		let asked = '';
		page.once('dialog', (dialog) => {
			asked = dialog.message();
			void dialog.dismiss();
		});
		await page.getByRole('navigation', { name: 'Deli profila' }).getByRole('link', { name: 'Kontakt' }).click();
		await expect.poll(() => asked).toContain('neshranjene spremembe');
		expect(new URL(page.url()).searchParams.get('section')).toBe('goals');
		await expect(mission.inputValue()).resolves.toBe('Še ne shranjeno poslanstvo.');
		await page.context().close();
	});
});
