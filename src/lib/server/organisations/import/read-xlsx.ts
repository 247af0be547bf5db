import { importFileCellTooLong } from './import.errors.ts';
import type { ImportLimits } from './import.limits.ts';
import type { RowSink } from './table-rows.ts';
import { numberFormatOf, type CellFormats } from './xlsx-formats.ts';
import { openXlsxPackage, type XlsxPackage } from './xlsx-package.ts';
import { readSheet } from './xlsx-sheet.ts';

type Relationship = { id: string; type: string; target: string };

/**
 * Reads the first sheet of a workbook, row by row into `sink`, as streams: shared strings and
 * styles first (a sheet refers to them), then the sheet itself.
 */
export async function readXlsx(content: Buffer, limits: ImportLimits, sink: RowSink): Promise<void> {
	const xlsx = await openXlsxPackage(content, limits);
	try {
		const workbookPath = (await relationshipsOf(xlsx, '')).find((rel) => rel.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
		const { firstSheetId, date1904 } = await readWorkbook(xlsx, workbookPath);
		const parts = await relationshipsOf(xlsx, workbookPath);
		const part = (type: string) => parts.find((rel) => rel.type.endsWith(type))?.target;
		const sheetPath = parts.find((rel) => rel.id === firstSheetId)?.target;
		if (!sheetPath) return;
		const sharedStringsPath = part('/sharedStrings');
		const stylesPath = part('/styles');
		const strings = sharedStringsPath && xlsx.has(sharedStringsPath) ? await readSharedStrings(xlsx, sharedStringsPath, limits) : [];
		const formats = stylesPath && xlsx.has(stylesPath) ? await readStyles(xlsx, stylesPath) : [];
		await readSheet(xlsx, sheetPath, { strings, formats, date1904, limits }, sink);
	} finally {
		xlsx.close();
	}
}

/** The relationships of a part (`''`: of the package), their targets as paths in the package. */
async function relationshipsOf(xlsx: XlsxPackage, partPath: string): Promise<Relationship[]> {
	const folder = partPath.includes('/') ? partPath.slice(0, partPath.lastIndexOf('/') + 1) : '';
	const relsPath = `${folder}_rels/${partPath.slice(folder.length)}.rels`;
	if (!xlsx.has(relsPath)) return [];
	const relationships: Relationship[] = [];
	await xlsx.parse(relsPath, {
		open(name, attributes) {
			if (name !== 'Relationship') return;
			const target = attributes.Target ?? '';
			relationships.push({ id: attributes.Id ?? '', type: attributes.Type ?? '', target: resolvePath(folder, target) });
		}
	});
	return relationships;
}

function resolvePath(folder: string, target: string): string {
	const segments = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
	const path: string[] = [];
	for (const segment of segments) {
		if (segment === '..') path.pop();
		else if (segment !== '.' && segment !== '') path.push(segment);
	}
	return path.join('/');
}

/** The first sheet in the workbook's order (as Excel shows the tabs) and the date system. */
async function readWorkbook(xlsx: XlsxPackage, path: string): Promise<{ firstSheetId?: string; date1904: boolean }> {
	let firstSheetId: string | undefined;
	let date1904 = false;
	await xlsx.parse(path, {
		open(name, attributes) {
			if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
			if (name === 'sheet' && firstSheetId === undefined) {
				// the relationship id's prefix (usually r:) is whatever the writer bound it to
				const idAttribute = Object.keys(attributes).find((key) => key.endsWith(':id'));
				firstSheetId = idAttribute ? attributes[idAttribute] : undefined;
			}
		}
	});
	return { firstSheetId, date1904 };
}

/** Each shared string as people see it: rich text runs joined, phonetic guides left out. */
async function readSharedStrings(xlsx: XlsxPackage, path: string, limits: ImportLimits): Promise<string[]> {
	const strings: string[] = [];
	let current = '';
	let inText = false;
	let inPhonetic = false;
	await xlsx.parse(path, {
		open(name) {
			if (name === 'si') current = '';
			else if (name === 't') inText = !inPhonetic;
			else if (name === 'rPh') inPhonetic = true;
		},
		text(text) {
			if (!inText) return;
			current += text;
			if (current.length > limits.maxCellCharacters) throw importFileCellTooLong(limits.maxCellCharacters);
		},
		close(name) {
			if (name === 'si') strings.push(current);
			else if (name === 't') inText = false;
			else if (name === 'rPh') inPhonetic = false;
		}
	});
	return strings;
}

/** The number format of each cell style (`s` on a cell is an index into cellXfs). */
async function readStyles(xlsx: XlsxPackage, path: string): Promise<CellFormats> {
	const custom = new Map<number, string>();
	const formats: CellFormats = [];
	let inCellXfs = false;
	await xlsx.parse(path, {
		open(name, attributes) {
			if (name === 'numFmt') custom.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
			else if (name === 'cellXfs') inCellXfs = true;
			else if (name === 'xf' && inCellXfs) formats.push(numberFormatOf(Number(attributes.numFmtId ?? 0), custom));
		},
		close(name) {
			if (name === 'cellXfs') inCellXfs = false;
		}
	});
	return formats;
}
