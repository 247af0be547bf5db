import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CommandInput } from '../manifest/manifest.ts';
import { importCallsCommand, listCallsCommand } from './calls.cli.ts';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createOrganisation } from '../organisations/organisations.usecases.ts';
import { cliActor } from '../policy/actor.ts';
import { importCalls, previewCallsImport } from './calls.import.ts';
import { listCalls } from './calls.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const fixture = (name: string) => ({ name, content: readFileSync(new URL(`../../../../tests/fixtures/calls/${name}`, import.meta.url)) });

describe('importing a list of calls kept in Excel', () => {
	let database: DatabaseHandle;

	beforeAll(async () => {
		database = await createTestDatabase();
		for (const name of ['Ministrstvo za javno upravo', 'Mestna občina Koper'])
			await createOrganisation({ db: database.db, context: cli, input: { name, legalForm: name.startsWith('Mestna') ? 'municipality' : 'public_body' } });
	});
	afterAll(() => database.close());

	for (const name of ['razpisi-excel-sl-utf8-bom.csv', 'razpisi-excel-sl-windows-1250.csv']) {
		it(`imports ${name} with its deadlines, exact amounts, regions and fields`, async () => {
			const { db } = database;
			const file = fixture(name);
			const preview = await previewCallsImport({ db, actor: cliActor, file });
			expect(preview.problems).toEqual([]);
			expect(preview.rows.map((row) => [row.line, row.funder, row.deadlines])).toEqual([
				[2, 'Ministrstvo za javno upravo', ['2031-01-31']],
				[3, 'Mestna občina Koper', ['2031-03-15 12:00']],
				[4, 'Ministrstvo za javno upravo', ['2031-02-01', '2031-09-01']]
			]);
			const imported = await importCalls({ db, context: cli, file });
			expect(imported).toHaveLength(3);
			const [culture, youth, twoDeadlines] = imported;
			expect(culture!.title.sl).toBe('Javni razpis za sofinanciranje programov NVO na področju kulture 2027');
			expect(culture!.totalAmount?.text.sl).toBe('5.726.000,00 EUR');
			expect(culture!.amountMax?.amount).toBe('60000.00');
			expect(culture!.eligibility).toEqual({ legalForms: [], regionCodes: ['SI044', 'SI043'], fields: ['culture'] });
			expect(culture!.cofinancing).toEqual({ required: true, share: '20.00' });
			expect(youth!.deadline).toBe('2031-03-15T12:00:00+01:00');
			expect(youth!.cofinancing.required).toBe(false);
			expect(twoDeadlines!.totalAmount?.amount).toBe('334613.93');
			expect(twoDeadlines!.deadlines).toHaveLength(2);
		});
	}

	it('reports the bad row of an XLSX file by line and column, and imports nothing from it', async () => {
		const { db } = database;
		const before = (await listCalls({ db, actor: cliActor })).length;
		const file = fixture('razpisi-excel.xlsx');
		const preview = await previewCallsImport({ db, actor: cliActor, file });
		expect(preview.rows.map((row) => [row.line, row.deadlines, row.totalAmount])).toEqual([
			[2, ['2031-01-31'], '572600000'],
			[3, ['2031-03-15'], '15000000']
		]);
		expect(preview.problems).toEqual([
			{ line: 4, column: 'Financer', code: 'organisation_not_matched', value: 'Ministrstvo za neobstoječe zadeve' },
			{ line: 4, column: 'Rok za oddajo', code: 'date_format', value: '31. 2. 2031' },
			{ line: 4, column: 'Skupna vrednost', code: 'amount_format', value: 'veliko' }
		]);
		await expect(importCalls({ db, context: cli, file })).rejects.toMatchObject({ code: 'call_import_has_problems' });
		expect(await listCalls({ db, actor: cliActor })).toHaveLength(before);
	});

	it('says which required columns a file lacks', async () => {
		const content = Buffer.from('\ufeffNaziv;Povezava\r\nRazpis;https://example.si\r\n');
		const preview = await previewCallsImport({ db: database.db, actor: cliActor, file: { name: 'seznam.csv', content } });
		expect(preview.missingColumns).toEqual(['financer', 'rok za oddajo']);
	});

	it('imports by the CLI (calls:import FILE) or refuses with exit code 65 and the problems, and lists (calls:list)', async () => {
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
		const path = (name: string) => fileURLToPath(new URL(`../../../../tests/fixtures/calls/${name}`, import.meta.url));
		const input = (positionals: string[], options: Record<string, unknown> = {}) => ({ database, options, positionals }) as unknown as CommandInput;
		try {
			expect(await importCallsCommand.run!(input([path('razpisi-excel.xlsx')]))).toBe(65);
			expect(errors.mock.calls.map((call) => call[0])).toContain('line 4 (Skupna vrednost): amount_format «veliko»');
			expect(await importCallsCommand.run!(input([path('razpisi-excel-sl-utf8-bom.csv')], { 'dry-run': true }))).toBeUndefined();
			expect(log.mock.calls.at(-1)?.[0]).toBe('3 call(s) would be imported');
			await listCallsCommand.run!(input([], { status: 'open' }));
			expect(
				log.mock.calls.map((call) => String(call[0])).some((line) => /\t5\.726\.000,00 EUR\topen\tJavni razpis za sofinanciranje programov NVO/.test(line))
			).toBe(true);
		} finally {
			log.mockRestore();
			errors.mockRestore();
		}
	});
});
