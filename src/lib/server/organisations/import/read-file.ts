import { parse } from 'csv-parse/sync';
import type { Cell } from 'exceljs';
import { importFileEmpty, importFileFormat, importFileUnreadable } from './import.errors.ts';

export type FileFormat = 'csv' | 'xlsx';

/** A data row with the line it starts on in the file (the header is line 1). */
export type TableRow = { line: number; values: string[] };

export type Table = { format: FileFormat; header: string[]; rows: TableRow[] };

/** The format a file name says, if it is one we read. */
export function formatOfFileName(name: string): FileFormat | undefined {
	const extension = name.toLowerCase().split('.').pop();
	return extension === 'csv' || extension === 'xlsx' ? extension : undefined;
}

/** An XLSX file is a ZIP archive: it starts with `PK`. */
function looksLikeZip(content: Buffer): boolean {
	return content.length > 3 && content[0] === 0x50 && content[1] === 0x4b;
}

/** Reads the first sheet of a workbook or a CSV file into a header and rows of text. */
export async function readTable(file: { name: string; content: Buffer }): Promise<Table> {
	const format = formatOfFileName(file.name) ?? (looksLikeZip(file.content) ? 'xlsx' : undefined);
	if (!format) throw importFileFormat(file.name);
	const [header, ...rows] = format === 'csv' ? readCsv(file.content) : await readXlsx(file.content);
	if (!header || header.values.every((value) => value.trim() === '')) throw importFileEmpty();
	return { format, header: header.values.map((value) => value.trim()), rows };
}

/**
 * The delimiter the header line uses: spreadsheets set to Slovenian write `;`, others `,`. Our
 * lists use `;` inside quoted cells only, so the header (plain column names) decides.
 */
export function detectDelimiter(text: string): ',' | ';' {
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	const count = (character: string) => firstLine.split(character).length - 1;
	return count(';') > count(',') ? ';' : ',';
}

function readCsv(content: Buffer): TableRow[] {
	const text = content.toString('utf8').replace(/^\uFEFF/, '');
	let records: string[][];
	try {
		records = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: false, trim: false });
	} catch (error) {
		throw importFileUnreadable((error as Error).message);
	}
	const rows: TableRow[] = [];
	let line = 1;
	for (const values of records) {
		if (!(values.length === 1 && values[0]!.trim() === '')) rows.push({ line, values });
		// a quoted cell may span lines: the next record starts after them
		line += 1 + values.reduce((breaks, value) => breaks + (value.match(/\n/g)?.length ?? 0), 0);
	}
	return rows;
}

async function readXlsx(content: Buffer): Promise<TableRow[]> {
	// exceljs and its dependencies are some 600 modules: loaded when a workbook comes, not at start
	const { default: ExcelJS } = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	try {
		// exceljs's types predate Buffer being generic
		await workbook.xlsx.load(content as unknown as ArrayBuffer);
	} catch (error) {
		throw importFileUnreadable((error as Error).message);
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) return [];
	const width = sheet.getRow(1).cellCount;
	const rows: TableRow[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, number) => {
		const values = Array.from({ length: Math.max(width, row.cellCount) }, (_, index) => cellText(row.getCell(index + 1)));
		if (values.some((value) => value.trim() !== '')) rows.push({ line: number, values });
	});
	return rows;
}

/** A cell as the text people see: rich text joined, a formula's result, a date as YYYY-MM-DD. */
export function cellText(cell: Cell): string {
	const value = cell.value;
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'number') return numberText(value, cell.numFmt);
	if (typeof value !== 'object') return String(value);
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : String(value.hyperlink);
	if ('result' in value) return value.result === undefined || value.result === null ? '' : String(value.result);
	return cell.text ?? '';
}

/**
 * A number keeps the leading zeros its format shows (`0000000` for a registration number typed
 * as a number), so `0123456` stays seven digits.
 */
function numberText(value: number, numFmt: string | undefined): string {
	const text = String(value);
	const zeros = numFmt && /^0+$/.test(numFmt) ? numFmt.length : 0;
	return Number.isInteger(value) ? text.padStart(zeros, '0') : text;
}
