import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivity } from '../../src/lib/server/activities/activities.usecases.ts';
import { sendEvaluation, submitEvaluation } from '../../src/lib/server/activities/evaluation/evaluation.usecases.ts';
import { issueCertificates } from '../../src/lib/server/activities/certificates/certificates.usecases.ts';
import { createRegistrationsRepository } from '../../src/lib/server/activities/registrations/registrations.repository.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';
import { addParticipant, pastSessions } from '../support/activity-participants.ts';
import { launchBrowser, signedInPage } from '../support/browser.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

// The participant's evaluation form on a phone and a desktop, the staff's results and a
// certificate, in Chromium: accessible (axe), no sideways scroll at 360 px, answerable by
// keyboard alone. With SHOTS_DIR set, it also leaves screenshots there to look at.
let people: PeopleApp;
let browser: Browser;
let activityId = '';
let formToken = '';
let certificateToken = '';
const shots = process.env.SHOTS_DIR;

beforeAll(async () => {
	people = await startPeopleApp({
		afterSeeding: async (db) => {
			const cli = { actor: cliActor, source: 'cli' } as const;
			const space = await findSpaceRef(db, 'grozd');
			const activity = await createActivity({
				db,
				context: cli,
				space,
				input: {
					title: { sl: 'Usposabljanje o dostopnih spletnih straneh' },
					type: 'training',
					pillar: 'training',
					certificateMinPercent: 80,
					sessions: pastSessions(5)
				}
			});
			activityId = activity.id;
			const scope = { spaceId: space.id, activityId, sessionIds: activity.sessions.map((session) => session.id) };
			const names = ['Ana Novak', 'Bor Kralj', 'Cvetka Zupan', 'Dušan Potočnik', 'Eva Horvat', 'Franc Kovač'];
			const participants = [];
			for (const [index, name] of names.entries()) participants.push(await addParticipant(db, { ...scope, name, attendedSessions: 5 - (index % 3) }));
			await sendEvaluation({ db, context: cli, space, activityId, publicUrl: 'http://localhost' });
			const registrations = createRegistrationsRepository({ db, spaceId: space.id });
			const answers = [
				{ overall: '5', usefulness: '5', improved_work: 'yes', improve: 'Več praktičnih primerov in manj teorije.' },
				{ overall: '4', usefulness: '5', improved_work: 'yes' },
				{ overall: '4', usefulness: '3', improved_work: 'no', improve: 'Daljši odmori, prosim.' },
				{ overall: '3', usefulness: '4' }
			];
			for (const [index, input] of answers.entries()) {
				await submitEvaluation({ db, token: await registrations.renewToken(participants[index]!.registrationId), input });
			}
			formToken = await registrations.renewToken(participants[5]!.registrationId);
			await issueCertificates({ db, context: cli, space, activityId });
			certificateToken = await registrations.renewToken(participants[0]!.registrationId);
		}
	});
	browser = await launchBrowser();
	if (shots) mkdirSync(shots, { recursive: true });
}, 90_000);
afterAll(async () => {
	await browser?.close();
	await people?.app.close();
});

async function check(page: Page, name: string) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
	if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

describe('evaluation and certificates in the browser', () => {
	it('the form at 360 and 1280 px: accessible, no sideways scroll, answered with the keyboard alone', async () => {
		for (const width of [360, 1280]) {
			const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: true });
			const page = await context.newPage();
			await page.goto(`${people.app.url}/evaluation/${formToken}`);
			await check(page, `evaluation-form-${width}`);
			if (width === 360) {
				// send without answers: the problems are listed and named beside each question
				await page.getByRole('button', { name: 'Oddaj oceno' }).click();
				await page.waitForSelector('#field-overall-error', { timeout: 90_000 });
				await check(page, 'evaluation-form-errors-360');
			} else {
				await page.locator('#field-overall').focus();
				await page.keyboard.press('ArrowRight');
				await page.keyboard.press('ArrowRight');
				await page.keyboard.press('ArrowRight');
				expect(await page.locator('input[name="overall"]:checked').getAttribute('value')).toBe('4');
				await page.getByLabel('5 – odlično').nth(1).check();
				await page.getByRole('button', { name: 'Oddaj oceno' }).click();
				await page.getByRole('heading', { name: 'Hvala za vašo oceno' }).waitFor({ timeout: 90_000 });
			}
			await context.close();
		}
	}, 180_000);

	it('the results page for staff and a certificate', async () => {
		for (const width of [1280, 360]) {
			const page = await signedInPage(browser, people.app.url, people.cookies.staff!, { width });
			await page.goto(`${people.app.url}/app/spaces/grozd/activities/${activityId}/evaluation`);
			await page.getByRole('heading', { name: 'Rezultati' }).waitFor();
			await check(page, `evaluation-results-${width}`);
			await page.context().close();
		}
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${people.app.url}/certificates/${certificateToken}`);
		await check(page, 'certificate-page-1280');
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: 794, height: 1123 });
		if (shots) await page.screenshot({ path: `${shots}/certificate-print-a4.png`, fullPage: true });
		await context.close();
	}, 180_000);
});
