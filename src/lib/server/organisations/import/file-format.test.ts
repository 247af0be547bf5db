import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellsAsWritten, neutraliseCell, restoreNeutralisedCell } from './file-format.ts';

const formulaCharacters = ['=', '+', '-', '@', '\t', '\r'];

/** Text that often starts with quotes and a formula's first character, as the interesting cases do. */
const cellText = fc.oneof(
	fc.string(),
	fc.tuple(fc.array(fc.constantFrom("'", ...formulaCharacters), { maxLength: 4 }), fc.string()).map(([start, rest]) => `${start.join('')}${rest}`)
);

describe('neutralising CSV cells', () => {
	it('puts a quote before a formula, and before quotes that precede one', () => {
		expect(neutraliseCell('=HYPERLINK("http://evil","x")')).toBe(`'=HYPERLINK("http://evil","x")`);
		for (const start of formulaCharacters) expect(neutraliseCell(`${start}1`)).toBe(`'${start}1`);
		expect(neutraliseCell("'=1")).toBe("''=1");
		expect(neutraliseCell("''@a")).toBe("'''@a");
		expect(neutraliseCell("O'Brien")).toBe("O'Brien");
		expect(neutraliseCell("'quoted'")).toBe("'quoted'");
		expect(neutraliseCell('a=b')).toBe('a=b');
		expect(neutraliseCell('')).toBe('');
	});

	it('never writes a cell a spreadsheet would run', () => {
		fc.assert(fc.property(cellText, (text) => !/^[=+\-@\t\r]/.test(neutraliseCell(text))));
	});

	it('restores exactly what was neutralised', () => {
		fc.assert(fc.property(cellText, (text) => restoreNeutralisedCell(neutraliseCell(text)) === text));
	});

	it('gives different cells for different values (a bijection onto what it writes)', () => {
		fc.assert(fc.property(cellText, cellText, (one, other) => one === other || neutraliseCell(one) !== neutraliseCell(other)));
		fc.assert(fc.property(cellText, (text) => neutraliseCell(restoreNeutralisedCell(neutraliseCell(text))) === neutraliseCell(text)));
	});

	it('restores CSV cells only: workbook cells are text and kept as they are', () => {
		expect(cellsAsWritten('csv', ["'=1", "O'Brien", "'-"])).toEqual(['=1', "O'Brien", '-']);
		expect(cellsAsWritten('xlsx', ["'=1"])).toEqual(["'=1"]);
	});
});
