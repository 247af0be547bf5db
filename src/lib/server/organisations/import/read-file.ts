import { importFileEmpty, importFileFormat, importFileTooLarge, importFileTooManyRows } from './import.errors.ts';
import { importLimits, type ImportLimits } from './import.limits.ts';
import { readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import { StopReading, type TableRow } from './table-rows.ts';

export type { TableRow } from './table-rows.ts';

export type FileFormat = 'csv' | 'xlsx';

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

/**
 * Reads the first sheet of a workbook or a CSV file into a header and rows of text, within the
 * limits: a file past one is refused as soon as the reading reaches it. `headerOnly` stops after
 * the header.
 */
export async function readTable(
	file: { name: string; content: Buffer },
	{ limits = importLimits, headerOnly = false }: { limits?: ImportLimits; headerOnly?: boolean } = {}
): Promise<Table> {
	const format = formatOfFileName(file.name) ?? (looksLikeZip(file.content) ? 'xlsx' : undefined);
	if (!format) throw importFileFormat(file.name);
	if (file.content.length > limits.maxFileBytes) throw importFileTooLarge(limits.maxFileBytes);
	const rows: TableRow[] = [];
	const sink = (row: TableRow) => {
		if (rows.length > limits.maxRows) throw importFileTooManyRows(limits.maxRows);
		rows.push(row);
		if (headerOnly) throw new StopReading();
	};
	try {
		await (format === 'csv' ? readCsv(file.content, limits, sink) : readXlsx(file.content, limits, sink));
	} catch (error) {
		if (!(error instanceof StopReading)) throw error;
	}
	const [header, ...data] = rows;
	if (!header || header.values.every((value) => value.trim() === '')) throw importFileEmpty();
	return { format, header: header.values.map((value) => value.trim()), rows: data };
}
