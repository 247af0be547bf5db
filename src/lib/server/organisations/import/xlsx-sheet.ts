import { importFileCellTooLong, importFileTooManyColumns } from './import.errors.ts';
import type { ImportLimits } from './import.limits.ts';
import type { RowSink } from './table-rows.ts';
import { cellText, type CellFormats, type RawCell } from './xlsx-formats.ts';
import type { XlsxPackage } from './xlsx-package.ts';

type SheetContext = { strings: string[]; formats: CellFormats; date1904: boolean; limits: ImportLimits };

/** `C7` → 3: the letters of a cell reference count columns in base 26 without a zero. */
function columnOf(reference: string): number {
	let column = 0;
	for (const character of reference) {
		const code = character.charCodeAt(0);
		if (code < 65 || code > 90) break;
		column = column * 26 + (code - 64);
	}
	return column;
}

/**
 * Streams a worksheet's rows into `sink`: each row with a value, as text, padded to the width of
 * the first such row (the header). Values past the column limit and cells longer than the cell
 * limit refuse the file as soon as they are read.
 */
export async function readSheet(xlsx: XlsxPackage, path: string, context: SheetContext, sink: RowSink): Promise<void> {
	const { limits } = context;
	let line = 0;
	let values: string[] = [];
	let column = 0;
	let cell: RawCell | undefined;
	/** Where text goes: a cell's value, its inline string, or nowhere (formulas, phonetic guides). */
	let target: 'value' | 'inline' | undefined;
	let inPhonetic = false;
	let width: number | undefined;

	const append = (text: string) => {
		if (!cell || !target) return;
		cell[target] += text;
		if (cell[target].length > limits.maxCellCharacters) throw importFileCellTooLong(limits.maxCellCharacters, line);
	};

	await xlsx.parse(path, {
		open(name, attributes) {
			if (name === 'row') {
				line = attributes.r ? Number(attributes.r) : line + 1;
				values = [];
				column = 0;
			} else if (name === 'c') {
				column = attributes.r ? columnOf(attributes.r) : column + 1;
				const format = attributes.s ? context.formats[Number(attributes.s)] : context.formats[0];
				cell = { type: attributes.t, value: '', inline: '', format };
			} else if (name === 'v') target = 'value';
			else if (name === 't' && cell?.type === 'inlineStr' && !inPhonetic) target = 'inline';
			else if (name === 'rPh') inPhonetic = true;
		},
		text: append,
		close(name) {
			if (name === 'v' || name === 't') target = undefined;
			else if (name === 'rPh') inPhonetic = false;
			else if (name === 'c' && cell) {
				const text = cellText(cell, context.strings, context.date1904);
				cell = undefined;
				if (text === '') return;
				if (column > limits.maxColumns) throw importFileTooManyColumns(limits.maxColumns, line);
				if (text.length > limits.maxCellCharacters) throw importFileCellTooLong(limits.maxCellCharacters, line);
				values[column - 1] = text;
			} else if (name === 'row') {
				if (!values.some((value) => value !== undefined && value.trim() !== '')) return;
				width ??= values.length;
				sink({ line, values: Array.from({ length: Math.max(width, values.length) }, (_, index) => values[index] ?? '') });
			}
		}
	});
}
