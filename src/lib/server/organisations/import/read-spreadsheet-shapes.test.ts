import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';
import { detectDelimiter } from './read-csv.ts';
import { readTable } from './read-file.ts';
import { deflatedEntry, zipFile } from '../../../../../tests/support/xlsx-files.ts';

/** An ODS of one hand-written `content.xml` (the mimetype entry first, as the format asks). */
function odsOf(tables: string): Buffer {
	const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
	return zipFile([deflatedEntry('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'), deflatedEntry('content.xml', content)]);
}
const cell = (text: string, attributes = '') => `<table:table-cell office:value-type="string"${attributes}><text:p>${text}</text:p></table:table-cell>`;

const fixture = (name: string) => readFileSync(`tests/fixtures/imports/${name}`);

describe('decoding text files', () => {
	it('reads UTF-8, with or without a byte order mark', () => {
		expect(decodeText(Buffer.from('\uFEFFime;kraj\r\nDruštvo Čuk;Žalec\r\n'))).toEqual({ text: 'ime;kraj\r\nDruštvo Čuk;Žalec\r\n', encoding: 'utf-8' });
		expect(decodeText(Buffer.from('Šentvid'))).toEqual({ text: 'Šentvid', encoding: 'utf-8' });
	});

	it('reads Windows-1250 when the bytes are not UTF-8: č, š, ž, Č, Š, Ž and the typographic quotes', () => {
		const bytes = Buffer.from([0xe8, 0x9a, 0x9e, 0xc8, 0x8a, 0x8e, 0x20, 0x84, 0x61, 0x93]);
		expect(decodeText(bytes)).toEqual({ text: 'čšžČŠŽ „a“', encoding: 'windows-1250' });
	});

	it('refuses bytes that are neither, naming the line: UTF-16, a byte Windows-1250 leaves undefined, a binary file', () => {
		const utf16 = Buffer.from('\uFEFFname\r\nDruštvo\r\n', 'utf16le');
		expect(() => decodeText(utf16)).toThrow(expect.objectContaining({ code: 'import_file_encoding', details: { line: 1, character: 'U+0000' } }));
		// 0x81 is no character in Windows-1250
		expect(() => decodeText(Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0x81]))).toThrow(expect.objectContaining({ details: { line: 3, character: 'U+0081' } }));
		expect(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toThrow(expect.objectContaining({ code: 'import_file_encoding' }));
		// a byte order mark says UTF-8: broken UTF-8 after one is damage, not Windows-1250
		const damaged = Buffer.concat([Buffer.from('\uFEFFname\nDruštvo\n'), Buffer.from([0xe8, 0x0a])]);
		expect(() => decodeText(damaged)).toThrow(expect.objectContaining({ details: { line: 3, character: 'U+FFFD' } }));
	});
});

describe('detecting the delimiter', () => {
	it('takes the one the header and the rows agree on, outside quoted cells', () => {
		expect(detectDelimiter('a;b;c\r\n1;2;3\r\n')).toBe(';');
		expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
		expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
		// commas in unquoted names of a `;` file (Excel quotes only cells with `;`)
		expect(detectDelimiter('ime;naslov\nDruštvo, Ljubljana;Ulica 1, Ljubljana\n')).toBe(';');
		// lists separated by `;` inside quoted cells of a `,` file
		expect(detectDelimiter('name,fields,city\n"A","culture;youth;sport",Kranj\n"B","a;b;c;d",Bled\n')).toBe(',');
		// a quoted header cell with a comma
		expect(detectDelimiter('"Ime, priimek";kraj\n"Novak, Ana";Bled\n')).toBe(';');
		expect(detectDelimiter('name\nDruštvo\n')).toBe(',');
	});
});

describe('files in the shapes real tools write', () => {
	it('reads a Windows-1250 CSV as Excel set to Slovenian saves it: no BOM, `;`, CRLF, quoted cells with `;` and `"`', async () => {
		const content = fixture('excel-sl-windows-1250.csv');
		expect(content.includes(Buffer.from('Č', 'utf8'))).toBe(false);
		const table = await readTable({ name: 'clani.csv', content });
		expect(table.dialect).toEqual({ encoding: 'windows-1250', delimiter: ';' });
		expect(table.header).toHaveLength(13);
		expect(table.rows.map((row) => row.values[2])).toEqual([
			'Kulturno društvo „Čuk“ Šentvid',
			'Zveza društev upokojencev Žalec',
			'Društvo za varstvo okolja; "Zeleni" Škofja Loka'
		]);
		expect(table.rows[0]!.values[11]).toBe('culture;youth');
		expect(JSON.stringify(table)).not.toContain('\uFFFD');
	});

	it('reads a UTF-8 CSV with a byte order mark as Excel saves "CSV UTF-8"', async () => {
		const table = await readTable({ name: 'clani.csv', content: fixture('excel-sl-utf8-bom.csv') });
		expect(table.dialect).toEqual({ encoding: 'utf-8', delimiter: ';' });
		expect(table.header[0]).toBe('registration_number');
		expect(table.rows[1]!.values.slice(2, 3)).toEqual(['Ustanova Ščit za pomoč otrokom']);
	});

	it('reads an AJPES PRS extract in Windows-1250 with all its columns', async () => {
		const table = await readTable({ name: 'prs.csv', content: fixture('ajpes-prs-windows-1250.csv') });
		expect(table.header).toHaveLength(62);
		expect(table.header.slice(13, 18)).toEqual(['ULICA', 'ULICA_HS', 'ULICA_HS_D', 'POSTNA_STEVILKA', 'POSTNI_KRAJ']);
		expect(table.rows[1]!.values[2]).toBe('PLANINSKO DRUŠTVO ŽALEC, Poslovna enota Koča na Mrzlici');
	});

	it('reads an ODS that LibreOffice Calc 7.4 wrote, by its content whatever its name', async () => {
		const content = fixture('libreoffice-calc-7.4.ods');
		for (const name of ['clani.ods', 'clani']) {
			const table = await readTable({ name, content });
			expect(table.format).toBe('ods');
			expect(table.header).toHaveLength(13);
			expect(table.rows.map((row) => row.line)).toEqual([2, 3, 4]);
			expect(table.rows[0]!.values).toEqual([
				'5012345',
				'15012557',
				'Kulturno društvo „Čuk“ Šentvid',
				'KD Čuk',
				'association',
				'Šentviška cesta 12a',
				'1210',
				'Ljubljana - Šentvid',
				'61',
				'info@kd-cuk.si',
				'https://kd-cuk.si',
				'culture;youth',
				'culture:2020-05-04'
			]);
			expect(table.rows[2]!.values[2]).toBe('Društvo za varstvo okolja; "Zeleni" Škofja Loka');
		}
	});

	it('reads ODS cells as Calc writes them: repeats, the empty edge of the sheet, spaces, paragraphs, dates, no comments, the first sheet', async () => {
		const row = (cells: string, repeat = '') => `<table:table-row${repeat}>${cells}</table:table-row>`;
		const content = odsOf(
			`<table:table table:name="Prvi">` +
				row(cell('name') + cell('date') + cell('fields') + '<table:table-cell table:number-columns-repeated="16381"/>') +
				row(
					cell('Društvo<text:s text:c="2"/>Vrba<office:annotation><text:p>opomba</text:p></office:annotation>') +
						'<table:table-cell office:value-type="date" office:date-value="2020-05-04T00:00:00"><text:p>4. 05. 20</text:p></table:table-cell>' +
						'<table:table-cell office:value-type="string"><text:p>culture</text:p><text:p>youth</text:p></table:table-cell>'
				) +
				row('<table:table-cell table:number-columns-repeated="3"/>', ' table:number-rows-repeated="2"') +
				row(cell('x', ' table:number-columns-repeated="2"'), ' table:number-rows-repeated="2"') +
				row('<table:table-cell table:number-columns-repeated="16384"/>', ' table:number-rows-repeated="1048570"') +
				`</table:table><table:table table:name="Drugi">${row(cell('not read'))}</table:table>`
		);
		const table = await readTable({ name: 'list.ods', content });
		expect(table.header).toEqual(['name', 'date', 'fields']);
		expect(table.rows).toEqual([
			{ line: 2, values: ['Društvo  Vrba', '2020-05-04', 'culture\nyouth'] },
			{ line: 5, values: ['x', 'x', ''] },
			{ line: 6, values: ['x', 'x', ''] }
		]);
	});

	it('refuses an Excel 97–2003 workbook (.xls) by its content, with a message that says how to save it', async () => {
		const content = fixture('libreoffice-calc-7.4-excel-97.xls');
		await expect(readTable({ name: 'clani.xls', content })).rejects.toMatchObject({ code: 'import_file_legacy_excel' });
		await expect(readTable({ name: 'clani.csv', content })).rejects.toMatchObject({ code: 'import_file_legacy_excel' });
	});
});
