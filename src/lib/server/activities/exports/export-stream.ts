import { PassThrough } from 'node:stream';
import { neutraliseCell } from '../../organisations/import/file-format.ts';
import type { CsvFlavour } from '../../organisations/import/export.usecases.ts';

export const activityExportFormats = ['csv', 'xlsx'] as const;
export type ActivityExportFormat = (typeof activityExportFormats)[number];

export const activityExportTypes: Record<ActivityExportFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/** One cell: text, a whole number (sessions attended, a rating), or nothing. */
export type Cell = string | number | null;

/** A column of an export: its localised heading, and how wide a spreadsheet shows it. */
export type ExportColumn = { heading: string; width?: number; numeric?: boolean };

/** A table to write: its columns, then its rows a batch at a time, read only as the file is read. */
export type ExportTable = { sheetName: string; columns: ExportColumn[]; batches: AsyncIterable<Cell[][]> };

/**
 * The table as a stream of the file's bytes: a batch is read from the database only when the reader
 * has taken what the previous one made (no read-ahead), so memory stays flat however many rows.
 */
export function exportStream(table: ExportTable, format: ActivityExportFormat, flavour: CsvFlavour = 'standard'): ReadableStream<Uint8Array> {
	const chunks = format === 'csv' ? csvChunks(table, flavour) : xlsxChunks(table);
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				const next = await chunks.next();
				if (next.done) controller.close();
				else controller.enqueue(next.value);
			},
			async cancel() {
				await chunks.return(undefined);
			}
		},
		{ highWaterMark: 0 }
	);
}

/** Text a spreadsheet would run as a formula starts with `'` (see `neutraliseCell`); numbers stay numbers. */
const safe = (cell: Cell): Cell => (typeof cell === 'string' ? neutraliseCell(cell) : cell);

/**
 * CSV as the registry's export writes it: UTF-8 with a byte order mark (Excel reads č, š, ž),
 * Windows line ends, `;` for Excel set to Slovenian (`excel-sl`) and `,` otherwise (`standard`);
 * a lone `\r` or `\n` in a cell is quoted so that no spreadsheet breaks the row there.
 */
async function* csvChunks(table: ExportTable, flavour: CsvFlavour): AsyncGenerator<Uint8Array> {
	const delimiter = flavour === 'excel-sl' ? ';' : ',';
	const quoted = flavour === 'excel-sl' ? /[;"\r\n]/ : /[,"\r\n]/;
	yield Buffer.from(
		`\uFEFF${csvLine(
			table.columns.map((column) => column.heading),
			delimiter,
			quoted
		)}`,
		'utf8'
	);
	for await (const batch of table.batches) {
		if (batch.length === 0) continue;
		let text = '';
		for (const row of batch) text += csvLine(row, delimiter, quoted);
		yield Buffer.from(text, 'utf8');
	}
}

/**
 * One record of RFC 4180 with Windows line ends: a cell is quoted when it holds the delimiter, a
 * quote or a line break (its quotes doubled). Written here rather than with csv-stringify, which
 * took most of the 500,000-row export's time (see BENCHMARKS.md, Activities).
 */
function csvLine(row: Cell[], delimiter: string, quoted: RegExp): string {
	let line = '';
	for (let index = 0; index < row.length; index++) {
		if (index > 0) line += delimiter;
		const cell = safe(row[index] ?? null);
		if (cell === null) continue;
		if (typeof cell === 'number') line += String(cell);
		else line += quoted.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
	}
	return `${line}\r\n`;
}

/**
 * XLSX through exceljs's streaming writer: each row becomes zipped XML as it is added, and a batch
 * is added only when the reader has taken what the previous one made. Text cells are text (no
 * guessed dates, no formulas); counts and ratings are numbers, so a spreadsheet can sum them.
 */
async function* xlsxChunks(table: ExportTable): AsyncGenerator<Uint8Array> {
	// loaded for the first XLSX export, not at the server's start (see BENCHMARKS.md, Footprint)
	const { default: ExcelJS } = await import('exceljs');
	const output = new PassThrough();
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
	workbook.creator = 'Stičišče';
	const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = table.columns.map((column, index) => ({
		header: column.heading,
		key: String(index),
		width: column.width ?? 18,
		style: column.numeric ? {} : { numFmt: '@' }
	}));
	sheet.getRow(1).font = { bold: true };
	for await (const batch of table.batches) {
		for (const row of batch) sheet.addRow(row.map((cell) => cell ?? undefined)).commit();
		yield* buffered(output);
	}
	sheet.commit();
	// the workbook is finished only once its last bytes are read: read them while it commits
	const committed = workbook.commit();
	yield* output;
	await committed;
}

/** What the stream holds now, without waiting for more. */
function* buffered(stream: PassThrough): Generator<Uint8Array> {
	for (let chunk: Buffer | null = stream.read(); chunk !== null; chunk = stream.read()) yield chunk;
}

/** A file name safe in a `Content-Disposition` header: ASCII letters, digits and dashes, with the UTF-8 name beside it. */
export function contentDisposition(baseName: string, format: ActivityExportFormat): string {
	const ascii =
		baseName
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 80) || 'export';
	return `attachment; filename="${ascii}.${format}"; filename*=UTF-8''${encodeURIComponent(`${baseName}.${format}`)}`;
}
