import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { importFileCellTooLong, importFileTooManyColumns, importFileUnreadable } from './import.errors.ts';
import type { ImportLimits } from './import.limits.ts';
import { decodeText, type TextEncoding } from './decode-text.ts';
import { StopReading, type RowSink } from './table-rows.ts';

/** The parser takes the text in pieces this long, so that it never holds more records than it hands over. */
const pieceLength = 64 * 1024;

export type CsvDelimiter = ',' | ';' | '\t';

const delimiters: CsvDelimiter[] = [';', '\t', ','];

/** Records looked at to choose the delimiter: enough to see that the header's count holds. */
const sampledRecords = 50;

/** How many of each delimiter every record of the file's start has, outside quoted cells. */
function delimiterCounts(text: string): Record<CsvDelimiter, number>[] {
	const records: Record<CsvDelimiter, number>[] = [];
	let counts = { ';': 0, '\t': 0, ',': 0 };
	let quoted = false;
	for (let index = 0; index < text.length && records.length < sampledRecords; index++) {
		const character = text[index]!;
		if (character === '"') quoted = !quoted;
		else if (quoted) continue;
		else if (character === ';' || character === '\t' || character === ',') counts[character]++;
		else if (character === '\n') {
			records.push(counts);
			counts = { ';': 0, '\t': 0, ',': 0 };
		}
	}
	if (records.length < sampledRecords) records.push(counts);
	return records.filter((record, index) => index === 0 || Object.values(record).some((count) => count > 0));
}

/**
 * The delimiter of a CSV file: Excel set to Slovenian writes `;`, most other tools `,`, some tab.
 * The header decides (column names hold none of them), as long as most records of the file's start
 * have as many outside quotes: a `;` file whose names hold commas, or a `,` file with `;` inside
 * quoted lists, is still read by its own delimiter.
 */
export function detectDelimiter(text: string): CsvDelimiter {
	const [header, ...records] = delimiterCounts(text);
	if (!header) return ',';
	const consistent = (delimiter: CsvDelimiter) =>
		header[delimiter] > 0 && records.filter((record) => record[delimiter] === header[delimiter]).length >= records.length * 0.8;
	const consistentOnes = delimiters.filter(consistent);
	const pool = consistentOnes.length > 0 ? consistentOnes : delimiters.filter((delimiter) => header[delimiter] > 0);
	// a header of one column says nothing: most files are comma-separated
	if (pool.length === 0) return ',';
	return pool.reduce((best, delimiter) => (header[delimiter] > header[best] ? delimiter : best));
}

function* piecesOf(text: string) {
	for (let start = 0; start < text.length; start += pieceLength) yield text.slice(start, start + pieceLength);
}

/** How a CSV file was written: what a file of rows sent back to its author should be written in. */
export type CsvDialect = { encoding: TextEncoding; delimiter: CsvDelimiter };

/**
 * Streams the records of a CSV file into `sink`, each non-blank one with the line it starts on.
 * Records are read as the sink takes them, so a sink that throws at a limit stops the parse there.
 */
export async function readCsv(content: Buffer, limits: ImportLimits, sink: RowSink): Promise<CsvDialect> {
	const { text, encoding } = decodeText(content);
	const delimiter = detectDelimiter(text);
	const parser = Readable.from(piecesOf(text)).pipe(
		parse({
			delimiter,
			relax_column_count: true,
			skip_empty_lines: false,
			trim: false,
			// bounds what the parser buffers for one record before handing it over
			max_record_size: limits.maxCellCharacters * limits.maxColumns
		})
	);
	let line = 1;
	try {
		for await (const values of parser as AsyncIterable<string[]>) {
			if (values.length > limits.maxColumns && values.slice(limits.maxColumns).some((value) => value.trim() !== '')) {
				throw importFileTooManyColumns(limits.maxColumns, line);
			}
			if (values.some((value) => value.length > limits.maxCellCharacters)) throw importFileCellTooLong(limits.maxCellCharacters, line);
			if (!(values.length === 1 && values[0]!.trim() === '')) sink({ line, values: values.slice(0, limits.maxColumns) });
			// a quoted cell may span lines: the next record starts after them
			line += 1 + values.reduce((breaks, value) => breaks + (value.match(/\n/g)?.length ?? 0), 0);
		}
	} catch (error) {
		// the sink has what it needs: the file was read as far as it had to be
		if (error instanceof StopReading) return { encoding, delimiter };
		if ((error as { code?: string }).code?.startsWith('import_')) throw error;
		if ((error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') throw importFileCellTooLong(limits.maxCellCharacters, line);
		throw importFileUnreadable((error as Error).message);
	}
	return { encoding, delimiter };
}
