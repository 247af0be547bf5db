import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCall } from '../../src/lib/server/calls/calls.usecases.ts';
import { addMembership } from '../../src/lib/server/memberships/memberships.usecases.ts';
import { createOrganisation } from '../../src/lib/server/organisations/organisations.usecases.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';
import { spaceMembers } from '../../src/lib/server/team/team.table.ts';
import { launchBrowser, signedInPage } from '../support/browser.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

// A member editor finds, on a phone, the calls their NGO may apply to.
let people: PeopleApp;
let browser: Browser;
const screenshots = 'test-results/screenshots';

beforeAll(async () => {
	[people, browser] = await Promise.all([
		startPeopleApp({
			afterSeeding: async (db, fixture) => {
				const context = { actor: cliActor, source: 'cli' } as const;
				// an association in Koper (Obalno-kraška) working in culture, a member of Grozd kept by the member editor
				const ngo = await createOrganisation({
					db,
					context,
					input: { name: 'Kulturno društvo Obala', legalForm: 'association', municipalityCode: '050', fields: ['culture', 'ngo_development'] }
				});
				const grozd = await findSpaceRef(db, 'grozd');
				await addMembership({ db, context, space: grozd, organisationId: ngo.id, input: { status: 'member', since: '2022-01-01' } });
				await db
					.update(spaceMembers)
					.set({ organisationId: ngo.id })
					.where(and(eq(spaceMembers.spaceId, grozd.id), eq(spaceMembers.userId, fixture.people.memberEditor!.userId)));
				// an open call for foundations only: not one the association may apply to
				await createCall({ db, context, input: { title: { sl: 'Razpis samo za ustanove' }, legalForms: ['foundation'], deadlines: [{ date: '2031-05-05' }] } });
			}
		}),
		launchBrowser()
	]);
	mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
	await people?.app.close();
});

describe('calls a member editor’s NGO may apply to', () => {
	it('are listed at 360 px from the back office’s link, without those it is not eligible for', async () => {
		const page = await signedInPage(browser, people.app.url, people.cookies.memberEditor!, { width: 360 });
		await page.getByRole('link', { name: 'Razpisi za mojo organizacijo' }).first().click();
		await page.waitForURL(/\/app\/calls\/eligible$/);
		await expect(page.getByRole('heading', { level: 2, name: 'Kulturno društvo Obala' }).isVisible()).resolves.toBe(true);
		const titles = await page.locator('.call-title').allInnerTexts();
		expect(titles).toEqual(
			expect.arrayContaining(['Primer razpisa: sofinanciranje razvoja NVO (demo)', 'Primer razpisa: kulturni programi v Obalno-kraški regiji (demo)'])
		);
		expect(titles).not.toContain('Razpis samo za ustanove');
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
		// the call's page says who may apply, in words
		await page.getByRole('link', { name: 'Primer razpisa: kulturni programi v Obalno-kraški regiji (demo)' }).click();
		await expect(page.getByText('Sedež v regiji: Obalno-kraška.').isVisible()).resolves.toBe(true);
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
		await page.context().close();
	});

	it.runIf(process.env.CALLS_SCREENSHOTS)('screenshots of the pages at 1280 and 360 px', async () => {
		const callId = (await (await fetch(`${people.app.url}/api/v1/calls?status=open`)).json()).items[0].id as string;
		for (const width of [1280, 360]) {
			const shot = async (cookie: string | undefined, path: string, name: string, before?: (page: import('playwright-core').Page) => Promise<void>) => {
				const page = cookie
					? await signedInPage(browser, people.app.url, cookie, { width })
					: await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
				await page.goto(`${people.app.url}${path}`);
				await before?.(page);
				await page.screenshot({ path: `${screenshots}/calls-${name}-${width}.png`, fullPage: true });
				await page.context().close();
			};
			await shot(undefined, '/calls', 'list');
			await shot(undefined, `/calls/${callId}`, 'call');
			await shot(people.cookies.memberEditor!, '/app/calls/eligible', 'eligible');
			await shot(people.cookies.staff!, `/app/calls/${callId}`, 'admin-call');
			await shot(people.cookies.staff!, '/app/calls/import', 'import', async (page) => {
				await page.setInputFiles('#field-file', fileURLToPath(new URL('../fixtures/calls/razpisi-excel.xlsx', import.meta.url)));
				await page.getByRole('button', { name: 'Predogled' }).click();
				await page.waitForSelector('text=Predogled datoteke');
			});
		}
	});
});
