import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { cliActor } from '../../policy/actor.ts';
import { createOrganisationsRepository } from '../organisations.repository.ts';
import { createOrganisation } from '../organisations.usecases.ts';
import { getImport, previewImport } from './import-runs.usecases.ts';
import { importOrganisations } from './import.usecases.ts';
import { rejectedRowsFile } from './rejected-rows.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const fixture = (name: string) => ({ name, content: readFileSync(`tests/fixtures/imports/${name}`) });

describe('importing files as Excel in Slovenian, LibreOffice and AJPES write them', () => {
	let database: DatabaseHandle;
	const db = () => database.db;
	const repository = () => createOrganisationsRepository({ db: db() });
	const run = (file: { name: string; content: Buffer }, options: { dryRun?: boolean; skipRejected?: boolean } = {}) =>
		importOrganisations({ db: db(), context: cli, file, dryRun: options.dryRun ?? false, skipRejected: options.skipRejected });

	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(() => database.close());

	it('imports a Windows-1250 CSV from Excel in Slovenian without one garbled letter, lists and quoted `;` kept', async () => {
		const result = await run(fixture('excel-sl-windows-1250.csv'));
		expect(result).toMatchObject({ total: 3, created: 3, problems: [], applied: true });
		const cuk = await repository().findByRegistrationNumber('5012345');
		expect(cuk).toMatchObject({ name: 'Kulturno društvo „Čuk“ Šentvid', street: 'Šentviška cesta 12a', municipalityCode: '061', fields: ['culture', 'youth'] });
		expect((await repository().findByRegistrationNumber('3012345'))?.name).toBe('Društvo za varstvo okolja; "Zeleni" Škofja Loka');
		// the same file again changes nothing: the names read the same every time
		expect(await run(fixture('excel-sl-windows-1250.csv'))).toMatchObject({ unchanged: 3, created: 0, updated: 0 });
	});

	it('reads an AJPES PRS extract whole: house number and suffix, post office, a main unit as its organisation, branches rejected', async () => {
		const before = await repository().count();
		const preview = await run(fixture('ajpes-prs-windows-1250.csv'), { dryRun: true });
		// 4012345000 is the 7-digit 4012345 the Excel file created, with the same data: unchanged, never a second organisation
		expect(preview).toMatchObject({ total: 5, created: 3, updated: 0, unchanged: 1, rejected: 1 });
		expect(preview.problems).toEqual([
			expect.objectContaining({
				line: 3,
				column: 'registration_number',
				code: 'registration_number_branch_unit',
				detail: '5112345',
				value: '5112345001',
				name: 'PLANINSKO DRUŠTVO ŽALEC, Poslovna enota Koča na Mrzlici'
			})
		]);
		// all or nothing refuses the file; the good rows may go in alone
		expect(await run(fixture('ajpes-prs-windows-1250.csv'))).toMatchObject({ applied: false });
		expect(await repository().count()).toBe(before);
		expect(await run(fixture('ajpes-prs-windows-1250.csv'), { skipRejected: true })).toMatchObject({ created: 3, unchanged: 1, rejected: 1, applied: true });
		expect(await repository().count()).toBe(before + 3);

		expect(await repository().findByRegistrationNumber('5112345')).toMatchObject({
			name: 'PLANINSKO DRUŠTVO ŽALEC',
			legalForm: 'association',
			taxNumber: '34567895',
			street: 'Savinjska cesta 5a',
			postalCode: '3310',
			city: 'Žalec',
			municipalityCode: '190'
		});
		// a settlement without streets: its name and the house number; the post office is another place
		expect(await repository().findByRegistrationNumber('7012345')).toMatchObject({
			street: 'Rogla 65a',
			postalCode: '3214',
			city: 'Zreče',
			municipalityCode: '144'
		});
		expect(await repository().findByRegistrationNumber('8012345')).toMatchObject({
			legalForm: 'private_institute',
			street: 'Koroška cesta 14b',
			city: 'Kranj'
		});
		expect(await repository().findByRegistrationNumber('4012345')).toMatchObject({
			legalForm: 'federation',
			street: 'Savinjska cesta 3',
			shortName: 'ZDU Žalec'
		});
		expect(await repository().findByRegistrationNumber('5112345000')).toBeUndefined();
		expect((await repository().findByRegistrationNumber('5012345'))?.name).toBe('Kulturno društvo „Čuk“ Šentvid');
	});

	it('matches an organisation stored with its main-unit number (…000) by the 7-digit number, and gives it that number', async () => {
		await createOrganisation({ db: db(), context: cli, input: { name: 'Društvo Desetmestno', legalForm: 'association', registrationNumber: '9012345000' } });
		const before = await repository().count();
		const result = await run({ name: 'one.csv', content: Buffer.from('registration_number,name,legal_form\n9012345,Društvo Desetmestno,association\n') });
		expect(result).toMatchObject({ created: 0, updated: 1 });
		expect(await repository().count()).toBe(before);
		expect((await repository().findByRegistrationNumber('9012345'))?.name).toBe('Društvo Desetmestno');
	});

	it('flags new rows that look like organisations of the registry before anything is written', async () => {
		const file = {
			name: 'new.csv',
			content: Buffer.from(
				[
					'registration_number;tax_number;name;legal_form;city;municipality_code',
					';;Kulturno drustvo Čuk Šentvid;association;Ljubljana - Šentvid;061',
					';34567895;Planinci Žalca;association;;',
					'1999999;;Društvo čisto novo;association;;061'
				].join('\r\n')
			)
		};
		const preview = await run(file, { dryRun: true });
		expect(preview.created).toBe(3);
		const cuk = await repository().findByRegistrationNumber('5012345');
		const zalec = await repository().findByRegistrationNumber('5112345');
		expect(preview.likelyDuplicates).toEqual([
			{ line: 2, name: 'Kulturno drustvo Čuk Šentvid', matches: [expect.objectContaining({ id: cuk!.id, reasons: ['similar_name'] })] },
			{ line: 3, name: 'Planinci Žalca', matches: [expect.objectContaining({ id: zalec!.id, name: 'PLANINSKO DRUŠTVO ŽALEC', reasons: ['same_tax_number'] })] }
		]);
	});

	it('gives the rejected rows back in the file they came in, with a column saying what is wrong', async () => {
		const staff = await previewImport({ db: db(), context: cli, file: fixture('ajpes-prs-windows-1250.csv') });
		const view = await getImport({ db: db(), actor: cliActor, importId: staff.id });
		expect(view).toMatchObject({ rejectedCount: 1, csvDialect: { encoding: 'windows-1250', delimiter: ';' } });
		const file = await rejectedRowsFile({
			db: db(),
			actor: cliActor,
			importId: staff.id,
			errorColumn: 'napaka',
			describe: (problems) => problems.map((problem) => problem.code).join('; ')
		});
		expect(file.fileName).toBe('ajpes-prs-windows-1250-rejected.csv');
		const text = file.body.toString('utf8');
		expect(file.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		const [header, row, end] = text.slice(1).split('\r\n');
		expect(header!.split(';')).toHaveLength(63);
		expect(header!.endsWith(';POSEBEN_STATUS;napaka')).toBe(true);
		expect(row).toContain(';5112345001;PLANINSKO DRUŠTVO ŽALEC, Poslovna enota Koča na Mrzlici;');
		expect(row!.endsWith(';registration_number_branch_unit')).toBe(true);
		expect(end).toBe('');
		// the file of rejected rows, fixed, imports like any other
		const fixed = Buffer.from(text.replace('5112345001', '5112346000'));
		expect(await run({ name: 'fixed.csv', content: fixed }, { dryRun: true })).toMatchObject({ total: 1, created: 1, problems: [] });
	});

	it('writes the rejected rows of a workbook as XLSX, cells as they were', async () => {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Člani');
		sheet.addRow(['registration_number', 'name', 'legal_form']);
		sheet.addRow(['1777777', 'Društvo Dobro', 'association']);
		sheet.addRow(['17', 'Društvo Slabo', 'sekta']);
		const preview = await previewImport({ db: db(), context: cli, file: { name: 'clani.xlsx', content: Buffer.from(await workbook.xlsx.writeBuffer()) } });
		const file = await rejectedRowsFile({
			db: db(),
			actor: cliActor,
			importId: preview.id,
			errorColumn: 'napaka',
			describe: (problems) => problems.map((problem) => problem.column).join(', ')
		});
		expect(file).toMatchObject({ fileName: 'clani-rejected.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
		const rejected = new ExcelJS.Workbook();
		await rejected.xlsx.load(file.body as unknown as ArrayBuffer);
		const rows = rejected.worksheets[0]!.getSheetValues()
			.filter(Boolean)
			.map((row) => (row as unknown[]).slice(1));
		expect(rows).toEqual([
			['registration_number', 'name', 'legal_form', 'napaka'],
			['17', 'Društvo Slabo', 'sekta', 'legal_form, registration_number']
		]);
	});
});
