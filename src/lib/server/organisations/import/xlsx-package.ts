import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { fromBufferPromise, type Entry, type ZipFile } from 'yauzl';
import { isAppError } from '../../shared/errors.ts';
import { importFileCellTooLong, importFileCompressionRatio, importFileUnpackedTooLarge, importFileUnreadable } from './import.errors.ts';
import type { ImportLimits } from './import.limits.ts';
import { StopReading } from './table-rows.ts';

/** A workbook has a dozen parts; thousands say it is something else. */
const maxEntries = 10_000;
/** Small parts (styles, relationships) may compress far better than text without harm. */
const ratioCheckedFromBytes = 1_000_000;

export type XmlHandlers = {
	open?: (name: string, attributes: Record<string, string>) => void;
	text?: (text: string) => void;
	close?: (name: string) => void;
};

export type XlsxPackage = {
	has(path: string): boolean;
	/**
	 * Streams one XML part through a parser. Text between two tags longer than a cell may be is
	 * refused as it arrives: the parser would otherwise hold all of it before handing it over.
	 */
	parse(path: string, handlers: XmlHandlers): Promise<void>;
	close(): void;
};

/**
 * An XLSX's ZIP container, read part by part as streams. Sizes are checked against the limits
 * from the central directory before anything is inflated; yauzl then refuses a part that inflates
 * to more than it declared, and every part read counts against one budget.
 */
export async function openXlsxPackage(content: Buffer, limits: ImportLimits): Promise<XlsxPackage> {
	let zip: ZipFile;
	try {
		zip = await fromBufferPromise(content, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
	} catch (error) {
		throw importFileUnreadable((error as Error).message);
	}
	const entries = await listEntries(zip);
	checkDeclaredSizes(entries, limits);
	let unpackedBytes = 0;
	// entities such as &#x10000; take up to 10 characters for one
	const maxRun = limits.maxCellCharacters * 10 + 1000;

	async function parse(path: string, handlers: XmlHandlers): Promise<void> {
		const entry = entries.get(path.toLowerCase());
		if (!entry) throw importFileUnreadable(`the workbook has no part ${path}`);
		const parser = xmlParser(handlers);
		let run = 0;
		try {
			const stream = await zip.openReadStreamPromise(entry);
			stream.setEncoding('utf8');
			for await (const chunk of stream as AsyncIterable<string>) {
				unpackedBytes += Buffer.byteLength(chunk);
				if (unpackedBytes > limits.maxUnpackedBytes) throw importFileUnpackedTooLarge(limits.maxUnpackedBytes);
				const lastTag = chunk.lastIndexOf('<');
				run = lastTag === -1 ? run + chunk.length : chunk.length - lastTag;
				if (run > maxRun) throw importFileCellTooLong(limits.maxCellCharacters);
				parser.write(chunk);
			}
			parser.close();
		} catch (error) {
			if (isAppError(error) || error instanceof StopReading) throw error;
			throw importFileUnreadable((error as Error).message);
		}
	}

	return { has: (path) => entries.has(path.toLowerCase()), parse, close: () => zip.close() };
}

function checkDeclaredSizes(entries: Map<string, Entry>, limits: ImportLimits) {
	let declared = 0;
	for (const entry of entries.values()) {
		declared += entry.uncompressedSize;
		if (declared > limits.maxUnpackedBytes) throw importFileUnpackedTooLarge(limits.maxUnpackedBytes);
		const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
		if (entry.uncompressedSize > ratioCheckedFromBytes && ratio > limits.maxCompressionRatio) {
			throw importFileCompressionRatio(limits.maxCompressionRatio);
		}
	}
}

/** Element names without their prefix: some writers spell SpreadsheetML `<x:row>`. */
function xmlParser(handlers: XmlHandlers): SaxesParser {
	const parser = new SaxesParser();
	const localName = (name: string) => name.slice(name.indexOf(':') + 1);
	parser.on('opentag', (tag: SaxesTagPlain) => handlers.open?.(localName(tag.name), tag.attributes as Record<string, string>));
	if (handlers.text) parser.on('text', handlers.text);
	if (handlers.close) parser.on('closetag', (tag: SaxesTagPlain) => handlers.close!(localName(tag.name)));
	return parser;
}

async function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
	const entries = new Map<string, Entry>();
	return new Promise((resolve, reject) => {
		zip.on('entry', (entry: Entry) => {
			if (entries.size >= maxEntries) {
				zip.close();
				reject(importFileUnreadable(`more than ${maxEntries} parts`));
				return;
			}
			entries.set(entry.fileName.toLowerCase(), entry);
			zip.readEntry();
		});
		zip.on('end', () => resolve(entries));
		zip.on('error', (error: Error) => reject(importFileUnreadable(error.message)));
		zip.readEntry();
	});
}
