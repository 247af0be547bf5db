import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { createOrganisationsRepository } from '../organisations.repository.ts';
import { createOrganisation } from '../organisations.usecases.ts';
import type { OrganisationInput } from '../organisations.schemas.ts';
import { exportOrganisations, organisationsToFile } from './export.usecases.ts';
import { cellsAsWritten } from './file-format.ts';
import { importOrganisations } from './import.usecases.ts';
import { readTable } from './read-file.ts';

const cli = { actor: cliActor, source: 'cli' } as const;

/** Names a spreadsheet would run as formulas if they were written as they are. */
const formulaNames = ['=HYPERLINK("http://evil","x")', '+SUM(A1:A2)', '-2+3 društvo', '@cmd zavod', "'=že v narekovajih", "''+dvakrat"];

const organisation = (name: string, extra: Partial<OrganisationInput> = {}): OrganisationInput => ({
	name,
	legalForm: 'association',
	aliases: [],
	fields: [],
	publicInterest: [],
	donationEligible: false,
	...extra
});

describe('exporting organisations', () => {
	let database: DatabaseHandle;
	const db = () => database.db;
	const exportCsv = (batchSize?: number) => exportOrganisations({ db: db(), actor: anonymous, filter: {}, format: 'csv', batchSize });

	beforeAll(async () => {
		database = await createTestDatabase();
		for (const name of formulaNames) await createOrganisation({ db: db(), context: cli, input: organisation(name) });
		await createOrganisation({ db: db(), context: cli, input: organisation('Društvo Navadno', { street: '-Ulica z minusom 1', city: '@Kranj' }) });
	});
	afterAll(() => database.close());

	it('writes formula starts as text (a leading quote) in CSV, and the import gives back every value unchanged', async () => {
		const csv = (await buffer(exportCsv())).toString('utf8');
		expect(csv).toContain(`,"'=HYPERLINK(""http://evil"",""x"")",`);
		expect(csv).toContain(",'+SUM(A1:A2),");
		expect(csv).toContain(",'-2+3 društvo,");
		expect(csv).toContain(",'@cmd zavod,");
		expect(csv).toContain(",''=že v narekovajih,");
		expect(csv).toContain(",'''+dvakrat,");
		expect(csv).toContain(",'-Ulica z minusom 1,,'@Kranj,");
		// no cell of the file starts with a formula's first character
		const table = await readTable({ name: 'export.csv', content: Buffer.from(csv) });
		expect(table.rows.flatMap((row) => row.values).filter((value) => /^[=+\-@\t\r]/.test(value))).toEqual([]);

		const before = await createOrganisationsRepository({ db: db() }).count();
		const result = await importOrganisations({ db: db(), context: cli, file: { name: 'export.csv', content: Buffer.from(csv) }, dryRun: false });
		expect(result).toEqual({ total: before, created: 0, updated: 0, unchanged: before, problems: [], rejected: 0, likelyDuplicates: [], applied: true });
		const again = (await buffer(exportCsv())).toString('utf8');
		expect(again).toBe(csv);
	});

	it('neutralises cells that start with a tab or a carriage return too, and reads them back as they were', async () => {
		// the organisation schema trims names, so these come from a list rather than the database
		const names = ['\t=1+1', '\r=1+1', '=cmd|"/C calc"!A0', "'\t"];
		const file = await organisationsToFile(
			names.map((name) => organisation(name)),
			'csv'
		);
		const text = file.toString('utf8');
		expect(text).toContain(`,'\t=1+1,`);
		expect(text).toContain(`,"'\r=1+1",`);
		expect(text).toContain(`,"'=cmd|""/C calc""!A0",`);
		expect(text).toContain(`,''\t,`);
		const table = await readTable({ name: 'export.csv', content: file });
		const nameColumn = table.header.indexOf('name');
		expect(table.rows.map((row) => cellsAsWritten(table.format, row.values)[nameColumn])).toEqual(names);
	});

	it('writes the Slovenian-Excel flavour of CSV: `;`, a UTF-8 byte order mark, CRLF, lists quoted; it imports back the same', async () => {
		const inputs = [
			organisation('Društvo „Čuk“, Šentvid', { registrationNumber: '5012345', municipalityCode: '061', fields: ['culture', 'youth'] }),
			organisation('Zavod; z podpičjem', { legalForm: 'private_institute', street: 'Ulica 5a' })
		];
		const file = await organisationsToFile(inputs, 'csv', 'excel-sl');
		expect(file.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(file.toString('utf8').slice(1).split('\r\n')).toEqual([
			'registration_number;tax_number;name;short_name;legal_form;street;postal_code;city;municipality_code;email;website;fields;public_interest_fields',
			'5012345;;Društvo „Čuk“, Šentvid;;association;;;;061;;;"culture;youth";',
			';;"Zavod; z podpičjem";;private_institute;Ulica 5a;;;;;;;',
			''
		]);
		const standard = await organisationsToFile(inputs, 'csv');
		expect(standard.toString('utf8').split('\r\n')[1]).toBe('5012345,,"Društvo „Čuk“, Šentvid",,association,,,,061,,,culture;youth,');
		const table = await readTable({ name: 'excel.csv', content: file });
		expect(table.dialect).toEqual({ encoding: 'utf-8', delimiter: ';' });
		expect(table.rows.map((row) => row.values[2])).toEqual(['Društvo „Čuk“, Šentvid', 'Zavod; z podpičjem']);
	});

	it('writes workbook cells as they are: text cells run no formulas', async () => {
		const exported = await buffer(exportOrganisations({ db: db(), actor: anonymous, filter: {}, format: 'xlsx' }));
		const total = await createOrganisationsRepository({ db: db() }).count();
		const result = await importOrganisations({ db: db(), context: cli, file: { name: 'export.xlsx', content: exported }, dryRun: false });
		expect(result).toMatchObject({ total, unchanged: total, problems: [] });
	});

	it('streams: the first bytes come before the rows are read, and rows are read a batch at a time as the reader asks', async () => {
		const reader = exportCsv(2).getReader();
		const header = Buffer.from((await reader.read()).value!).toString('utf8');
		expect(header).toBe(
			'\uFEFFregistration_number,tax_number,name,short_name,legal_form,street,postal_code,city,municipality_code,email,website,fields,public_interest_fields\r\n'
		);
		const firstBatch = Buffer.from((await reader.read()).value!).toString('utf8');
		expect(firstBatch.split('\r\n').filter(Boolean)).toHaveLength(2);
		// added after the export started: it sorts last, so only a batch read later can have it
		await createOrganisation({ db: db(), context: cli, input: organisation('Žužemberško društvo, dodano med izvozom') });
		const rest: Uint8Array[] = [];
		for (let next = await reader.read(); !next.done; next = await reader.read()) rest.push(next.value);
		expect(rest.length).toBeGreaterThan(1);
		expect(Buffer.concat(rest).toString('utf8')).toContain('Žužemberško društvo, dodano med izvozom');
	});
});
