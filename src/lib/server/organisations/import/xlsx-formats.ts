/** The number format code of each cell style, by the style's index. */
export type CellFormats = string[];

/** The format codes SpreadsheetML builds in (ECMA-376 §18.8.30), the ones a cell's text depends on. */
const builtInFormats: Record<number, string> = {
	0: 'General',
	1: '0',
	2: '0.00',
	3: '#,##0',
	4: '#,##0.00',
	9: '0%',
	10: '0.00%',
	11: '0.00E+00',
	12: '# ?/?',
	13: '# ??/??',
	14: 'mm-dd-yy',
	15: 'd-mmm-yy',
	16: 'd-mmm',
	17: 'mmm-yy',
	18: 'h:mm AM/PM',
	19: 'h:mm:ss AM/PM',
	20: 'h:mm',
	21: 'h:mm:ss',
	22: 'm/d/yy h:mm',
	45: 'mm:ss',
	46: '[h]:mm:ss',
	47: 'mmss.0',
	49: '@'
};

export function numberFormatOf(id: number, custom: Map<number, string>): string {
	return custom.get(id) ?? builtInFormats[id] ?? 'General';
}

/** A format that shows a date or time: letters of one outside quoted text and [colour] tags. */
export function isDateFormat(format: string): boolean {
	return /[ymdhsb]/i.test(
		format
			.replace(/\[[^\]]*]/g, '')
			.replace(/"[^"]*"/g, '')
			.replace(/General/gi, '')
	);
}

/** A serial day number as a date: day 25,569 is 1 January 1970 (1904 system: 1,462 days later). */
function serialDate(serial: number, date1904: boolean): Date {
	return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/**
 * A number keeps the leading zeros its format shows (`0000000` for a registration number typed
 * as a number), so `0123456` stays seven digits.
 */
export function numberText(value: number, format: string | undefined): string {
	const text = String(value);
	const zeros = format && /^0+$/.test(format) ? format.length : 0;
	return Number.isInteger(value) ? text.padStart(zeros, '0') : text;
}

export type RawCell = { type: string | undefined; value: string; inline: string; format: string | undefined };

/**
 * A cell as the text people see: a shared or inline string as written (rich text joined), a
 * formula's cached result, a date as YYYY-MM-DD, a number with the zeros its format shows.
 */
export function cellText(cell: RawCell, strings: string[], date1904: boolean): string {
	switch (cell.type) {
		case 's':
			return strings[Number(cell.value)] ?? '';
		case 'inlineStr':
			return cell.inline;
		case 'str':
		case 'e':
			return cell.value;
		case 'b':
			return cell.value === '' ? '' : String(cell.value === '1' || cell.value === 'true');
		case 'd':
			return cell.value.slice(0, 10);
	}
	if (cell.value.trim() === '') return '';
	const number = Number(cell.value);
	if (Number.isNaN(number)) return cell.value;
	if (cell.format && isDateFormat(cell.format)) return serialDate(number, date1904).toISOString().slice(0, 10);
	return numberText(number, cell.format);
}
