import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from '../support/browser.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { recipientOf, startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';

// A visitor subscribes on a phone without JavaScript, confirms from the mail, gets a newsletter and
// leaves in one click; staff write the newsletter with its preview.
let people: PeopleApp;
let browser: Browser;
let smtp: TestSmtpServer;
const screenshots = process.env.SHOTS_DIR ?? 'test-results/screenshots';

beforeAll(async () => {
	smtp = await startTestSmtpServer();
	process.env.SMTP_URL = smtp.url;
	[people, browser] = await Promise.all([startPeopleApp(), launchBrowser()]);
	mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
	delete process.env.SMTP_URL;
	await browser?.close();
	await people?.app.close();
	await smtp?.close();
});

async function shoot(page: Page, name: string) {
	for (const width of [1280, 360]) {
		await page.setViewportSize({ width, height: 900 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		await page.screenshot({ path: `${screenshots}/newsletters-${name}-${width}.png`, fullPage: true });
	}
}

describe('newsletters in the browser', () => {
	it('subscribes without JavaScript at 360 px, confirms from the mail, and unsubscribes in one click', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 900 } });
		context.setDefaultTimeout(10_000);
		const page = await context.newPage();
		await page.goto(`${people.app.url}/spaces/grozd/newsletter`);
		await page.getByRole('button', { name: 'Prijava', exact: true }).click();
		await shoot(page, 'signup-errors');
		await expect(page.getByText('Vpišite naslov v obliki ime@domena.si.').first().isVisible()).resolves.toBe(true);
		await page.getByLabel('E-naslov').fill('mojca@example.si');
		await page.getByRole('button', { name: 'Prijava', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Preverite svojo e-pošto' }).isVisible()).resolves.toBe(true);
		await shoot(page, 'signup-sent');

		const confirmation = await smtp.waitForMessage((message) => recipientOf(message) === 'mojca@example.si', 20_000);
		expect(smtp.messages.filter((message) => recipientOf(message) === 'mojca@example.si')).toHaveLength(1);
		await page.goto(`${people.app.url}${new URL(confirmation.text!.match(/https?:\/\/\S+\/newsletters\/confirm\/[\w-]+/)![0]).pathname}`);
		await page.getByRole('button', { name: 'Potrjujem prijavo' }).click();
		await expect(page.getByRole('heading', { name: 'Prijava je potrjena' }).isVisible()).resolves.toBe(true);
		await shoot(page, 'confirmed');

		// staff write a newsletter to the public list, look at its preview, send it
		const staff = await signedInPage(browser, people.app.url, people.cookies.admin!);
		await staff.goto(`${people.app.url}/app/spaces/grozd/newsletters`);
		await expect(staff.getByText('1 prejemnik').first().isVisible()).resolves.toBe(true);
		await shoot(staff, 'lists');
		await staff.goto(`${people.app.url}/app/spaces/grozd/newsletters/campaigns/new`);
		await staff.getByLabel('Seznam').selectOption({ label: 'E-novice (1 prejemnik)' });
		await staff.getByLabel('Zadeva (slovensko)').fill('Vabilo na letno srečanje');
		await staff
			.getByLabel('Besedilo (slovensko, Markdown)')
			.fill(
				'Spoštovani,\n\nvabimo vas na **letno srečanje** članic Grozda, ki bo 21. 12. 2026 ob 10.00 v Kranju.\n\n## Dnevni red\n\n1. Poročilo o delu\n2. Načrt za leto 2027\n3. Razno\n\n[Prijavite se na srečanje](https://grozd.example/srecanje)'
			);
		await staff.getByRole('button', { name: 'Shrani osnutek' }).click();
		await expect(staff.getByText('Osnutek je shranjen.').isVisible()).resolves.toBe(true);
		const frame = staff.frameLocator('iframe.mail-preview').first();
		await expect(frame.getByText('letno srečanje', { exact: true }).isVisible()).resolves.toBe(true);
		await shoot(staff, 'editor');
		await staff.getByRole('button', { name: 'Pošlji vsem prejemnikom' }).click();
		await expect(staff.getByText('Pošiljanje se je začelo.').isVisible()).resolves.toBe(true);

		const newsletter = await smtp.waitForMessage(
			(message) => recipientOf(message) === 'mojca@example.si' && message.subject === 'Vabilo na letno srečanje',
			20_000
		);
		// the mail as a phone and a desktop client show it
		const mailPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await mailPage.setContent(String(newsletter.html));
		await shoot(mailPage, 'mail');
		await mailPage.close();

		const unsubscribe = String(newsletter.html).match(/href="(https?:\/\/[^"]+\/unsubscribe\/[a-f0-9]{64})"/)![1]!;
		await page.goto(`${people.app.url}${new URL(unsubscribe).pathname}`);
		await expect(page.getByText('mojca@example.si').first().isVisible()).resolves.toBe(true);
		await shoot(page, 'unsubscribe');
		await page.getByRole('button', { name: 'Odjavi me' }).click();
		await expect(page.getByText('Odjavljeni ste.').isVisible()).resolves.toBe(true);
		await staff.goto(`${people.app.url}/app/spaces/grozd/newsletters`);
		await expect(staff.getByText('0 prejemnikov').first().isVisible()).resolves.toBe(true);
		await context.close();
	});
});
