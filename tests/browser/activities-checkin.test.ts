import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DatabaseHandle } from '../../src/lib/server/db/client.ts';
import { launchBrowser } from '../support/browser.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { seedCheckin, type CheckinFixture } from '../support/seed-checkin.ts';
import { browserCookie } from '../support/sessions.ts';

// Staff check people in on a phone (360×740): by the code from the mail and by a tap; then the
// connection drops, a check-in waits on the phone, and when the connection returns it arrives
// once, even when the phone sends it again.

const shots = process.env.CHECKIN_SHOTS;
let people: PeopleApp;
let fixture: CheckinFixture;
let browser: Browser;
let database: DatabaseHandle;

beforeAll(async () => {
	[people, browser] = await Promise.all([startPeopleApp({ afterSeeding: async (db) => void (fixture = await seedCheckin(db)) }), launchBrowser()]);
	database = openPostgres({ url: people.app.databaseUrl, max: 1 });
});
afterAll(async () => {
	await database?.close();
	await browser?.close();
	await people?.app.close();
});

async function staffPage(width: number, height: number): Promise<Page> {
	const context = await browser.newContext({ viewport: { width, height } });
	context.setDefaultTimeout(20_000);
	await context.addCookies([browserCookie(people.cookies.staff!, people.app.url)]);
	return context.newPage();
}

const attendanceRows = async (registrationId: string) =>
	(await database.db.execute(sql`select checked_in_at, method from activity_attendances where registration_id = ${registrationId}`)) as unknown as {
		checked_in_at: Date;
		method: string;
	}[];

describe('check-in on a phone', () => {
	it('checks in by code and by tap, keeps a check-in made offline on the phone, and sends it once when the connection returns', async () => {
		const { Ana, Bojan, Cvetka } = fixture.now.people;
		const page = await staffPage(360, 740);
		const path = `/app/spaces/grozd/activities/${fixture.now.id}/checkin`;
		const problems: string[] = [];
		page.on('pageerror', (error) => problems.push(error.message));
		page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
		await page.goto(`${people.app.url}${path}`);
		await page.waitForLoadState('networkidle');
		expect(problems).toEqual([]);
		// the page works without JavaScript too; the queue is there once it has started
		await page.locator('.desk[data-enhanced]').waitFor();
		const person = (id: string) => page.locator(`#person-${id}`);

		// the code from the mail, typed in lower case
		await page.getByRole('textbox', { name: 'Koda iz e-pošte' }).fill(Ana!.code.toLowerCase());
		const sentCode = page.waitForResponse((response) => response.url().includes('/api/v1/') && response.request().method() === 'POST');
		await page.getByRole('button', { name: 'Potrdi prisotnost' }).click();
		expect((await sentCode).status()).toBe(201);
		await expect.poll(() => person(Ana!.registrationId).innerText()).toMatch(/Prisoten\/-na od/);
		await expect(page.getByRole('status').first().innerText()).resolves.toContain('Prisotnost zabeležena: Ana Novak.');

		// a tap on the big button
		const sentTap = page.waitForResponse((response) => response.url().includes('/api/v1/') && response.request().method() === 'POST');
		await person(Bojan!.registrationId)
			.getByRole('button', { name: /^Prisoten/ })
			.click();
		expect((await sentTap).status()).toBe(201);
		await expect.poll(() => person(Bojan!.registrationId).innerText()).toMatch(/Prisoten\/-na od/);
		expect(await attendanceRows(Bojan!.registrationId)).toHaveLength(1);

		// the connection drops: the check-in waits on the phone
		let sentOffline: string | undefined;
		page.on('request', (request) => {
			if (request.method() === 'POST' && request.url().includes('/checkin') && request.postData()?.includes(Cvetka!.registrationId))
				sentOffline ??= request.postData()!;
		});
		await page.context().setOffline(true);
		await person(Cvetka!.registrationId)
			.getByRole('button', { name: /^Prisoten/ })
			.click();
		await expect.poll(() => person(Cvetka!.registrationId).innerText()).toMatch(/čaka na povezavo/);
		await page.getByText('Ni povezave.').waitFor();
		const stored = await page.evaluate((id) => window.localStorage.getItem(`sticisce-checkin-queue:${id}`), fixture.now.id);
		expect(JSON.parse(stored!)).toHaveLength(1);
		const phoneTime = JSON.parse(stored!)[0].checkedInAt as string;
		expect(await attendanceRows(Cvetka!.registrationId)).toHaveLength(0);
		await expect(page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).resolves.toBe(true);
		if (shots) await page.screenshot({ path: `${shots}/checkin-360-offline.png`, fullPage: true });

		// a while later the connection returns: the check-in goes, with the phone's time
		await page.waitForTimeout(1_500);
		await page.context().setOffline(false);
		await expect.poll(() => person(Cvetka!.registrationId).innerText(), { timeout: 20_000 }).not.toMatch(/čaka na povezavo/);
		await expect.poll(() => page.evaluate((id) => window.localStorage.getItem(`sticisce-checkin-queue:${id}`), fixture.now.id)).toBeNull();
		const rows = await attendanceRows(Cvetka!.registrationId);
		expect(rows).toHaveLength(1);
		expect(new Date(rows[0]!.checked_in_at).toISOString()).toBe(phoneTime);

		// the phone sends the same check-in again (its answer was lost): answered as done, counted once
		expect(sentOffline).toBeDefined();
		const replay = await page.request.post(`${people.app.url}/api/v1/activities/${fixture.now.id}/checkin`, {
			headers: { 'content-type': 'application/json' },
			data: sentOffline
		});
		expect(replay.status()).toBe(200);
		expect(await replay.json()).toMatchObject({ alreadyCheckedIn: true, name: 'Cvetka Zupan' });
		expect(await attendanceRows(Cvetka!.registrationId)).toHaveLength(1);
		const counted = (await database.db.execute(
			sql`select count(*)::int as n from activity_attendances where session_id = ${fixture.now.sessionId}`
		)) as unknown as { n: number }[];
		expect(counted[0]!.n).toBe(3);

		// undo a mistaken check-in with the same page
		await person(Bojan!.registrationId)
			.getByRole('button', { name: /^Razveljavi/ })
			.click();
		await expect.poll(async () => (await attendanceRows(Bojan!.registrationId)).length).toBe(0);
		await expect
			.poll(() =>
				person(Bojan!.registrationId)
					.getByRole('button', { name: /^Prisoten/ })
					.isVisible()
			)
			.toBe(true);
		await page.context().close();
	});

	it('lays out the registration list and the printed sign-in sheet without sideways scrolling', async () => {
		const wide = await staffPage(1280, 900);
		await wide.goto(`${people.app.url}/app/spaces/grozd/activities/${fixture.now.id}/registrations`);
		await wide.getByRole('heading', { name: 'Prijave' }).waitFor();
		await expect(wide.locator('#registrations').innerText()).resolves.toMatch(/Cvetka Zupan[\s\S]*Prisoten\/-na/);
		if (shots) await wide.screenshot({ path: `${shots}/registrations-1280.png`, fullPage: true });
		await wide.goto(`${people.app.url}/app/spaces/grozd/activities/${fixture.now.id}/checkin/sheet`);
		await wide.emulateMedia({ media: 'print' });
		await expect(wide.getByRole('heading', { name: 'Podpisni list' }).isVisible()).resolves.toBe(false);
		await expect(wide.getByRole('columnheader', { name: 'Podpis' }).isVisible()).resolves.toBe(true);
		if (shots) await wide.screenshot({ path: `${shots}/sheet-print-1280.png`, fullPage: true });
		await wide.context().close();

		const narrow = await staffPage(360, 740);
		await narrow.goto(`${people.app.url}/app/spaces/grozd/activities/${fixture.now.id}/registrations`);
		await expect(narrow.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).resolves.toBe(true);
		if (shots) await narrow.screenshot({ path: `${shots}/registrations-360.png`, fullPage: true });
		await narrow.context().close();
	});
});
