import { sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeActivity } from '../../src/lib/server/activities/activities.usecases.ts';
import { openPostgres, type DatabaseHandle } from '../../src/lib/server/db/client.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';
import { launchBrowser } from '../support/browser.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { browserCookie } from '../support/sessions.ts';
import { recipientOf, startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';

// Issue 13's "done when", as a new user meets it: a member of the public registers for a demo
// training without JavaScript and gets the mail with the calendar file and the code; a second
// person waits and is offered the place when the first cancels; staff check people in on a phone
// by code and by tap, also after the connection dropped; the iCalendar feeds parse in an
// independent parser.

const training = '/spaces/iskra/activities/pisanje-prijav-na-javne-razpise';
let smtp: TestSmtpServer;
let people: PeopleApp;
let browser: Browser;
let database: DatabaseHandle;
let activityId = '';

beforeAll(async () => {
	smtp = await startTestSmtpServer();
	process.env.SMTP_URL = smtp.url;
	[people, browser] = await Promise.all([startPeopleApp(), launchBrowser()]);
	database = openPostgres({ url: people.app.databaseUrl, max: 2 });
	const [row] = (await database.db.execute(sql`select id from activities where slug = 'pisanje-prijav-na-javne-razpise'`)) as unknown as { id: string }[];
	activityId = row!.id;
	// the hub has one place left: the second person has to wait
	await changeActivity({
		db: database.db,
		context: { actor: cliActor, source: 'cli' },
		space: await findSpaceRef(database.db, 'iskra'),
		activityId,
		input: { capacity: 1 }
	});
});
afterAll(async () => {
	delete process.env.SMTP_URL;
	await database?.close();
	await browser?.close();
	await people?.app.close();
	await smtp?.close();
});

const mailTo = (address: string, subject: RegExp) =>
	smtp.waitForMessage((message) => recipientOf(message) === address && subject.test(message.subject ?? ''), 30_000);
const personalLink = (mail: ParsedMail) => new URL(mail.text!.match(/https?:\/\/\S+\/registrations\/[\w-]+/)![0]).pathname;
const codeIn = (mail: ParsedMail) => mail.text!.match(/\b[23456789A-HJKMNP-Z]{8}\b/)![0];

/** A visitor's browser without JavaScript, as the issue asks registration to work. */
async function withoutScript(width = 1280): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
	context.setDefaultTimeout(20_000);
	return context.newPage();
}

/** Registers through the event page's form, and answers the page that came back. */
async function register(name: string, email: string): Promise<string> {
	const page = await withoutScript(360);
	await page.goto(`${people.app.url}${training}`);
	await page.getByLabel(/Ime in priimek/).fill(name);
	await page.getByLabel(/E-poštni naslov/).fill(email);
	await page
		.getByRole('group', { name: /Ste se na javni razpis že prijavili/ })
		.getByLabel('Ne')
		.check();
	await page.getByLabel(/Strinjam se, da organizator obdeluje/).check();
	await page.getByRole('button', { name: 'Prijavi me' }).click();
	const result = await page.locator('main').innerText();
	await page.context().close();
	return result;
}

async function registrationIdOf(email: string): Promise<string> {
	const [row] = (await database.db.execute(
		sql`select r.id from activity_registrations r join people p on p.id = r.person_id where lower(p.email) = ${email} and r.status <> 'cancelled'`
	)) as unknown as { id: string }[];
	return row!.id;
}

describe('a demo training from registration to check-in', () => {
	let secondCode = '';

	it('registers a visitor without JavaScript and mails the calendar file and the personal code', async () => {
		expect(await register('Maja Kovač', 'maja.kovac@example.si')).toContain('Prijava je sprejeta');
		const mail = await mailTo('maja.kovac@example.si', /^Prijava potrjena: Pisanje prijav na javne razpise/);
		const ics = mail.attachments.find((file) => file.contentType === 'text/calendar')!;
		const calendar = new ICAL.Component(ICAL.parse(ics.content.toString()));
		expect(calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('summary'))).toEqual(['Pisanje prijav na javne razpise']);
		expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/Ljubljana');
		expect(codeIn(mail)).toMatch(/^[23456789A-HJKMNP-Z]{8}$/);
	});

	it('puts a second person on the waiting list and offers them the place when the first cancels by the link in her mail', async () => {
		expect(await register('Tomaž Zupan', 'tomaz.zupan@example.si')).toContain('Uvrščeni ste na čakalni seznam');
		await mailTo('tomaz.zupan@example.si', /^Na čakalnem seznamu/);

		const first = await withoutScript();
		await first.goto(`${people.app.url}${personalLink(await mailTo('maja.kovac@example.si', /^Prijava potrjena/))}`);
		await first.getByRole('button', { name: 'Odpovej prijavo' }).click();
		await first
			.getByText(/odpovedan/i)
			.first()
			.waitFor();
		await first.context().close();

		const offer = await mailTo('tomaz.zupan@example.si', /^Sprostilo se je mesto/);
		const second = await withoutScript();
		await second.goto(`${people.app.url}${personalLink(offer)}`);
		await second.getByRole('button', { name: 'Potrjujem mesto' }).click();
		await second.context().close();
		secondCode = codeIn(await mailTo('tomaz.zupan@example.si', /^Prijava potrjena/));
		const statuses = (await database.db.execute(
			sql`select p.email, r.status from activity_registrations r join people p on p.id = r.person_id where r.activity_id = ${activityId} order by p.email`
		)) as unknown as { email: string; status: string }[];
		expect(statuses).toEqual([
			{ email: 'maja.kovac@example.si', status: 'cancelled' },
			{ email: 'tomaz.zupan@example.si', status: 'registered' }
		]);
	});

	it('lets staff check people in on a 360 px phone by code and by tap, and keeps a check-in made offline until the connection returns', async () => {
		// two more people, so there is someone to tap and someone to check in while offline
		await changeActivity({
			db: database.db,
			context: { actor: cliActor, source: 'cli' },
			space: await findSpaceRef(database.db, 'iskra'),
			activityId,
			input: { capacity: 5 }
		});
		expect(await register('Nina Hribar', 'nina.hribar@example.si')).toContain('Prijava je sprejeta');
		expect(await register('Rok Kos', 'rok.kos@example.si')).toContain('Prijava je sprejeta');
		const [nina, rok] = [await registrationIdOf('nina.hribar@example.si'), await registrationIdOf('rok.kos@example.si')];

		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		context.setDefaultTimeout(20_000);
		await context.addCookies([browserCookie(people.cookies.platformAdmin!, people.app.url)]);
		const page = await context.newPage();
		await page.goto(`${people.app.url}/app/spaces/iskra/activities/${activityId}/checkin`);
		await page.locator('.desk[data-enhanced]').waitFor();
		const sent = () => page.waitForResponse((response) => response.url().includes('/checkin') && response.request().method() === 'POST');

		await page.getByRole('textbox', { name: 'Koda iz e-pošte' }).fill(secondCode);
		const byCode = sent();
		await page.getByRole('button', { name: 'Potrdi prisotnost' }).click();
		expect((await byCode).status()).toBe(201);

		const byTap = sent();
		await page
			.locator(`#person-${nina}`)
			.getByRole('button', { name: /^Prisoten/ })
			.click();
		expect((await byTap).status()).toBe(201);

		await context.setOffline(true);
		await page
			.locator(`#person-${rok}`)
			.getByRole('button', { name: /^Prisoten/ })
			.click();
		await expect.poll(() => page.locator(`#person-${rok}`).innerText()).toMatch(/čaka na povezavo/);
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
		await context.setOffline(false);
		await expect.poll(() => page.locator(`#person-${rok}`).innerText(), { timeout: 20_000 }).not.toMatch(/čaka na povezavo/);
		await context.close();

		const attended = (await database.db.execute(
			sql`select p.email from activity_attendances a join activity_registrations r on r.id = a.registration_id join people p on p.id = r.person_id
				where r.activity_id = ${activityId} order by p.email`
		)) as unknown as { email: string }[];
		expect(attended.map((row) => row.email)).toEqual(['nina.hribar@example.si', 'rok.kos@example.si', 'tomaz.zupan@example.si']);
	});
});

// PRO-NVO-VID's indicators computed from the demo's activities (4, 34, 21, 80) are checked line by
// line on the public page in tests/http/activities-figures.test.ts.
describe('the feeds', () => {
	it('serves the platform, space and event feeds as iCalendar that ical.js parses, each with the Ljubljana time zone', async () => {
		for (const path of ['/calendar.ics', '/spaces/iskra/calendar.ics', `${training}/calendar.ics`]) {
			const response = await fetch(`${people.app.url}${path}`);
			expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
			const calendar = new ICAL.Component(ICAL.parse(await response.text()));
			expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/Ljubljana');
			const events = calendar.getAllSubcomponents('vevent');
			expect(events.length).toBeGreaterThan(0);
			for (const event of events) expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Ljubljana');
		}
	});
});
