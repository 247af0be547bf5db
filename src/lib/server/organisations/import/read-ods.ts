import { importFileCellTooLong, importFileTooManyColumns } from './import.errors.ts';
import type { ImportLimits } from './import.limits.ts';
import type { RowSink } from './table-rows.ts';
import { openXlsxPackage } from './xlsx-package.ts';

/**
 * Reads the first sheet of an OpenDocument spreadsheet (what LibreOffice Calc saves by default),
 * row by row into `sink`, as a stream of its `content.xml` (the ZIP container is the same as an
 * XLSX's, with the same limits). Cells are read as people see them (the text Calc wrote beside the
 * value), dates as ISO dates; comments are left out. Calc writes the empty rest of a sheet as
 * rows and cells "repeated" a million times: empty repeats only move the line count on.
 */
export async function readOds(content: Buffer, limits: ImportLimits, sink: RowSink): Promise<void> {
	const ods = await openXlsxPackage(content, limits);
	try {
		await readContent(ods, limits, sink);
	} finally {
		ods.close();
	}
}

type Cell = { text: string; paragraphs: number; date?: string; repeat: number };

async function readContent(ods: Awaited<ReturnType<typeof openXlsxPackage>>, limits: ImportLimits, sink: RowSink): Promise<void> {
	let tables = 0;
	let line = 0;
	let rowRepeat = 1;
	let values: string[] = [];
	let cell: Cell | undefined;
	/** Inside a comment (`office:annotation`), whose paragraphs are not the cell's value. */
	let annotation = 0;
	let width: number | undefined;

	const append = (text: string) => {
		if (!cell || annotation > 0) return;
		cell.text += text;
		if (cell.text.length > limits.maxCellCharacters) throw importFileCellTooLong(limits.maxCellCharacters, line);
	};

	await ods.parse('content.xml', {
		open(name, attributes) {
			if (name === 'table') tables++;
			if (tables !== 1) return;
			if (name === 'table-row') {
				rowRepeat = Number(attributes['table:number-rows-repeated'] ?? 1);
				values = [];
			} else if (name === 'table-cell' || name === 'covered-table-cell') {
				cell = { text: '', paragraphs: 0, repeat: Number(attributes['table:number-columns-repeated'] ?? 1) };
				if (attributes['office:value-type'] === 'date') cell.date = attributes['office:date-value']?.slice(0, 10);
			} else if (name === 'annotation') annotation++;
			else if (annotation > 0) return;
			else if (name === 'p' && cell) {
				if (cell.paragraphs++ > 0) append('\n');
			} else if (name === 's') append(' '.repeat(Math.min(Number(attributes['text:c'] ?? 1), limits.maxCellCharacters)));
			else if (name === 'tab') append('\t');
			else if (name === 'line-break') append('\n');
		},
		text: append,
		close(name) {
			if (tables !== 1) return;
			if (name === 'annotation') annotation--;
			else if ((name === 'table-cell' || name === 'covered-table-cell') && cell) {
				const text = cell.date ?? cell.text;
				const { repeat } = cell;
				cell = undefined;
				if (text === '') {
					// trailing empty cells are repeated to the sheet's edge: only count the ones before a value
					values.length += Math.min(repeat, limits.maxColumns + 1);
					return;
				}
				if (values.length + repeat > limits.maxColumns) throw importFileTooManyColumns(limits.maxColumns, line + 1);
				for (let copy = 0; copy < repeat; copy++) values.push(text);
			} else if (name === 'table-row') {
				const hasValue = values.some((value) => value !== undefined && value.trim() !== '');
				if (!hasValue) {
					line += rowRepeat;
					return;
				}
				// the empty cells Calc repeats to the sheet's edge are no columns of the file
				let length = values.length;
				while (length > 0 && !values[length - 1]) length--;
				width ??= length;
				const row = Array.from({ length: Math.max(width, length) }, (_, index) => values[index] ?? '');
				for (let copy = 0; copy < rowRepeat; copy++) sink({ line: ++line, values: [...row] });
			} else if (name === 'table') tables++;
		}
	});
}
