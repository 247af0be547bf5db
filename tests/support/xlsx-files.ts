import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * ZIP archives and workbooks written by hand for tests of the import's limits: a zip bomb is
 * built from one deflated block repeated (after a full flush a block stands on its own), so that
 * gigabytes of sheet cost the test a few megabytes and a second.
 */
export type ZipEntry = { name: string; deflated: Buffer; size: number; crc: number };

export function deflatedEntry(name: string, data: Buffer | string): ZipEntry {
	const bytes = Buffer.from(data);
	return { name, deflated: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

/** A STORE-less ZIP (every entry deflated), without ZIP64: entries below 4 GB. */
export function zipFile(entries: ZipEntry[], { declaredSize }: { declaredSize?: (entry: ZipEntry) => number } = {}): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const entry of entries) {
		const name = Buffer.from(entry.name);
		const size = declaredSize?.(entry) ?? entry.size;
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(8, 8);
		local.writeUInt16LE(0x21, 12);
		local.writeUInt32LE(entry.crc >>> 0, 14);
		local.writeUInt32LE(entry.deflated.length, 18);
		local.writeUInt32LE(size, 22);
		local.writeUInt16LE(name.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(8, 10);
		central.writeUInt16LE(0x21, 14);
		central.writeUInt32LE(entry.crc >>> 0, 16);
		central.writeUInt32LE(entry.deflated.length, 20);
		central.writeUInt32LE(size, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, name, entry.deflated);
		centrals.push(central, name);
		offset += local.length + name.length + entry.deflated.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directory, end]);
}

const sheetHead =
	'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const sheetTail = '</sheetData></worksheet>';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A row of inline strings (no shared strings part needed). */
export function sheetRow(values: string[], line?: number): string {
	const cells = values.map((value) => `<c t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`).join('');
	return `<row${line ? ` r="${line}"` : ''}>${cells}</row>`;
}

export function sheetXml(rows: string[]): string {
	return sheetHead + rows.join('') + sheetTail;
}

/** The parts around a first sheet that make a workbook Excel and our reader open. */
export function workbookEntries(sheet: ZipEntry): ZipEntry[] {
	const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
	return [
		deflatedEntry(
			'[Content_Types].xml',
			'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
		),
		deflatedEntry(
			'_rels/.rels',
			`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
		),
		deflatedEntry(
			'xl/workbook.xml',
			`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${relationships}"><sheets><sheet name="List" sheetId="1" r:id="rId1"/></sheets></workbook>`
		),
		deflatedEntry(
			'xl/_rels/workbook.xml.rels',
			`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
		),
		sheet
	];
}

/** A workbook whose one sheet holds these rows, compressed as any writer would. */
export function workbookOf(rows: string[]): Buffer {
	return zipFile(workbookEntries(deflatedEntry('xl/worksheets/sheet1.xml', sheetXml(rows))));
}

/**
 * A workbook whose sheet inflates to about `unpackedBytes` (default 2 GB) of rows of one long
 * string, from a few megabytes. `lie` declares the sheet's size as a kilobyte, as a crafted
 * bomb would to pass a check of the central directory.
 */
export function zipBombWorkbook({ unpackedBytes = 2_000_000_000, lie = false } = {}): Buffer {
	const row = sheetRow(['x'.repeat(1000)]);
	const block = Buffer.from(row.repeat(Math.ceil(1_000_000 / row.length)));
	const repeats = Math.floor(unpackedBytes / block.length);
	const flushed = (data: Buffer | string) => deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH });
	const head = Buffer.from(sheetHead);
	const tail = Buffer.from(sheetTail);
	const deflatedBlock = flushed(block);
	const deflated = Buffer.concat([flushed(head), ...Array.from({ length: repeats }, () => deflatedBlock), deflateRawSync(tail)]);
	let crc = crc32(head);
	for (let i = 0; i < repeats; i++) crc = crc32(block, crc);
	crc = crc32(tail, crc);
	const sheet: ZipEntry = { name: 'xl/worksheets/sheet1.xml', deflated, size: head.length + repeats * block.length + tail.length, crc };
	return zipFile(workbookEntries(sheet), { declaredSize: (entry) => (lie && entry === sheet ? 1000 : entry.size) });
}
