import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from '../support/browser.ts';
import { startRegistryApp, type RegistryApp } from '../support/registry-app.ts';

// An NGO applies on a phone without JavaScript, and a hub's staff accept it on theirs.
let registry: RegistryApp;
let browser: Browser;
const screenshots = 'test-results/screenshots';

beforeAll(async () => {
	[registry, browser] = await Promise.all([startRegistryApp(), launchBrowser()]);
	mkdirSync(screenshots, { recursive: true });
	for (const [name, registrationNumber] of [
		['Turistično društvo Bled', '5555555'],
		['Društvo Radovljica', '6666666']
	]) {
		await fetch(`${registry.app.url}/api/v1/organisations`, {
			method: 'POST',
			headers: { authorization: `Bearer ${registry.fixture.tokens.adminEverything!.token}`, 'content-type': 'application/json' },
			body: JSON.stringify({ name, registrationNumber, legalForm: 'association', municipalityCode: '003' })
		});
	}
});
afterAll(async () => {
	await browser?.close();
	await registry?.app.close();
});

/** Opens the page at 360 px in a browser with JavaScript (axe needs it): no sideways scrolling, no axe violation. */
async function checkPage(path: string, shot: string, cookie?: string) {
	const page = cookie
		? await signedInPage(browser, registry.app.url, cookie, { width: 360 })
		: await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
	await page.goto(`${registry.app.url}${path}`);
	await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	expect(results.violations.map((violation) => violation.id)).toEqual([]);
	await page.screenshot({ path: `${screenshots}/${shot}.png`, fullPage: true });
	await page.context().close();
}

describe('membership applications on a 360 px phone without JavaScript', () => {
	it('an NGO applies from the space page, and staff accept the application', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
		context.setDefaultTimeout(8_000);
		const page = await context.newPage();
		await page.goto(`${registry.app.url}/spaces/grozd`);
		await expect(page.getByRole('link', { name: 'Zavod Tri, zavod za trajnostne skupnostne prakse' }).getAttribute('href')).resolves.toMatch(
			/^\/organisations\//
		);
		await page.getByRole('link', { name: 'Zaprosite za članstvo' }).click();
		await page.getByLabel('Organizacija').fill('3456780');
		await page.getByLabel('Vaše ime in priimek').fill('Ana Novak');
		await page.getByLabel('Vaš e-poštni naslov').fill('ana@example.si');
		await page.getByRole('button', { name: 'Pošlji prošnjo' }).click();
		// a number that names no organisation: said beside the field, the rest kept
		await expect(page.getByLabel('Vaše ime in priimek').inputValue()).resolves.toBe('Ana Novak');
		await expect(page.locator('#field-organisation-error').innerText()).resolves.toContain('V registru ni organizacije s to matično številko');
		await page.getByLabel('Organizacija').fill('5555555');
		await page.getByRole('button', { name: 'Pošlji prošnjo' }).click();
		await expect(page.getByText('Prošnja organizacije Turistično društvo Bled je poslana.').count()).resolves.toBe(1);
		await context.close();

		const staff = await signedInPage(browser, registry.app.url, await registry.newSession('staff@example.si'), { javaScriptEnabled: false, width: 360 });
		await staff.goto(`${registry.app.url}/app/spaces/grozd/members`);
		await expect(staff.getByText('Kontakt: Ana Novak').count()).resolves.toBe(1);
		await staff.getByRole('button', { name: /^Sprejmi\s*: Turistično društvo Bled$/ }).click();
		await expect(staff.getByText('Turistično društvo Bled je zdaj članica.').count()).resolves.toBe(1);
		await staff.context().close();
	}, 60_000);

	it.each([
		['/spaces/grozd', 'space-members-360'],
		['/spaces/grozd/apply', 'membership-apply-360']
	])('%s fits a 360 px screen, axe clean', (path, shot) => checkPage(path, shot));

	it('the members page with an open application fits a 360 px screen, axe clean', async () => {
		await fetch(`${registry.app.url}/api/v1/spaces/grozd/applications`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ organisation: '6666666', contactName: 'Bor Kos', contactEmail: 'bor@example.si', message: 'Dolgo sporočilo '.repeat(20) })
		});
		await checkPage('/app/spaces/grozd/members', 'membership-applications-360', await registry.newSession('staff@example.si'));
	}, 30_000);
});
