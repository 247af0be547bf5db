import { buffer } from 'node:stream/consumers';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { taxNumberCheckDigit } from '../../../reference/identifiers.ts';
import type { SpaceRole } from '../../../policy/roles.ts';
import { auditLog } from '../../audit/audit.table.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { anonymous, cliActor, type Actor } from '../../policy/actor.ts';
import { createOrganisationsRepository } from '../organisations.repository.ts';
import { createOrganisation, getOrganisation } from '../organisations.usecases.ts';
import { organisations } from '../organisations.table.ts';
import { exportOrganisations, organisationsToFile } from './export.usecases.ts';
import { importOrganisations } from './import.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const header =
	'registration_number,tax_number,name,short_name,legal_form,street,postal_code,city,municipality_code,email,website,fields,public_interest_fields';

/** A valid tax number made from seven digits. */
function taxNumber(seed: number): string {
	for (let base = seed; ; base++) {
		const firstSeven = String(1_000_000 + (base % 9_000_000)).padStart(7, '1');
		const check = taxNumberCheckDigit(firstSeven);
		if (check !== undefined) return `${firstSeven}${check}`;
	}
}

/** What importing a file that changes nothing answers. */
const unchangedImport = (total: number) => ({
	total,
	created: 0,
	updated: 0,
	unchanged: total,
	problems: [],
	rejected: 0,
	likelyDuplicates: [],
	applied: true
});

const csv = (...lines: string[]) => ({ name: 'organisations.csv', content: Buffer.from(`${lines.join('\n')}\n`, 'utf8') });

describe('importing organisations', () => {
	let database: DatabaseHandle;
	const db = () => database.db;
	const count = () => createOrganisationsRepository({ db: db() }).count();
	const run = (file: { name: string; content: Buffer }, options: { dryRun?: boolean; mapping?: Record<string, string> } = {}) =>
		importOrganisations({ db: db(), context: cli, file, dryRun: options.dryRun ?? false, mapping: options.mapping });

	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(() => database.close());

	it('creates every organisation of a file in our layout, audits each and the import, and reports progress', async () => {
		const progress: [number, number][] = [];
		const result = await importOrganisations({
			db: db(),
			context: cli,
			dryRun: false,
			onProgress: (processed, total) => progress.push([processed, total]),
			file: csv(
				header,
				`1000001,${taxNumber(1)},Društvo Stičišče Kranj,Stičišče,association,Koroška cesta 1,4000,Kranj,52,info@sticisce.si,https://sticisce.si,culture;youth,culture:2020-05-04;youth`,
				'1000002,,"Zavod ""Tri"", Ljubljana",,private_institute,,,,061,,,,',
				',,Ustanova Fundacija Petrol,,foundation,,,,,,,,'
			)
		});
		expect(result).toEqual({ total: 3, created: 3, updated: 0, unchanged: 0, problems: [], rejected: 0, likelyDuplicates: [], applied: true });
		expect(progress.at(0)).toEqual([0, 3]);
		expect(progress.at(-1)).toEqual([3, 3]);
		const kranj = await createOrganisationsRepository({ db: db() }).findByRegistrationNumber('1000001');
		expect(kranj).toMatchObject({
			name: 'Društvo Stičišče Kranj',
			municipalityCode: '052',
			regionCode: 'SI042',
			fields: ['culture', 'youth'],
			publicInterest: [
				{ field: 'culture', decidedOn: '2020-05-04' },
				{ field: 'youth', decidedOn: null }
			],
			sortName: 'drustvo sticisce kranj'
		});
		expect((await createOrganisationsRepository({ db: db() }).findByRegistrationNumber('1000002'))?.name).toBe('Zavod "Tri", Ljubljana');
		const audit = await db().select().from(auditLog).where(eq(auditLog.entityType, 'organisation'));
		expect(audit.filter((entry) => entry.action === 'organisation.create')).toHaveLength(3);
		const [summary] = await db().select().from(auditLog).where(eq(auditLog.action, 'organisation.import'));
		expect(summary?.after).toMatchObject({ fileName: 'organisations.csv', total: 3, created: 3 });
	});

	it('names every rejected row by line, column and reason, and then writes nothing at all', async () => {
		const before = await count();
		const result = await run(
			csv(
				header,
				`2000001,${taxNumber(2)},Društvo v redu,,association,,,,,,,,`,
				'12345,,Napačna matična,,association,,,,,,,,',
				`2000003,${taxNumber(3).slice(0, 7)}9,Napačna davčna,,association,,,,,,,,`,
				'2000004,,Neznana občina,,association,,,,145,,,,',
				'2000005,,Neznana oblika,,sect,,,,,,,,',
				'2000006,,,,association,,,,,,,,',
				'2000007,,Neznano področje,,association,,,,,,,astrology,',
				'2000008,,Napačen e-naslov,,association,,,,,not-an-address,,,',
				'2000009,,Napačen datum,,association,,,,,,,culture,culture:4.5.2020',
				'2000001,,Podvojena matična,,association,,,,,,,,',
				'"2000011",,"Ime v dveh',
				'vrsticah",,association,,12,,,,,,',
				'2000012,,Brez oblike,,,,,,,,,,'
			)
		);
		expect(result.applied).toBe(false);
		expect(result.problems.map(({ line, column, code }) => [line, column, code])).toEqual([
			[3, 'registration_number', 'registration_number_format'],
			[4, 'tax_number', 'tax_number_check_digit'],
			[5, 'municipality_code', 'municipality_unknown'],
			[6, 'legal_form', 'legal_form_unknown'],
			[7, 'name', 'name_missing'],
			[8, 'fields', 'field_unknown'],
			[9, 'email', 'email_invalid'],
			[10, 'public_interest_fields', 'date_invalid'],
			[11, 'registration_number', 'registration_number_duplicate'],
			// a cell typed on two lines (Alt+Enter in a spreadsheet) is not a name
			[12, 'name', 'text_invalid_characters'],
			[12, 'postal_code', 'postal_code_format'],
			[14, 'legal_form', 'legal_form_missing']
		]);
		expect(result.problems.find((found) => found.line === 11)?.message).toContain('earlier line: 2');
		expect(result.problems.find((found) => found.line === 8)?.message).toContain('astrology');
		expect(result.created).toBe(1);
		expect(await count()).toBe(before);
		expect(await createOrganisationsRepository({ db: db() }).findByRegistrationNumber('2000001')).toBeUndefined();
	});

	it('updates by registration number, or by name and municipality when there is none, keeping what the file has no column for', async () => {
		const numbered = await createOrganisation({
			db: db(),
			context: cli,
			input: { name: 'Društvo Staro ime', legalForm: 'association', registrationNumber: '3000001', aliases: ['DSI'], donationEligible: true }
		});
		const unnumbered = await createOrganisation({
			db: db(),
			context: cli,
			input: { name: 'Kulturno društvo Vrba', legalForm: 'association', municipalityCode: '192', city: 'Vrba' }
		});
		const result = await run(
			csv(
				'registration_number,name,legal_form,municipality_code,city',
				'3000001,Društvo Novo ime,association,061,Ljubljana',
				',KULTURNO DRUSTVO VRBA,association,192,Žirovnica',
				',Kulturno društvo Vrba,association,061,Ljubljana'
			)
		);
		expect(result).toMatchObject({ total: 3, created: 1, updated: 2, unchanged: 0, problems: [], applied: true });
		const renamed = await getOrganisation({ db: db(), id: numbered.id });
		expect(renamed).toMatchObject({ organisation: { name: 'Društvo Novo ime', aliases: ['DSI'], donationEligible: true, regionCode: 'SI041' } });
		const moved = await getOrganisation({ db: db(), id: unnumbered.id });
		expect(moved).toMatchObject({ organisation: { name: 'KULTURNO DRUSTVO VRBA', city: 'Žirovnica', municipalityCode: '192' } });
		const updates = await db().select().from(auditLog).where(eq(auditLog.entityId, numbered.id));
		expect(updates.find((entry) => entry.action === 'organisation.update')).toMatchObject({
			before: { name: 'Društvo Staro ime' },
			after: { name: 'Društvo Novo ime' }
		});
	});

	it('counts rows that change nothing as unchanged and does not write them', async () => {
		const file = csv(header, `4000001,,Zavod Enak,,private_institute,,,,,,,sport,`);
		expect(await run(file)).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
		const [row] = await db().select().from(organisations).where(eq(organisations.registrationNumber, '4000001'));
		expect(await run(file)).toMatchObject({ created: 0, updated: 0, unchanged: 1, applied: true });
		const [after] = await db().select().from(organisations).where(eq(organisations.registrationNumber, '4000001'));
		expect(after?.updatedAt).toEqual(row?.updatedAt);
		const entries = await db().select().from(auditLog).where(eq(auditLog.entityId, row!.id));
		expect(entries).toHaveLength(1);
	});

	it('previews a dry run with its counts and writes nothing', async () => {
		const before = await count();
		const result = await run(csv(header, '5000001,,Zavod Suhi tek,,private_institute,,,,,,,,'), { dryRun: true });
		expect(result).toEqual({ total: 1, created: 1, updated: 0, unchanged: 0, problems: [], rejected: 0, likelyDuplicates: [], applied: false });
		expect(await count()).toBe(before);
	});

	it('reads a CSV with a BOM and semicolons, as Excel writes it in Slovenia', async () => {
		const content = Buffer.from(`\uFEFF${header.replaceAll(',', ';')}\r\n6000001;;Društvo Podpičje;;association;;;;;;;"culture;sport";\r\n`, 'utf8');
		expect(await run({ name: 'excel.csv', content })).toMatchObject({ created: 1, problems: [] });
		expect((await createOrganisationsRepository({ db: db() }).findByRegistrationNumber('6000001'))?.fields).toEqual(['culture', 'sport']);
	});

	it('maps an AJPES register extract: names, address parts (the post office as the city), municipality by code or name, legal form stated or in the name, a main unit as its organisation', async () => {
		const extract = [
			'MATICNA;DAVCNA;POPOLNO_IME;KRATKO_IME;PRAVNA_OBLIKA;ULICA;HS;HS_DODATEK;POSTNA_ST;POSTA;NASELJE;OBCINA_SIF;OBCINA_IME;SPLETNA_STRAN',
			`7000001000;SI ${taxNumber(7)};PLANINSKO DRUŠTVO GORJE;PD GORJE;Društvo;Zgornje Gorje;45;a;4247;Zgornje Gorje;Zgornje Gorje;207;Gorje;pd-gorje.si`,
			`7000002;;ZAVOD ZA KULTURO KOPER;;;Pristaniška ulica;2;;6000;Koper - Capodistria;;;Koper;`
		].join('\n');
		const result = await run({ name: 'ajpes.csv', content: Buffer.from(extract) });
		expect(result).toMatchObject({ created: 2, problems: [] });
		const gorje = await createOrganisationsRepository({ db: db() }).findByRegistrationNumber('7000001');
		expect(gorje).toMatchObject({
			taxNumber: taxNumber(7),
			name: 'PLANINSKO DRUŠTVO GORJE',
			shortName: 'PD GORJE',
			legalForm: 'association',
			street: 'Zgornje Gorje 45a',
			postalCode: '4247',
			city: 'Zgornje Gorje',
			municipalityCode: '207',
			website: 'https://pd-gorje.si'
		});
		const koper = await createOrganisationsRepository({ db: db() }).findByRegistrationNumber('7000002');
		expect(koper).toMatchObject({ legalForm: 'private_institute', street: 'Pristaniška ulica 2', municipalityCode: '050', city: 'Koper - Capodistria' });
	});

	it('needs a mapping for any other header, and imports through one', async () => {
		const file = csv('Naziv organizacije,Oblika,E-pošta', 'Društvo Preslikava,društvo,info@preslikava.si');
		await expect(run(file)).rejects.toMatchObject({ code: 'import_mapping_needed', details: { header: ['Naziv organizacije', 'Oblika', 'E-pošta'] } });
		await expect(run(file, { mapping: { name: 'Naziv organizacije' } })).rejects.toMatchObject({ code: 'import_mapping_required' });
		await expect(run(file, { mapping: { name: 'Naziv organizacije', legal_form: 'Tip' } })).rejects.toMatchObject({ code: 'import_mapping_column_missing' });
		const result = await run(file, { mapping: { name: 'Naziv organizacije', legal_form: 'Oblika', email: 'E-pošta' } });
		expect(result).toMatchObject({ created: 1, problems: [] });
	});

	it('refuses people who do not keep the registry; exports to anyone', async () => {
		const viewer: Actor = {
			kind: 'session',
			userId: 'viewer',
			email: 'viewer@example.si',
			name: 'Viewer',
			isPlatformAdmin: false,
			memberships: new Map([['space', { role: 'viewer' as SpaceRole, organisationId: null }]])
		};
		const file = csv(header, '8000001,,Zavod X,,private_institute,,,,,,,,');
		await expect(importOrganisations({ db: db(), context: { actor: viewer, source: 'form' }, file, dryRun: true })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(importOrganisations({ db: db(), context: { actor: anonymous, source: 'form' }, file, dryRun: true })).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		const exported = (await buffer(exportOrganisations({ db: db(), actor: anonymous, filter: {}, format: 'csv' }))).toString('utf8');
		// the header and at least one organisation imported by the tests above
		expect(exported.trim().split('\r\n').length).toBeGreaterThan(1);
	});

	it('exports the directory filter in our layout, sorted by name; a CSV round trip changes nothing and exports the same bytes', async () => {
		const exported = await buffer(exportOrganisations({ db: db(), actor: anonymous, filter: {}, format: 'csv' }));
		expect(exported.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		const lines = exported.toString('utf8').slice(1).split('\r\n');
		expect(lines[0]).toBe(header);
		expect(lines).toContain(
			`1000001,${taxNumber(1)},Društvo Stičišče Kranj,Stičišče,association,Koroška cesta 1,4000,Kranj,052,info@sticisce.si,https://sticisce.si,culture;youth,culture:2020-05-04;youth`
		);
		const total = await count();
		expect(await run({ name: 'export.csv', content: exported })).toEqual(unchangedImport(total));
		const again = await buffer(exportOrganisations({ db: db(), actor: anonymous, filter: {}, format: 'csv' }));
		expect(again.equals(exported)).toBe(true);

		const gorenjska = await buffer(exportOrganisations({ db: db(), actor: anonymous, filter: { region: 'SI042', legalForm: 'association' }, format: 'csv' }));
		const names = gorenjska
			.toString('utf8')
			.trim()
			.split('\r\n')
			.slice(1)
			.map((line) => line.split(',')[2]);
		expect(names).toEqual(['Društvo Stičišče Kranj', 'KULTURNO DRUSTVO VRBA', 'PLANINSKO DRUŠTVO GORJE']);
	});

	it('exports XLSX with text cells that import back unchanged', async () => {
		const exported = await buffer(exportOrganisations({ db: db(), actor: anonymous, filter: {}, format: 'xlsx' }));
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(exported as unknown as ArrayBuffer);
		const sheet = workbook.worksheets[0]!;
		expect(sheet.getRow(1).getCell(1).value).toBe('registration_number');
		expect(sheet.getRow(1).cellCount).toBe(13);
		const total = await count();
		expect(sheet.rowCount).toBe(total + 1);
		expect(await run({ name: 'export.xlsx', content: exported })).toEqual(unchangedImport(total));
	});

	it('reads numbers typed into a workbook, keeping the leading zeros their format shows', async () => {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('List');
		sheet.addRow(['registration_number', 'name', 'legal_form', 'municipality_code', 'postal_code']);
		const row = sheet.addRow([123456, 'Zavod Ničla', 'private_institute', 61, 1000]);
		row.getCell(1).numFmt = '0000000';
		const content = Buffer.from(await workbook.xlsx.writeBuffer());
		expect(await run({ name: 'typed.xlsx', content })).toMatchObject({ created: 1, problems: [] });
		expect(await createOrganisationsRepository({ db: db() }).findByRegistrationNumber('0123456')).toMatchObject({
			municipalityCode: '061',
			postalCode: '1000'
		});
	});

	it('writes files that are only organisations, as the pure function is given them', async () => {
		const file = await organisationsToFile(
			[{ name: 'Zavod, ki ima vejico', legalForm: 'private_institute', aliases: [], fields: [], publicInterest: [], donationEligible: false }],
			'csv'
		);
		expect(file.toString('utf8')).toBe(`\uFEFF${header}\r\n,,"Zavod, ki ima vejico",,private_institute,,,,,,,,\r\n`);
	});
});
