import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetRow, workbookOf, zipBombWorkbook } from '../../../../../tests/support/xlsx-files.ts';
import { importLimits } from './import.limits.ts';
import { readTable } from './read-file.ts';

const xlsx = (content: Buffer) => readTable({ name: 'list.xlsx', content });
const csv = (text: string) => readTable({ name: 'list.csv', content: Buffer.from(text) });

describe('reading workbooks', () => {
	it('reads a workbook LibreOffice Calc 7.4 wrote (from our CSV layout, every column as text): diacritics, leading zeros, empty cells', async () => {
		const table = await xlsx(readFileSync('tests/fixtures/imports/libreoffice-calc-7.4.xlsx'));
		expect(table.header.slice(0, 3)).toEqual(['registration_number', 'tax_number', 'name']);
		expect(table.rows).toEqual([
			{
				line: 2,
				values: [
					'0123456',
					'',
					'Društvo Čebelarjev Šentjur',
					'ČD Šentjur',
					'association',
					'Mestni trg 1',
					'3230',
					'Šentjur',
					'120',
					'info@cebelarji.si',
					'https://cebelarji.si',
					'culture',
					'culture:2020-05-04'
				]
			},
			{ line: 3, values: ['1234567', '', 'Zavod Žarek', '', 'private_institute', '', '1000', 'Ljubljana', '061', '', '', 'youth', ''] }
		]);
	});

	it('reads cells as people see them: rich text joined, formula results, dates, leading zeros, the first sheet', async () => {
		const workbook = new ExcelJS.Workbook();
		workbook.addWorksheet('Prvi');
		const sheet = workbook.worksheets[0]!;
		workbook.addWorksheet('Drugi').addRow(['not read']);
		sheet.addRow(['name', 'number', 'date', 'formula', 'link', 'flag']);
		const row = sheet.addRow([
			{ richText: [{ text: 'Društvo ' }, { font: { bold: true }, text: 'Vrba' }] },
			123456,
			new Date(Date.UTC(2020, 4, 4)),
			{ formula: 'B2*2', result: 246912 },
			{ text: 'spletna stran', hyperlink: 'https://vrba.si' },
			true
		]);
		row.getCell(2).numFmt = '0000000';
		sheet.addRow([]);
		sheet.addRow(['Zavod <&> "Ničla"', 1.5]);
		const content = Buffer.from(await workbook.xlsx.writeBuffer());

		const table = await xlsx(content);
		expect(table.header).toEqual(['name', 'number', 'date', 'formula', 'link', 'flag']);
		expect(table.rows).toEqual([
			{ line: 2, values: ['Društvo Vrba', '0123456', '2020-05-04', '246912', 'spletna stran', 'true'] },
			{ line: 4, values: ['Zavod <&> "Ničla"', '1.5', '', '', '', ''] }
		]);
	});

	it('stops after the header when only the header is asked for', async () => {
		const rows = [sheetRow(['name']), ...Array.from({ length: 5 }, (_, index) => sheetRow([`Društvo ${index}`]))];
		expect(await readTable({ name: 'list.xlsx', content: workbookOf(rows) }, { headerOnly: true })).toMatchObject({ header: ['name'], rows: [] });
	});

	it('refuses a zip bomb from its declared sizes, before inflating it', async () => {
		const bomb = zipBombWorkbook();
		expect(bomb.length).toBeLessThan(10_000_000);
		await expect(xlsx(bomb)).rejects.toMatchObject({ code: 'import_file_unpacked_too_large', details: { maxMegabytes: 200 } });
	});

	it('refuses a part that compresses far better than text does', async () => {
		await expect(xlsx(zipBombWorkbook({ unpackedBytes: 50_000_000 }))).rejects.toMatchObject({
			code: 'import_file_compression_ratio',
			details: { maxRatio: importLimits.maxCompressionRatio }
		});
	});

	it('refuses a zip bomb that lies about its size as soon as it inflates past what it declared', async () => {
		await expect(xlsx(zipBombWorkbook({ lie: true }))).rejects.toMatchObject({ code: 'import_file_unreadable' });
	});

	it('refuses more rows than the limit while reading, not after', async () => {
		const rows = [sheetRow(['name'], 1), ...Array.from({ length: importLimits.maxRows + 1 }, (_, index) => sheetRow([`Društvo ${index}`], index + 2))];
		await expect(xlsx(workbookOf(rows))).rejects.toMatchObject({ code: 'import_file_too_many_rows', details: { maxRows: 100_000 } });
		const limits = { ...importLimits, maxRows: 3 };
		await expect(readTable({ name: 'list.xlsx', content: workbookOf(rows.slice(0, 4)) }, { limits })).resolves.toMatchObject({ rows: { length: 3 } });
		await expect(readTable({ name: 'list.xlsx', content: workbookOf(rows.slice(0, 5)) }, { limits })).rejects.toMatchObject({
			code: 'import_file_too_many_rows'
		});
	});

	it('refuses a value beyond the column limit, and a cell longer than the cell limit', async () => {
		const wide = `<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="CW1" t="inlineStr"><is><t>x</t></is></c></row>`;
		await expect(xlsx(workbookOf([wide]))).rejects.toMatchObject({ code: 'import_file_too_many_columns', details: { maxColumns: 100, line: 1 } });
		// formatting far to the right is no value
		const styled = `<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="XFD1" s="0"/></row>`;
		await expect(xlsx(workbookOf([styled]))).resolves.toMatchObject({ header: ['name'] });
		const long = [sheetRow(['name'], 1), sheetRow(['x'.repeat(20_001)], 2)];
		await expect(xlsx(workbookOf(long))).rejects.toMatchObject({ code: 'import_file_cell_too_long', details: { maxCharacters: 20_000, line: 2 } });
		// one text of 16 MB (random, so it compresses as text does) is refused while it streams in, before the XML parser holds it
		const huge = [sheetRow(['name'], 1), sheetRow([randomBytes(12_000_000).toString('base64')], 2)];
		await expect(xlsx(workbookOf(huge))).rejects.toMatchObject({ code: 'import_file_cell_too_long' });
	});

	it('calls a file that is not a ZIP unreadable', async () => {
		await expect(xlsx(Buffer.from('PK not really a workbook'))).rejects.toMatchObject({ code: 'import_file_unreadable' });
	});
});

describe('reading CSV', () => {
	it('keeps the line each record starts on, across quoted line breaks', async () => {
		const table = await csv('name;legal_form\n"Društvo\nVrba";association\n\nZavod;private_institute\n');
		expect(table.rows).toEqual([
			{ line: 2, values: ['Društvo\nVrba', 'association'] },
			{ line: 5, values: ['Zavod', 'private_institute'] }
		]);
	});

	it('refuses more rows, columns or characters than the limits', async () => {
		const rows = ['name', ...Array.from({ length: importLimits.maxRows + 1 }, (_, index) => `Društvo ${index}`)].join('\n');
		await expect(csv(rows)).rejects.toMatchObject({ code: 'import_file_too_many_rows', details: { maxRows: 100_000 } });
		await expect(csv(`name\n${'a,'.repeat(100)}b\n`)).rejects.toMatchObject({ code: 'import_file_too_many_columns', details: { line: 2 } });
		await expect(csv(`name\n${'x'.repeat(20_001)}\n`)).rejects.toMatchObject({ code: 'import_file_cell_too_long', details: { line: 2 } });
		await expect(csv(`name\n"${'x'.repeat(3_000_000)}\n`)).rejects.toMatchObject({ code: 'import_file_cell_too_long' });
	});
});
