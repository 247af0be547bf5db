import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from '../support/browser.ts';
import { postForm, startRegistryApp, type RegistryApp } from '../support/registry-app.ts';

let registry: RegistryApp;
let browser: Browser;
const screenshots = 'test-results/screenshots';
/** A page signed in as the fixture person with this address, with their minted session. */
function signedInAt(browser: Browser, url: string, email: string, options: Parameters<typeof signedInPage>[3]) {
	const key = Object.entries(registry.fixture.people).find(([, person]) => person.email === email)?.[0];
	if (!key) throw new Error(`${email} is not one of the fixture's people`);
	return signedInPage(browser, url, registry.cookies[key]!, options);
}

/** Pages made in beforeAll: a person with a consent history, and an import with rejected rows. */
const made = { person: '', import: '' };

beforeAll(async () => {
	[registry, browser] = await Promise.all([startRegistryApp(), launchBrowser()]);
	mkdirSync(screenshots, { recursive: true });
	const cookie = (key: string) => registry.cookies[key]!;
	const invited = await postForm(registry, cookie('admin'), '/app/spaces/grozd/team?/invite', { email: 'nova@example.si', role: 'staff', locale: 'sl' });
	expect(invited.status).toBe(200);

	const person = await postForm(registry, cookie('staff'), '/app/people/new', {
		name: 'Ana Novak',
		email: 'ana.novak@example.si',
		phone: '041 555 123',
		organisation: '7654321',
		role: 'predsednica društva in vodja projektov',
		since: '2021-03-01',
		'consent-newsletter': 'on'
	});
	expect(person.status).toBe(303);
	made.person = person.headers.get('location')!.replace(/\?.*/, '');
	await postForm(registry, cookie('staff'), `${made.person}?/consent`, { purpose: 'newsletter', granted: 'false' });

	const file = new FormData();
	const header =
		'registration_number,tax_number,name,short_name,legal_form,street,postal_code,city,municipality_code,email,website,fields,public_interest_fields';
	const rows = [
		'51,,Kratka matična številka,,association,,,,,,,,',
		'5100003,,Neznano področje,,association,,,,,,,astrology,',
		'5100004,,Brez oblike,,,,,,,,,,'
	];
	file.append('file', new Blob([`${[header, ...rows].join('\n')}\n`]), 'with-errors.csv');
	const uploaded = await postForm(registry, cookie('staff'), '/app/organisations/import', file);
	expect(uploaded.status).toBe(303);
	made.import = uploaded.headers.get('location')!;
});
afterAll(async () => {
	await browser?.close();
	await registry?.app.close();
});

async function openPage(path: string, options: { email?: string; width?: number; javaScriptEnabled?: boolean } = {}): Promise<Page> {
	const width = options.width ?? 1280;
	if (options.email) {
		const page = await signedInAt(browser, registry.app.url, options.email, { width, javaScriptEnabled: options.javaScriptEnabled, defaultTimeout: 5000 });
		// with JavaScript, the page's script must have taken over before a button is pressed, or the
		// press sends the form as it would without JavaScript (a race a loaded machine loses)
		await page.goto(`${registry.app.url}${path}`, { waitUntil: 'networkidle' });
		return page;
	}
	const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
	const page = await context.newPage();
	await page.goto(`${registry.app.url}${path}`, { waitUntil: 'networkidle' });
	return page;
}

async function axeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	return results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
}

/** What a table says about itself: its caption, its sortable headers and the one sorted. */
const describeTables = (page: Page) =>
	page.locator('table').evaluateAll((tables) =>
		tables.map((table) => ({
			caption: table.querySelector('caption')?.textContent?.trim() ?? '',
			sortLinks: table.querySelectorAll('thead th a[href*="sort="]').length,
			sorted: [...table.querySelectorAll('thead th[aria-sort]')].map((header) => header.getAttribute('aria-sort'))
		}))
	);

describe('every table of the back office on a 360 px phone', () => {
	// one signed-in phone per person, for all the pages they open
	const phones = new Map<string, Promise<Page>>();
	const phoneOf = (email: string | undefined) => {
		const key = email ?? 'anonymous';
		if (!phones.has(key)) {
			const viewport = { width: 360, height: 800 };
			phones.set(
				key,
				email ? signedInAt(browser, registry.app.url, email, { width: 360 }) : browser.newContext({ viewport }).then((context) => context.newPage())
			);
		}
		return phones.get(key)!;
	};
	afterAll(async () => {
		for (const page of phones.values()) await (await page).context().close();
	});

	it.each([
		['team', '/app/spaces/grozd/team', 'admin@example.si', 2],
		['members', '/app/spaces/grozd/members', 'staff@example.si', 1],
		['fields', '/app/fields', 'platformadmin@example.si', 1],
		['import', () => made.import, 'staff@example.si', 1],
		['tokens', '/app/tokens', 'staff@example.si', 1],
		['people', '/app/people', 'staff@example.si', 1],
		['person', () => made.person, 'staff@example.si', 3],
		['audit', '/app/audit', 'platformadmin@example.si', 1],
		['space-audit', '/app/spaces/grozd/audit', 'admin@example.si', 1],
		['space-page', '/spaces/grozd', undefined, 1]
	] as const)('%s: no sideways page scroll, a caption and sortable headers, axe clean', async (name, path, email, tableCount) => {
		const page = await phoneOf(email);
		await page.goto(`${registry.app.url}${typeof path === 'function' ? path() : path}`);
		await expect(page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).resolves.toBeLessThanOrEqual(0);
		const tables = await describeTables(page);
		expect(tables).toHaveLength(tableCount);
		for (const table of tables) {
			expect(table.caption, 'a caption').not.toBe('');
			expect(table.sortLinks, `sort links in ${table.caption}`).toBeGreaterThan(0);
			expect(table.sorted, `the sorted column of ${table.caption}`).toEqual([expect.stringMatching(/^(ascending|descending)$/)]);
		}
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot({ path: `${screenshots}/ui-${name}-360.png`, fullPage: true });
	});
});

describe('sorting by a header’s link, without JavaScript', () => {
	const firstColumn = (page: Page) => page.locator('table tbody tr > :first-child').allInnerTexts();

	it('the server sorts a long list: members from Z to A and back, across the filter', async () => {
		const page = await openPage('/app/spaces/grozd/members', { email: 'staff@example.si', javaScriptEnabled: false });
		const names = (await firstColumn(page)).map((cell) => cell.split('\n')[0]!.trim());
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sl')));
		const header = page.getByRole('columnheader', { name: /Organizacija/ });
		await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
		await header.getByRole('link', { name: /^Organizacija\s*, razvrsti padajoče$/ }).click();
		await page.waitForURL(/\?sort=name&dir=desc#members$/);
		await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
		expect((await firstColumn(page)).map((cell) => cell.split('\n')[0]!.trim())).toEqual(names.toReversed());
		// a filter keeps the order
		await page.locator('#field-status').selectOption('member');
		await page.getByRole('button', { name: 'Prikaži' }).click();
		await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
		await page.context().close();
	});

	it('a table sorts the rows it has: the team by e-mail, the invitations apart', async () => {
		const page = await openPage('/app/spaces/grozd/team', { email: 'admin@example.si', javaScriptEnabled: false });
		const team = page.getByRole('table', { name: 'Člani ekipe' });
		const emails = () => team.locator('tbody td:nth-child(2)').allInnerTexts();
		await team.getByRole('link', { name: /^E-poštni naslov\s*, razvrsti naraščajoče$/ }).click();
		await page.waitForURL(/\?sort=email&dir=asc#team-members$/);
		const ascending = await emails();
		expect(ascending).toEqual([...ascending].sort());
		await team.getByRole('link', { name: /^E-poštni naslov\s*, razvrsti padajoče$/ }).click();
		await expect(emails()).resolves.toEqual(ascending.toReversed());
		await expect(team.getByRole('columnheader', { name: /E-poštni naslov/ }).getAttribute('aria-sort')).resolves.toBe('descending');
		// the invitations keep their own order
		const invitations = page.getByRole('table', { name: 'Odprta vabila' });
		await expect(invitations.locator('th[aria-sort]').innerText()).resolves.toContain('Velja do');
		await page.context().close();
	});
});

describe('confirming an action without JavaScript', () => {
	it('asks first, saying what will happen, with the focus on the question; keeping leads back', async () => {
		const page = await openPage('/app/spaces/grozd/team', { email: 'admin@example.si', javaScriptEnabled: false });
		await page.getByRole('link', { name: /^Odstrani iz ekipe\s*: viewer$/ }).click();
		const question = page.getByRole('region', { name: 'Želite osebo viewer odstraniti iz ekipe?' });
		await expect(question.innerText()).resolves.toContain('Oseba izgubi dostop do tega stičišča ali mreže.');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('remove-member');
		await page.screenshot({ path: `${screenshots}/ui-confirm.png` });
		await question.getByRole('link', { name: 'Obdrži' }).click();
		await expect(question.count()).resolves.toBe(0);
		await expect(page.getByRole('row').filter({ hasText: 'viewer@example.si' }).count()).resolves.toBe(1);

		await page.getByRole('link', { name: /^Odstrani iz ekipe\s*: viewer$/ }).click();
		await question.getByRole('button', { name: 'Odstrani' }).click();
		await expect(page.getByRole('status').innerText()).resolves.toBe('viewer ni več v ekipi.');
		await expect(page.getByRole('row').filter({ hasText: 'viewer@example.si' }).count()).resolves.toBe(0);
		await page.context().close();
	});
});

describe('rows of a repeating group', () => {
	it('without JavaScript: the form comes back with a row more or less and everything typed, unsaved', async () => {
		const page = await openPage('/app/spaces/grozd/profile?section=financers', { email: 'staff@example.si', javaScriptEnabled: false });
		const financers = page.locator('[id="financers-rows"] > fieldset');
		const before = await financers.count();
		await page.getByRole('button', { name: /^Dodaj vrstico\s*: Financerji$/ }).click();
		await page.waitForURL(new RegExp(`#financers-row-${before}$`));
		await expect(financers.count()).resolves.toBe(before + 1);
		const last = financers.nth(before);
		await last.getByRole('group', { name: 'Ime organizacije' }).getByLabel('slovensko').fill('Občina Kranj');
		await financers.nth(0).getByLabel('Spletna stran').fill('https://vpisano.si');
		await page.getByRole('button', { name: /^Dodaj vrstico\s*: Financerji$/ }).click();
		await page.waitForURL(new RegExp(`#financers-row-${before + 1}$`));
		await expect(financers.count()).resolves.toBe(before + 2);
		await expect(financers.nth(before).getByRole('group', { name: 'Ime organizacije' }).getByLabel('slovensko').inputValue()).resolves.toBe('Občina Kranj');
		await expect(financers.nth(0).getByLabel('Spletna stran').inputValue()).resolves.toBe('https://vpisano.si');
		await expect(page.getByRole('status').count()).resolves.toBe(0);
		// the empty row goes again
		await page.getByRole('button', { name: new RegExp(`^Odstrani vrstico ${before + 2}\\s*: Financerji$`) }).click();
		await expect(financers.count()).resolves.toBe(before + 1);

		// the first financer goes; the ones after it move up, with what was typed
		const second = await financers.nth(1).getByRole('group', { name: 'Ime organizacije' }).getByLabel('slovensko').inputValue();
		await page.getByRole('button', { name: /^Odstrani vrstico 1\s*: Financerji$/ }).click();
		await page.waitForURL(/#financers-rows$/);
		await expect(financers.count()).resolves.toBe(before);
		await expect(financers.nth(0).getByRole('group', { name: 'Ime organizacije' }).getByLabel('slovensko').inputValue()).resolves.toBe(second);
		await expect(
			financers
				.nth(before - 1)
				.getByRole('group', { name: 'Ime organizacije' })
				.getByLabel('slovensko')
				.inputValue()
		).resolves.toBe('Občina Kranj');

		// Enter in a field saves the part; it does not add or remove a row
		await financers.nth(0).getByRole('group', { name: 'Ime organizacije' }).getByLabel('slovensko').press('Enter');
		await expect(page.getByRole('status').innerText()).resolves.toContain('Shranjeno: Financerji.');
		await expect(financers.count()).resolves.toBe(before);
		await expect(
			financers
				.nth(before - 1)
				.getByRole('group', { name: 'Ime organizacije' })
				.getByLabel('slovensko')
				.inputValue()
		).resolves.toBe('Občina Kranj');
		await page.context().close();
	});

	it('without JavaScript, the organisation editor too: a row’s button sends the form back with its rows changed, creating nothing', async () => {
		const path = '/app/organisations/new?/save';
		const added = await postForm(registry, registry.cookies.staff!, path, {
			name: 'Društvo Vrstice',
			legalForm: 'association',
			'aliases.0': 'DV',
			add_row: 'aliases'
		});
		expect(added.status).toBe(200);
		const html = await added.text();
		expect(html).toMatch(/name="aliases\.0"[^>]*value="DV"|value="DV"[^>]*name="aliases\.0"/);
		expect(html).toContain('name="aliases.1"');
		expect(html).not.toContain('name="aliases.2"');
		expect(html).toContain('value="Društvo Vrstice"');
		const removed = await (
			await postForm(registry, registry.cookies.staff!, path, { name: 'Društvo Vrstice', 'aliases.0': 'DV', 'aliases.1': 'Vrstice', remove_row: 'aliases.0' })
		).text();
		expect(removed).toMatch(/name="aliases\.0"[^>]*value="Vrstice"|value="Vrstice"[^>]*name="aliases\.0"/);
		expect(removed).not.toContain('name="aliases.1"');
		const directory = await fetch(`${registry.app.url}/api/v1/organisations?q=vrstice`);
		expect((await directory.json()).total).toBe(0);
	});

	it('with JavaScript: rows come and go in the page, the focus follows, and the form saves them', async () => {
		const page = await openPage(`/app/organisations/${registry.organisations.own}`, { email: 'membereditor@example.si' });
		const url = page.url();
		await page.getByLabel('Drugo ime 1').fill('Zavod 3');
		await page.getByRole('button', { name: /^Dodaj vrstico\s*: Druga imena$/ }).click();
		await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).resolves.toBe('aliases.1');
		await page.getByLabel('Drugo ime 2').fill('Z3');
		await page.getByRole('button', { name: /^Dodaj vrstico\s*: Druga imena$/ }).click();
		await page.getByLabel('Drugo ime 3').fill('Tri');
		await page.getByRole('button', { name: /^Odstrani vrstico 1\s*: Druga imena$/ }).click();
		expect(page.url()).toBe(url);
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('aliases-add');
		await expect(page.getByLabel('Drugo ime 1').inputValue()).resolves.toBe('Z3');
		await expect(page.getByLabel('Drugo ime 2').inputValue()).resolves.toBe('Tri');
		await expect(page.getByLabel('Drugo ime 3').count()).resolves.toBe(0);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Shrani spremembe' }).click();
		await expect(page.getByRole('status').innerText()).resolves.toContain('Spremembe so shranjene.');
		await expect(page.getByLabel('Drugo ime 1').inputValue()).resolves.toBe('Z3');
		await expect(page.getByLabel('Drugo ime 2').inputValue()).resolves.toBe('Tri');
		await page.context().close();
	});
});
