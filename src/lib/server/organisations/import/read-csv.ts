import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { importFileCellTooLong, importFileTooManyColumns, importFileUnreadable } from './import.errors.ts';
import type { ImportLimits } from './import.limits.ts';
import { StopReading, type RowSink } from './table-rows.ts';

/** The parser takes the text in pieces this long, so that it never holds more records than it hands over. */
const pieceLength = 64 * 1024;

/**
 * The delimiter the header line uses: spreadsheets set to Slovenian write `;`, others `,`. Our
 * lists use `;` inside quoted cells only, so the header (plain column names) decides.
 */
export function detectDelimiter(text: string): ',' | ';' {
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	const count = (character: string) => firstLine.split(character).length - 1;
	return count(';') > count(',') ? ';' : ',';
}

function* piecesOf(text: string) {
	for (let start = 0; start < text.length; start += pieceLength) yield text.slice(start, start + pieceLength);
}

/**
 * Streams the records of a CSV file into `sink`, each non-blank one with the line it starts on.
 * Records are read as the sink takes them, so a sink that throws at a limit stops the parse there.
 */
export async function readCsv(content: Buffer, limits: ImportLimits, sink: RowSink): Promise<void> {
	const text = content.toString('utf8').replace(/^\uFEFF/, '');
	const parser = Readable.from(piecesOf(text)).pipe(
		parse({
			delimiter: detectDelimiter(text),
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
		if (error instanceof StopReading || (error as { code?: string }).code?.startsWith('import_')) throw error;
		if ((error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') throw importFileCellTooLong(limits.maxCellCharacters, line);
		throw importFileUnreadable((error as Error).message);
	}
}
