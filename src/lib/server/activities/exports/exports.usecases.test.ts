import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personIn } from '../../../../../tests/support/actors.ts';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { createOrganisation } from '../../organisations/organisations.usecases.ts';
import { createPerson } from '../../people/people.usecases.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { createSpace } from '../../spaces/spaces.usecases.ts';
import { createActivity } from '../activities.usecases.ts';
import { activityAttendances } from '../checkin/checkin.table.ts';
import { activityEvaluationResponses } from '../evaluation/evaluation.table.ts';
import { takePlace } from '../registrations/registrations.usecases.ts';
import { exportAttendance, checkedPeriod } from './attendance.export.ts';
import { exportEvaluation } from './evaluation.export.ts';
import { contentDisposition } from './export-stream.ts';

const cli = { actor: cliActor, source: 'cli' } as const;

async function text(file: { stream: ReadableStream<Uint8Array> }): Promise<string> {
	// keep the byte order mark, which TextDecoder drops by default
	return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(file.stream).arrayBuffer());
}

const parsed = (csv: string, delimiter = ',') => parse(csv, { bom: true, delimiter }) as string[][];

describe('exports of attendance and evaluation', () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;
	let other: SpaceRef;
	let trainingId = '';
	let anonymousId = '';
	let otherId = '';

	beforeAll(async () => {
		database = await createTestDatabase();
		const { db } = database;
		await createSpace({ db, context: cli, input: { slug: 'nvo-vid', kind: 'thematic_network', name: { sl: 'NVO-VID' } } });
		await createSpace({ db, context: cli, input: { slug: 'grozd', kind: 'regional_hub', name: { sl: 'Grozd' } } });
		hub = await findSpaceRef(db, 'nvo-vid');
		other = await findSpaceRef(db, 'grozd');
		const tri = await createOrganisation({
			db,
			context: cli,
			input: { name: 'Zavod Tri', legalForm: 'private_institute', registrationNumber: '7654321', municipalityCode: '133' }
		});
		const formula = await createOrganisation({ db, context: cli, input: { name: '=HYPERLINK("x")', legalForm: 'association' } });
		const training = await createActivity({
			db,
			context: cli,
			space: hub,
			input: {
				title: { sl: 'Digitalna dostopnost', en: 'Digital accessibility' },
				type: 'training',
				pillar: 'training',
				sessions: [
					{ startsAt: '2031-03-03T09:00:00+01:00', endsAt: '2031-03-03T12:00:00+01:00', online: true, url: 'https://meet.example.si/a' },
					{ startsAt: '2031-03-10T09:00:00+01:00', endsAt: '2031-03-10T12:00:00+01:00', online: true, url: 'https://meet.example.si/a' }
				],
				evaluationQuestions: [
					{ id: 'overall', kind: 'rating', required: true, label: { sl: 'Zadovoljstvo', en: 'Satisfaction' } },
					{ id: 'improved_work', kind: 'yes_no', required: false, label: { sl: 'Izboljšalo delo?', en: 'Improved work?' } },
					{
						id: 'format',
						kind: 'choice',
						required: false,
						label: { sl: 'Oblika', en: 'Format' },
						options: [
							{ sl: 'v živo', en: 'in person' },
							{ sl: 'splet', en: 'online' }
						]
					},
					{ id: 'improve', kind: 'text', required: false, label: { sl: 'Predlogi', en: 'Suggestions' } }
				]
			}
		});
		trainingId = training.id;
		const people = [];
		for (const [name, email] of [
			['Špela Novak', 'spela@example.si'],
			['Ana Kranjc', 'ana@example.si'],
			['Žan Zupan', 'zan@example.si']
		] as const)
			people.push(await createPerson({ db, context: cli, input: { name, email, phone: '+386 41 123 456' } }));
		const [spela, ana, zan] = people;
		const first = await takePlace({
			db,
			spaceId: hub.id,
			registration: { activityId: training.id, personId: spela!.id, organisationId: tri.id, source: 'form', locale: 'sl' }
		});
		await takePlace({
			db,
			spaceId: hub.id,
			registration: { activityId: training.id, personId: ana!.id, organisationId: formula.id, source: 'form', locale: 'sl' }
		});
		const cancelled = await takePlace({
			db,
			spaceId: hub.id,
			registration: { activityId: training.id, personId: zan!.id, organisationId: null, source: 'form', locale: 'sl' }
		});
		await db.execute(`update activity_registrations set status = 'cancelled' where id = '${cancelled.row.id}'`);
		await db
			.insert(activityAttendances)
			.values(
				training.sessions.map((session) => ({ spaceId: hub.id, registrationId: first.row.id, sessionId: session.id, checkedInAt: new Date(), method: 'tap' }))
			);
		await db.insert(activityEvaluationResponses).values([
			{
				spaceId: hub.id,
				activityId: training.id,
				registrationId: first.row.id,
				answers: { overall: 5, improved_work: true, format: 1, improve: 'Več primerov\nin vaj' }
			},
			{ spaceId: hub.id, activityId: training.id, registrationId: null, answers: { overall: 3, improved_work: false, old_question: 'staro' } }
		]);

		const secret = await createActivity({
			db,
			context: cli,
			space: hub,
			input: {
				title: { sl: 'Anonimna anketa' },
				type: 'workshop',
				pillar: 'training',
				evaluationAnonymous: true,
				evaluationQuestions: [{ id: 'overall', kind: 'rating', required: true, label: { sl: 'Zadovoljstvo' } }],
				sessions: [{ startsAt: '2031-02-01T09:00:00+01:00', endsAt: '2031-02-01T12:00:00+01:00', online: true, url: 'https://meet.example.si/b' }]
			}
		});
		anonymousId = secret.id;
		const answered = await takePlace({
			db,
			spaceId: hub.id,
			registration: { activityId: secret.id, personId: ana!.id, organisationId: formula.id, source: 'form', locale: 'sl' }
		});
		await db.insert(activityEvaluationResponses).values({ spaceId: hub.id, activityId: secret.id, registrationId: null, answers: { overall: 4 } });
		await db.execute(`update activity_registrations set evaluated_at = now() where id = '${answered.row.id}'`);

		const elsewhere = await createActivity({
			db,
			context: cli,
			space: other,
			input: {
				title: { sl: 'Drugje' },
				type: 'training',
				pillar: 'training',
				sessions: [{ startsAt: '2031-03-05T09:00:00+01:00', endsAt: '2031-03-05T12:00:00+01:00', online: true, url: 'https://meet.example.si/c' }]
			}
		});
		otherId = elsewhere.id;
		await takePlace({
			db,
			spaceId: other.id,
			registration: { activityId: elsewhere.id, personId: zan!.id, organisationId: null, source: 'form', locale: 'sl' }
		});
	});
	afterAll(() => database.close());

	it("writes an activity's attendance with only the fields needed, cancelled registrations left out", async () => {
		const file = await exportAttendance({
			db: database.db,
			actor: personIn(hub.id, 'staff'),
			scope: { kind: 'activity', activityId: trainingId },
			format: 'csv',
			locale: 'sl'
		});
		const csv = await text(file);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv).not.toMatch(/@example\.si|41 123/);
		const rows = parsed(csv);
		expect(rows).toEqual([
			['Aktivnost', 'Datumi', 'Ime in priimek', 'Organizacija', 'Matična številka', 'Občina', 'Regija', 'Stanje', 'Udeležena srečanja', 'Vseh srečanj'],
			['Digitalna dostopnost', '3. 3. 2031, 10. 3. 2031', 'Ana Kranjc', `'=HYPERLINK("x")`, '', '', '', 'prijavljen', '0', '2'],
			['Digitalna dostopnost', '3. 3. 2031, 10. 3. 2031', 'Špela Novak', 'Zavod Tri', '7654321', 'Velenje', 'Savinjska', 'prijavljen', '2', '2']
		]);
		expect(file.baseName).toBe('udelezba Digitalna dostopnost');
	});

	it('writes headings and words in English and `;` for Excel set to Slovenian when asked', async () => {
		const file = await exportAttendance({
			db: database.db,
			actor: personIn(hub.id, 'admin'),
			scope: { kind: 'activity', activityId: trainingId },
			format: 'csv',
			locale: 'en',
			flavour: 'excel-sl'
		});
		const rows = parsed(await text(file), ';');
		expect(rows[0]![0]).toBe('Activity');
		expect(rows[1]!.slice(0, 2)).toEqual(['Digital accessibility', '3 Mar 2031, 10 Mar 2031']);
		expect(rows[1]![7]).toBe('registered');
	});

	it("exports a space's period, in batches of any size, and every space's only for platform admins", async () => {
		const all = async (batchSize: number) =>
			parsed(
				await text(
					await exportAttendance({
						db: database.db,
						actor: personIn(hub.id, 'staff'),
						scope: { kind: 'space', space: hub, from: '2031-01-01', to: '2031-12-31' },
						format: 'csv',
						locale: 'sl',
						batchSize
					})
				)
			);
		const whole = await all(1000);
		// the anonymous workshop (1 February) comes first, by its first session
		expect(whole.slice(1).map((row) => [row[0], row[2]])).toEqual([
			['Anonimna anketa', 'Ana Kranjc'],
			['Digitalna dostopnost', 'Ana Kranjc'],
			['Digitalna dostopnost', 'Špela Novak']
		]);
		expect(await all(1)).toEqual(whole);
		expect(await all(2)).toEqual(whole);
		const march = parsed(
			await text(
				await exportAttendance({
					db: database.db,
					actor: personIn(hub.id, 'staff'),
					scope: { kind: 'space', space: hub, from: '2031-03-10', to: '2031-03-31' },
					format: 'csv',
					locale: 'sl'
				})
			)
		);
		expect(march.length).toBe(3);
		await expect(
			exportAttendance({
				db: database.db,
				actor: personIn(hub.id, 'staff'),
				scope: { kind: 'platform', from: '2031-01-01', to: '2031-12-31' },
				format: 'csv',
				locale: 'sl'
			})
		).rejects.toMatchObject({ code: 'forbidden' });
		const platform = parsed(
			await text(
				await exportAttendance({
					db: database.db,
					actor: cliActor,
					scope: { kind: 'platform', from: '2031-01-01', to: '2031-12-31' },
					format: 'csv',
					locale: 'sl'
				})
			)
		);
		expect(platform.slice(1).map((row) => [row[0], row[1], row[3]])).toEqual([
			['NVO-VID', 'Anonimna anketa', 'Ana Kranjc'],
			['NVO-VID', 'Digitalna dostopnost', 'Ana Kranjc'],
			['NVO-VID', 'Digitalna dostopnost', 'Špela Novak'],
			['Grozd', 'Drugje', 'Žan Zupan']
		]);
	});

	it('refuses before any byte: anonymous, a viewer, staff of another space, a bad period', async () => {
		const scope = { kind: 'activity', activityId: trainingId } as const;
		await expect(exportAttendance({ db: database.db, actor: anonymous, scope, format: 'csv', locale: 'sl' })).rejects.toMatchObject({
			kind: 'unauthenticated'
		});
		await expect(exportAttendance({ db: database.db, actor: personIn(hub.id, 'viewer'), scope, format: 'csv', locale: 'sl' })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(exportAttendance({ db: database.db, actor: personIn(other.id, 'staff'), scope, format: 'xlsx', locale: 'sl' })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(
			exportEvaluation({ db: database.db, actor: personIn(other.id, 'staff'), activityId: trainingId, format: 'csv', locale: 'sl' })
		).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(
			exportAttendance({
				db: database.db,
				actor: cliActor,
				scope: { kind: 'activity', activityId: '00000000-0000-4000-8000-000000000000' },
				format: 'csv',
				locale: 'sl'
			})
		).rejects.toMatchObject({ code: 'activity_not_found' });
		expect(() => checkedPeriod('2031-12-31', '2031-01-01')).toThrow(/period/);
		expect(() => checkedPeriod('2031-02-30', '2031-03-01')).toThrow(/period/);
		expect(() => checkedPeriod('1. 1. 2031', '2031-03-01')).toThrow(/period/);
		expect(checkedPeriod('2031-01-01', '2031-01-01')).toEqual({ from: '2031-01-01', to: '2031-01-01' });
		await expect(
			exportAttendance({
				db: database.db,
				actor: cliActor,
				scope: { kind: 'space', space: other, from: '2031-01-01', to: '2020-01-01' },
				format: 'csv',
				locale: 'sl'
			})
		).rejects.toMatchObject({ code: 'activity_export_period_invalid' });
		void otherId;
	});

	it('writes evaluation answers as columns per question: numbers, words, labels, text, and answers of questions since removed', async () => {
		const rows = parsed(
			await text(await exportEvaluation({ db: database.db, actor: personIn(hub.id, 'staff'), activityId: trainingId, format: 'csv', locale: 'sl' }))
		);
		expect(rows[0]).toEqual(['Oddano', 'Ime in priimek', 'Organizacija', 'Zadovoljstvo', 'Izboljšalo delo?', 'Oblika', 'Predlogi', 'old_question']);
		const byScore = new Map(rows.slice(1).map((row) => [row[3], row]));
		expect(byScore.get('5')!.slice(1)).toEqual(['Špela Novak', 'Zavod Tri', '5', 'da', 'splet', 'Več primerov\nin vaj', '']);
		expect(byScore.get('5')![0]).toMatch(/^\d{1,2}\. \d{1,2}\. \d{4}/);
		// an answer kept apart from its registration: no name
		expect(byScore.get('3')!.slice(1)).toEqual(['', '', '3', 'ne', '', '', 'staro']);
	});

	it('leaves out who answered an anonymous evaluation, and when', async () => {
		const file = await exportEvaluation({ db: database.db, actor: personIn(hub.id, 'staff'), activityId: anonymousId, format: 'csv', locale: 'en' });
		// the question has no English label: its Slovenian one stands in
		expect(parsed(await text(file))).toEqual([['Zadovoljstvo'], ['4']]);
	});

	it('writes XLSX that exceljs opens, counts as numbers', async () => {
		const file = await exportAttendance({
			db: database.db,
			actor: personIn(hub.id, 'staff'),
			scope: { kind: 'activity', activityId: trainingId },
			format: 'xlsx',
			locale: 'sl'
		});
		const { default: ExcelJS } = await import('exceljs');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(await new Response(file.stream).arrayBuffer());
		const sheet = workbook.worksheets[0]!;
		expect(sheet.name).toBe('Udeležba');
		expect(sheet.getRow(1).getCell(1).value).toBe('Aktivnost');
		expect(sheet.getRow(3).getCell(3).value).toBe('Špela Novak');
		expect(sheet.getRow(3).getCell(9).value).toBe(2);
		expect(sheet.rowCount).toBe(3);
	});

	it('names the file in ASCII with the UTF-8 name beside it', () => {
		expect(contentDisposition('udelezba Dan vključujoče družbe', 'csv')).toBe(
			`attachment; filename="udelezba-dan-vkljucujoce-druzbe.csv"; filename*=UTF-8''udelezba%20Dan%20vklju%C4%8Dujo%C4%8De%20dru%C5%BEbe.csv`
		);
	});
});
