import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivity } from '../../src/lib/server/activities/activities.usecases.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';
import { launchBrowser } from '../support/browser.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';
import { recipientOf, startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';

// Someone registers for a training on a phone without JavaScript; their personal page works too.
let people: PeopleApp;
let browser: Browser;
let smtp: TestSmtpServer;
let slug = '';
const screenshots = process.env.SHOTS_DIR ?? 'test-results/screenshots';

beforeAll(async () => {
	smtp = await startTestSmtpServer();
	process.env.SMTP_URL = smtp.url;
	[people, browser] = await Promise.all([
		startPeopleApp({
			afterSeeding: async (db) => {
				const startsAt = new Date(Date.now() + 20 * 24 * 3600_000);
				const activity = await createActivity({
					db,
					context: { actor: cliActor, source: 'cli' },
					space: await findSpaceRef(db, 'grozd'),
					input: {
						title: { sl: 'Usposabljanje: dostopne spletne strani za društva' },
						type: 'training',
						pillar: 'training',
						capacity: 12,
						registrationQuestions: [
							{ kind: 'yes_no', label: { sl: 'Potrebujete tolmača za slovenski znakovni jezik?' }, required: true },
							{ kind: 'text', label: { sl: 'Kaj bi radi izvedeli?' } }
						],
						sessions: [
							{
								startsAt: startsAt.toISOString(),
								endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString(),
								place: { address: 'Slovenski trg 1, Kranj', municipalityCode: '052' }
							}
						]
					}
				});
				slug = activity.slug;
			}
		}),
		launchBrowser()
	]);
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
		await page.screenshot({ path: `${screenshots}/${name}-${width}.png`, fullPage: true });
	}
}

describe('registration for an event without JavaScript', () => {
	it('shows problems beside the fields, then the result, then the personal page', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 900 } });
		context.setDefaultTimeout(10_000);
		const page = await context.newPage();
		await page.goto(`${people.app.url}/spaces/grozd/activities/${slug}/register`);
		await page.getByLabel('Ime in priimek *').fill('Ana Novak');
		await page.getByRole('button', { name: 'Prijavi me' }).click();
		await expect(page.getByText('Za prijavo potrebujemo vaše soglasje k obdelavi podatkov.').first().isVisible()).resolves.toBe(true);
		await expect(page.getByLabel('Ime in priimek *').inputValue()).resolves.toBe('Ana Novak');
		await shoot(page, 'form-errors');

		await page.getByLabel('E-poštni naslov *').fill('ana.novak@example.si');
		await page.getByLabel('Da', { exact: true }).check();
		await page.getByLabel(/Strinjam se/).check();
		await page.getByRole('button', { name: 'Prijavi me' }).click();
		await expect(page.getByRole('heading', { name: 'Prijava je sprejeta' }).isVisible()).resolves.toBe(true);
		await shoot(page, 'result');

		const mail = await smtp.waitForMessage((message) => recipientOf(message) === 'ana.novak@example.si', 20_000);
		const link = mail.text!.match(/https?:\/\/\S+\/registrations\/[\w-]+/)![0];
		await page.goto(`${people.app.url}${new URL(link).pathname}`);
		await expect(page.getByRole('heading', { name: 'Vaša prijava' }).isVisible()).resolves.toBe(true);
		await shoot(page, 'personal-page');
		await context.close();
	});

	it('has no accessibility violations on the form', async () => {
		const page = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
		await page.goto(`${people.app.url}/spaces/grozd/activities/${slug}/register`);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
		await page.context().close();
	});
});
