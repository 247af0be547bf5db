import { importFileEmpty, importFileFormat, importFileLegacyExcel, importFileTooLarge, importFileTooManyRows } from './import.errors.ts';
import { importLimits, type ImportLimits } from './import.limits.ts';
import { readCsv, type CsvDialect } from './read-csv.ts';
import { readOds } from './read-ods.ts';
import { readXlsx } from './read-xlsx.ts';
import { StopReading, type TableRow } from './table-rows.ts';

export type { TableRow } from './table-rows.ts';

/** The formats we write (export, rejected rows). */
export type FileFormat = 'csv' | 'xlsx';

/** The formats we read. */
export type ReadFormat = FileFormat | 'ods';

/** A table as read; `dialect` says how a CSV file was written (encoding and delimiter). */
export type Table = { format: ReadFormat; dialect?: CsvDialect; header: string[]; rows: TableRow[] };

/** The format a file name says, if it is one we write. */
export function formatOfFileName(name: string): FileFormat | undefined {
	const extension = name.toLowerCase().split('.').pop();
	return extension === 'csv' || extension === 'xlsx' ? extension : undefined;
}

/** An XLSX or ODS file is a ZIP archive: it starts with `PK`. */
function looksLikeZip(content: Buffer): boolean {
	return content.length > 3 && content[0] === 0x50 && content[1] === 0x4b;
}

/** An OpenDocument file's first ZIP entry is its uncompressed `mimetype`. */
function looksLikeOds(content: Buffer): boolean {
	return looksLikeZip(content) && content.subarray(30, 38).toString('latin1') === 'mimetype' && content.includes('opendocument.spreadsheet', 38, 'latin1');
}

/** Excel 97–2003 workbooks live in an OLE compound file. */
const oleSignature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The format of an uploaded file, by its content where that tells, else by its name. */
function readFormatOf(file: { name: string; content: Buffer }): ReadFormat {
	const extension = file.name.toLowerCase().split('.').pop();
	if (extension === 'xls' || file.content.subarray(0, 8).equals(oleSignature)) throw importFileLegacyExcel(file.name);
	if (looksLikeOds(file.content)) return 'ods';
	if (extension === 'csv' || extension === 'xlsx' || extension === 'ods') return extension;
	if (looksLikeZip(file.content)) return 'xlsx';
	throw importFileFormat(file.name);
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
	const format = readFormatOf(file);
	if (file.content.length > limits.maxFileBytes) throw importFileTooLarge(limits.maxFileBytes);
	const rows: TableRow[] = [];
	const sink = (row: TableRow) => {
		if (rows.length > limits.maxRows) throw importFileTooManyRows(limits.maxRows);
		rows.push(row);
		if (headerOnly) throw new StopReading();
	};
	let dialect: CsvDialect | undefined;
	try {
		if (format === 'csv') dialect = await readCsv(file.content, limits, sink);
		else await (format === 'ods' ? readOds : readXlsx)(file.content, limits, sink);
	} catch (error) {
		if (!(error instanceof StopReading)) throw error;
	}
	const [header, ...data] = rows;
	if (!header || header.values.every((value) => value.trim() === '')) throw importFileEmpty();
	return { format, ...(dialect ? { dialect } : {}), header: header.values.map((value) => value.trim()), rows: data };
}
