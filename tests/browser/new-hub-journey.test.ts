import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { createApiToken } from '../../src/lib/server/tokens/tokens.usecases.ts';
import { launchBrowser, signedInPage } from '../support/browser.ts';
import { activate, tabTo, typeInto } from '../support/keyboard.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { recipientOf, startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';

// Issue 11's "done when", as one person after another does it: on a 360 px phone, with the
// keyboard alone (every field and button reached with Tab, each stop visible), JavaScript off.
// A platform admin starts a sixth hub in the back office (and a seventh through the API), its
// admin accepts the invitation, fills the profile in sections, imports a Windows-1250 CSV saved by
// Slovenian Excel and an AJPES PRS extract, sees duplicates flagged before anything is written,
// accepts a membership application and reads the audit log in plain words.

const fixtures = 'tests/fixtures/imports';
const screenshots = 'test-results/screenshots';
let people: PeopleApp;
let smtp: TestSmtpServer;
let browser: Browser;
let platformToken: string;

beforeAll(async () => {
	smtp = await startTestSmtpServer();
	process.env.SMTP_URL = smtp.url;
	[people, browser] = await Promise.all([
		startPeopleApp({
			afterSeeding: async (db, fixture) => {
				const owner = fixture.people.platformAdmin!.userId;
				const input = { name: 'spaces', scopes: ['spaces:write', 'team:write', 'write'] };
				platformToken = (await createApiToken({ db, context: { actor: cliActor, source: 'cli' }, userId: owner, input })).token;
			}
		}),
		launchBrowser()
	]);
	mkdirSync(screenshots, { recursive: true });
	// organisations already in the registry, under other numbers: the imports must flag them
	for (const organisation of [
		{ name: 'Kulturno društvo Čuk Šentvid', legalForm: 'association', municipalityCode: '061' },
		{ name: 'Planinsko društvo Žalec', legalForm: 'association', municipalityCode: '190' }
	]) {
		const response = await api('/organisations', organisation);
		expect(response.status).toBe(201);
	}
});
afterAll(async () => {
	delete process.env.SMTP_URL;
	await browser?.close();
	await people?.app.close();
	await smtp?.close();
});

function api(path: string, body: unknown) {
	return fetch(`${people.app.url}/api/v1${path}`, {
		method: 'POST',
		headers: { authorization: `Bearer ${platformToken}`, 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
}

const phone = { javaScriptEnabled: false, width: 360 } as const;
const fitsThePhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const mainText = (page: Page) => page.locator('main').innerText();
const shoot = (page: Page, name: string) => page.screenshot({ path: `${screenshots}/journey-${name}-360.png`, fullPage: true });

async function linkInMailTo(address: string): Promise<string> {
	const mail = await smtp.waitForMessage((message) => recipientOf(message).includes(address), 15_000);
	const link = mail.text?.match(/https?:\/\/\S+\/app\/invitations\/[\w-]+/)?.[0];
	if (!link) throw new Error(`no invitation link in the mail to ${address}`);
	return link.replace(/^https?:\/\/[^/]+/, people.app.url);
}

describe('a new hub starts and works on its own, on a phone, with the keyboard, without JavaScript', () => {
	let admin: Page;
	let adminContext: BrowserContext;

	it('a platform admin creates the sixth hub in the back office, inviting its admin, and a seventh through the API', async () => {
		const page = await signedInPage(browser, people.app.url, people.cookies.platformAdmin!, phone);
		await page.goto(`${people.app.url}/app/spaces/new`);
		await typeInto(page, page.getByLabel('Ime', { exact: true }), 'Stičišče Bela krajina');
		await typeInto(page, page.getByLabel('Naslov v povezavi'), 'bela-krajina');
		await tabTo(page, page.getByLabel('Regija'));
		await page.keyboard.type('Jugovzhodna');
		await expect(page.getByLabel('Regija').inputValue()).resolves.not.toBe('');
		await typeInto(page, page.getByLabel('E-naslov prvega skrbnika (ni obvezno)'), 'vodja@belakrajina.si');
		await activate(page, page.getByRole('button', { name: 'Ustvari prostor' }));
		expect(new URL(page.url()).pathname).toBe('/app/spaces/bela-krajina');
		await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Stičišče Bela krajina');
		await expect(fitsThePhone(page)).resolves.toBeLessThanOrEqual(360);
		await shoot(page, 'space-created');
		await page.context().close();

		const created = await api('/spaces', { slug: 'posavje', kind: 'regional_hub', regionCode: 'SI036', name: { sl: 'Stičišče Posavje' } });
		expect(created.status).toBe(201);
		expect(created.headers.get('location')).toMatch(/\/api\/v1\/spaces\/posavje$/);
	}, 60_000);

	it('the invited admin makes an account from the mailed link and arrives signed in', async () => {
		const link = await linkInMailTo('vodja@belakrajina.si');
		adminContext = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
		adminContext.setDefaultTimeout(10_000);
		admin = await adminContext.newPage();
		await admin.goto(link);
		await typeInto(admin, admin.getByLabel('Ime in priimek'), 'Vesna Vodja');
		await typeInto(admin, admin.getByLabel('Novo geslo'), 'kratko');
		await activate(admin, admin.getByRole('button', { name: 'Ustvari račun in sprejmi vabilo' }));
		// a mistake keeps the link and the name
		await expect(admin.getByLabel('Ime in priimek').inputValue()).resolves.toBe('Vesna Vodja');
		await typeInto(admin, admin.getByLabel('Novo geslo'), 'dovolj dolgo geslo za belo krajino');
		await activate(admin, admin.getByRole('button', { name: 'Ustvari račun in sprejmi vabilo' }));
		expect(new URL(admin.url()).pathname).toBe('/app');
		await expect(mainText(admin)).resolves.toContain('Stičišče Bela krajina');
	}, 60_000);

	it('the admin fills the profile part by part from the first steps, each part saved on its own', async () => {
		await activate(admin, admin.getByRole('link', { name: 'Pregled', exact: true }));
		await activate(admin, admin.getByRole('link', { name: 'Izpolnite profil, vsaj poslanstvo' }));
		await activate(admin, admin.getByRole('link', { name: 'Poslanstvo in cilji', exact: true }));
		const mission = admin.getByRole('group', { name: 'Poslanstvo', exact: true });
		await typeInto(admin, mission.getByLabel('Slovensko'), 'Krepimo nevladne organizacije Bele krajine, da skupaj dosežejo več.');
		await typeInto(admin, admin.getByRole('group', { name: 'Vizija', exact: true }).getByLabel('Slovensko'), 'Povezana in slišana Bela krajina.');
		await activate(admin, admin.getByRole('button', { name: 'Shrani ta del' }));
		await expect(mainText(admin)).resolves.toContain('Shranjeno: Poslanstvo in cilji.');
		await expect(fitsThePhone(admin)).resolves.toBeLessThanOrEqual(360);
		await shoot(admin, 'profile-goals');

		await activate(admin, admin.getByRole('status').getByRole('link', { name: 'Naprej na: Načini dela' }));
		await expect(admin.getByRole('heading', { level: 2, name: 'Načini dela' }).count()).resolves.toBe(1);
		const saved = await fetch(`${people.app.url}/api/v1/spaces/bela-krajina`).then((response) => response.json());
		expect(saved).toMatchObject({
			name: { sl: 'Stičišče Bela krajina' },
			mission: { sl: 'Krepimo nevladne organizacije Bele krajine, da skupaj dosežejo več.' }
		});
	}, 60_000);

	it('the admin imports a Windows-1250 CSV saved by Slovenian Excel, duplicates flagged first, without one garbled letter', async () => {
		await admin.goto(`${people.app.url}/app/organisations/import`);
		await tabTo(admin, admin.getByLabel('Datoteka CSV, XLSX ali ODS'));
		await admin.getByLabel('Datoteka CSV, XLSX ali ODS').setInputFiles(`${fixtures}/excel-sl-windows-1250.csv`);
		await activate(admin, admin.getByRole('button', { name: 'Preveri datoteko' }));
		const preview = await mainText(admin);
		expect(preview).toContain('Morda so že v registru');
		expect(preview).toContain('Kulturno društvo Čuk Šentvid');
		expect(preview).not.toContain('\uFFFD');
		await shoot(admin, 'import-preview');
		await activate(admin, admin.getByRole('button', { name: /^Uvozi \d+ vrstic/ }));
		await admin.getByText(/Uvoz je končan/).waitFor({ timeout: 60_000 });

		const found = await fetch(`${people.app.url}/api/v1/organisations?q=${encodeURIComponent('Čuk Šentvid')}`).then((response) => response.json());
		expect(found.items.map((item: { name: string }) => item.name)).toContain('Kulturno društvo „Čuk“ Šentvid');
	}, 120_000);

	it('the admin imports an AJPES PRS extract, leaving out the branch unit, with every house number kept', async () => {
		await admin.goto(`${people.app.url}/app/organisations/import`);
		await tabTo(admin, admin.getByLabel('Datoteka CSV, XLSX ali ODS'));
		await admin.getByLabel('Datoteka CSV, XLSX ali ODS').setInputFiles(`${fixtures}/ajpes-prs-windows-1250.csv`);
		await activate(admin, admin.getByRole('button', { name: 'Preveri datoteko' }));
		const preview = await mainText(admin);
		expect(preview).toContain('Morda so že v registru');
		expect(preview).toContain('Planinsko društvo Žalec');
		// the branch unit is rejected, with its value shown: import the good rows only
		const goodRows = admin.getByLabel(/^Uvozi samo dobre vrstice/);
		await tabTo(admin, admin.getByLabel(/^Vse ali nič/));
		await admin.keyboard.press('ArrowDown');
		await expect(goodRows.isChecked()).resolves.toBe(true);
		await shoot(admin, 'import-prs-preview');
		await activate(admin, admin.getByRole('button', { name: 'Nadaljuj' }));
		await admin.getByText(/Uvoz je končan/).waitFor({ timeout: 60_000 });

		const found = await fetch(`${people.app.url}/api/v1/organisations?q=${encodeURIComponent('planinsko društvo žalec')}`).then((response) => response.json());
		const imported = found.items.find((item: { registrationNumber?: string }) => item.registrationNumber === '5112345');
		expect(imported).toMatchObject({ street: 'Savinjska cesta 5a', city: 'Žalec' });
	}, 120_000);

	it('an NGO applies for membership on the public page, and the admin accepts it', async () => {
		const visitorContext = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
		const visitor = await visitorContext.newPage();
		await visitor.goto(`${people.app.url}/spaces/bela-krajina`);
		await activate(visitor, visitor.getByRole('link', { name: 'Zaprosite za članstvo' }));
		await typeInto(visitor, visitor.getByLabel('Organizacija'), '5012345');
		await typeInto(visitor, visitor.getByLabel('Vaše ime in priimek'), 'Jure Čuk');
		await typeInto(visitor, visitor.getByLabel('Vaš e-poštni naslov'), 'jure@kd-cuk.si');
		await activate(visitor, visitor.getByRole('button', { name: 'Pošlji prošnjo' }));
		await expect(mainText(visitor)).resolves.toContain('je poslana');
		await visitorContext.close();

		await admin.goto(`${people.app.url}/app/spaces/bela-krajina/members`);
		await activate(admin, admin.getByRole('button', { name: /^Sprejmi\s*: Kulturno društvo „Čuk“ Šentvid$/ }));
		await expect(mainText(admin)).resolves.toContain('je zdaj članica');
		await expect(fitsThePhone(admin)).resolves.toBeLessThanOrEqual(360);
		await shoot(admin, 'members');
		const mail = await smtp.waitForMessage((message) => recipientOf(message).includes('jure@kd-cuk.si'), 15_000);
		expect(mail.subject).toMatch(/Bela krajina/);
	}, 60_000);

	it('the admin reads who did what in the audit log, in plain words, with before and after', async () => {
		await admin.goto(`${people.app.url}/app/spaces/bela-krajina/audit`);
		await expect(admin.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('Stičišče Bela krajina');
		const log = await mainText(admin);
		for (const words of [
			'Nov prostor',
			'Sprememba profila: poslanstvo, vizija',
			'Sprejem v članstvo',
			'Prošnja za članstvo',
			'Jure Čuk (brez prijave)',
			'Vesna Vodja (vodja@belakrajina.si)'
		])
			expect(log).toContain(words);
		expect(log).not.toMatch(/membership\.accept|space\.create|organisationId/);
		const details = admin.getByText('Podrobnosti').first();
		await tabTo(admin, details);
		await admin.keyboard.press('Enter');
		await expect(mainText(admin)).resolves.toMatch(/Prej[\s\S]*Potem/);
		await expect(fitsThePhone(admin)).resolves.toBeLessThanOrEqual(360);
		await shoot(admin, 'audit');
		await adminContext.close();
	}, 60_000);
});
