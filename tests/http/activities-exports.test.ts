import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivity } from '../../src/lib/server/activities/activities.usecases.ts';
import { activityEvaluationResponses } from '../../src/lib/server/activities/evaluation/evaluation.table.ts';
import { takePlace } from '../../src/lib/server/activities/registrations/registrations.usecases.ts';
import { createOrganisation } from '../../src/lib/server/organisations/organisations.usecases.ts';
import { createPerson } from '../../src/lib/server/people/people.usecases.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

// The exports of issue 13, item 8, over HTTP: a training of Grozd with two registrations and an
// evaluation answer, exported as CSV and XLSX by staff, refused to everyone else.
let people: PeopleApp;
let activityId = '';
beforeAll(async () => {
	people = await startPeopleApp({
		afterSeeding: async (db) => {
			const context = { actor: cliActor, source: 'cli' } as const;
			const grozd = await findSpaceRef(db, 'grozd');
			const activity = await createActivity({
				db,
				context,
				space: grozd,
				input: {
					title: { sl: 'Pisanje prijav na razpise', en: 'Writing grant applications' },
					type: 'training',
					pillar: 'training',
					sessions: [
						{ startsAt: '2031-03-03T09:00:00+01:00', endsAt: '2031-03-03T12:00:00+01:00', place: { address: 'Kidričeva 1', municipalityCode: '052' } }
					],
					evaluationQuestions: [{ id: 'overall', kind: 'rating', required: true, label: { sl: 'Zadovoljstvo', en: 'Satisfaction' } }]
				}
			});
			activityId = activity.id;
			const organisation = await createOrganisation({
				db,
				context,
				input: { name: 'Društvo Čebelarjev Kranj', legalForm: 'association', municipalityCode: '052' }
			});
			for (const name of ['Marija Čebular', 'Jože Kos']) {
				const person = await createPerson({ db, context, input: { name, email: name === 'Jože Kos' ? 'joze.kos@example.si' : 'marija.cebular@example.si' } });
				const { row } = await takePlace({
					db,
					spaceId: grozd.id,
					registration: { activityId: activity.id, personId: person.id, organisationId: organisation.id, source: 'form', locale: 'sl' }
				});
				if (name === 'Marija Čebular')
					await db.insert(activityEvaluationResponses).values({ spaceId: grozd.id, activityId: activity.id, registrationId: row.id, answers: { overall: 5 } });
			}
		}
	});
});
afterAll(() => people?.app.close());

const get = (path: string, cookie?: string) => fetch(`${people.app.url}${path}`, { headers: cookie ? { cookie } : {} });
const body = async (response: Response) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());

describe('exports of attendance and evaluation over HTTP', () => {
	it('gives staff the attendance as CSV that csv-parse reads, in Slovenian by default, `;` for Excel when asked', async () => {
		const response = await get(`/api/v1/activities/${activityId}/attendance.csv?flavour=excel-sl`, people.cookies.staff);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="udelezba-pisanje-prijav-na-razpise\.csv"/);
		expect(response.headers.get('cache-control')).toMatch(/no-store/);
		const text = await body(response);
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(text).not.toContain('@example.si');
		const rows = parse(text, { bom: true, delimiter: ';' }) as string[][];
		expect(rows[0]).toEqual([
			'Aktivnost',
			'Datumi',
			'Ime in priimek',
			'Organizacija',
			'Matična številka',
			'Občina',
			'Regija',
			'Stanje',
			'Udeležena srečanja',
			'Vseh srečanj'
		]);
		expect(rows.slice(1).map((row) => [row[1], row[2], row[3], row[5], row[6], row[7]])).toEqual([
			['3. 3. 2031', 'Jože Kos', 'Društvo Čebelarjev Kranj', 'Kranj', 'Gorenjska', 'prijavljen'],
			['3. 3. 2031', 'Marija Čebular', 'Društvo Čebelarjev Kranj', 'Kranj', 'Gorenjska', 'prijavljen']
		]);
	});

	it("gives the space's attendance for a period as XLSX that exceljs opens, in English when asked", async () => {
		const response = await get(`/api/v1/spaces/grozd/activities/attendance.xlsx?from=2031-01-01&to=2031-12-31&locale=en`, people.cookies.admin);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		expect(response.headers.get('content-disposition')).toMatch(/filename="attendance-grozd-2031-01-01-2031-12-31\.xlsx"/);
		const { default: ExcelJS } = await import('exceljs');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(await response.arrayBuffer());
		const sheet = workbook.worksheets[0]!;
		expect(sheet.getRow(1).getCell(1).value).toBe('Activity');
		expect(sheet.rowCount).toBe(3);
		expect(sheet.getRow(2).getCell(1).value).toBe('Writing grant applications');
		expect(sheet.getRow(3).getCell(3).value).toBe('Marija Čebular');
		expect(sheet.getRow(3).getCell(8).value).toBe('registered');
		expect(sheet.getRow(3).getCell(10).value).toBe(1);
	});

	it('gives staff the evaluation answers with one column per question', async () => {
		const response = await get(`/api/v1/activities/${activityId}/evaluation.csv`, people.cookies.staff);
		expect(response.status).toBe(200);
		const rows = parse(await body(response), { bom: true }) as string[][];
		expect(rows[0]).toEqual(['Oddano', 'Ime in priimek', 'Organizacija', 'Zadovoljstvo']);
		expect(rows.slice(1).map((row) => row.slice(1))).toEqual([['Marija Čebular', 'Društvo Čebelarjev Kranj', '5']]);
	});

	it('refuses a member editor and a viewer (403) and anyone not signed in (401), for every export', async () => {
		const paths = [
			`/api/v1/activities/${activityId}/attendance.csv`,
			`/api/v1/activities/${activityId}/evaluation.xlsx`,
			'/api/v1/spaces/grozd/activities/attendance.csv',
			'/api/v1/activities/attendance.csv'
		];
		for (const path of paths) {
			expect((await get(path, people.cookies.memberEditor)).status, path).toBe(403);
			expect((await get(path, people.cookies.viewer)).status, path).toBe(403);
			expect((await get(path, people.cookies.outsider)).status, path).toBe(403);
			expect((await get(path)).status, path).toBe(401);
		}
		// across spaces only platform admins
		expect((await get('/api/v1/activities/attendance.csv?from=2031-01-01&to=2031-12-31', people.cookies.staff)).status).toBe(403);
		const platform = await get('/api/v1/activities/attendance.csv?from=2031-01-01&to=2031-12-31', people.cookies.platformAdmin);
		expect(platform.status).toBe(200);
		expect((parse(await body(platform), { bom: true }) as string[][]).slice(1).map((row) => row[0])).toEqual([
			'Grozd – stičišče nevladnih organizacij gorenjske regije',
			'Grozd – stičišče nevladnih organizacij gorenjske regije'
		]);
	});

	it('answers a bad period with 400 and its code, an unknown format with 404', async () => {
		const bad = await get('/api/v1/spaces/grozd/activities/attendance.csv?from=2031-12-31&to=2031-01-01', people.cookies.staff);
		expect(bad.status).toBe(400);
		expect((await bad.json()).code).toBe('activity_export_period_invalid');
		expect((await get(`/api/v1/activities/${activityId}/attendance.pdf`, people.cookies.staff)).status).toBe(404);
	});
});
