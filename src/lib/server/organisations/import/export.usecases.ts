import { PassThrough } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { and, asc, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import { directoryConditions, type DirectoryFilter } from '../directory/directory.filters.ts';
import { organisationsPolicy } from '../organisations.policy.ts';
import { organisationInputOf } from '../organisations.presenter.ts';
import type { OrganisationInput } from '../organisations.schemas.ts';
import { organisations, type OrganisationRow } from '../organisations.table.ts';
import { neutraliseCell, ourColumns, toFileRecord, type OurColumn } from './file-format.ts';
import type { FileFormat } from './read-file.ts';

export const exportContentTypes: Record<FileFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/**
 * How a CSV file is written. `standard`: comma-separated (RFC 4180), what most tools read.
 * `excel-sl`: what Excel set to Slovenian (or any locale whose decimal mark is a comma) opens
 * straight into columns — semicolon-separated. Both are UTF-8 with a byte order mark (which Excel
 * needs to read č, š, ž) and Windows line ends. Our layout has no numbers to write with a decimal
 * comma: registration and tax numbers, postal and municipality codes are identifiers, written as
 * they are.
 */
export const csvFlavours = ['standard', 'excel-sl'] as const;
export type CsvFlavour = (typeof csvFlavours)[number];

/** Rows read per statement: small enough that a batch costs the event loop a few milliseconds. */
const defaultBatchSize = 500;

/**
 * The organisations the directory finds with this filter, in our file layout, in the directory's
 * alphabetical order, as a stream: rows are read a batch at a time as the reader takes the bytes,
 * so memory stays flat however large the registry and however slow the reader. Importing the file
 * again changes nothing. Refused (before any byte) when the actor may not export.
 *
 * Not a snapshot: each batch is its own statement (no transaction held open for a slow download),
 * so an organisation renamed during the export may appear in its old and new place or in neither.
 */
export function exportOrganisations({
	db,
	actor,
	filter,
	format,
	flavour = 'standard',
	batchSize = defaultBatchSize
}: {
	db: Database;
	actor: Actor;
	filter: DirectoryFilter;
	format: FileFormat;
	flavour?: CsvFlavour;
	batchSize?: number;
}): ReadableStream<Uint8Array> {
	authorize(organisationsPolicy, actor, 'export');
	const batches = organisationBatches(db, filter, batchSize);
	return pulledStream(format === 'csv' ? csvChunks(batches, flavour) : xlsxChunks(batches));
}

/** A stream that runs the generator one chunk further only when its reader asks (no read-ahead). */
function pulledStream(chunks: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				const next = await chunks.next();
				if (next.done) controller.close();
				else controller.enqueue(next.value);
			},
			async cancel() {
				await chunks.return(undefined);
			}
		},
		{ highWaterMark: 0 }
	);
}

/** Organisations as a file of our layout, whole (for tests and small lists). */
export async function organisationsToFile(inputs: OrganisationInput[], format: FileFormat, flavour: CsvFlavour = 'standard'): Promise<Buffer> {
	async function* oneBatch() {
		yield inputs;
	}
	const chunks: Uint8Array[] = [];
	for await (const chunk of format === 'csv' ? csvChunks(oneBatch(), flavour) : xlsxChunks(oneBatch())) chunks.push(chunk);
	return Buffer.concat(chunks);
}

/** Keyset pagination on the directory's order (sort_name, id), which an index serves. */
async function* organisationBatches(db: Database, filter: DirectoryFilter, batchSize: number): AsyncGenerator<OrganisationInput[]> {
	let last: Pick<OrganisationRow, 'sortName' | 'id'> | undefined;
	for (;;) {
		const after = last ? sql`(${organisations.sortName}, ${organisations.id}) > (${last.sortName}, ${last.id})` : undefined;
		const rows = await db
			.select()
			.from(organisations)
			.where(and(directoryConditions(filter), after))
			.orderBy(asc(organisations.sortName), asc(organisations.id))
			.limit(batchSize);
		if (rows.length > 0) yield rows.map(organisationInputOf);
		if (rows.length < batchSize) return;
		last = rows.at(-1);
	}
}

/**
 * CSV in UTF-8 with a BOM (so Excel reads č, š, ž), Windows line ends, separated as the flavour
 * says; a cell that a spreadsheet would run as a formula starts with `'` (see `neutraliseCell`).
 */
async function* csvChunks(batches: AsyncIterable<OrganisationInput[]>, flavour: CsvFlavour): AsyncGenerator<Uint8Array> {
	// a line break alone (`\r` or `\n` without the other) is not the record delimiter, so
	// csv-stringify would leave it unquoted, and spreadsheets would break the row there
	const options = { columns: [...ourColumns], delimiter: flavour === 'excel-sl' ? ';' : ',', record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;
	yield Buffer.from(stringify([], { ...options, header: true, bom: true }), 'utf8');
	for await (const batch of batches) {
		const records = batch.map((input) => neutralisedRecord(toFileRecord(input)));
		yield Buffer.from(stringify(records, options), 'utf8');
	}
}

function neutralisedRecord(record: Record<OurColumn, string>): Record<OurColumn, string> {
	return Object.fromEntries(Object.entries(record).map(([column, value]) => [column, neutraliseCell(value)])) as Record<OurColumn, string>;
}

/**
 * XLSX with every cell as text (spreadsheets keep leading zeros, make no dates, run no formulas).
 * exceljs's streaming writer turns each row into zipped XML as it is added; a batch is added only
 * when the reader has taken what the previous one made.
 */
async function* xlsxChunks(batches: AsyncIterable<OrganisationInput[]>): AsyncGenerator<Uint8Array> {
	// loaded for the first XLSX export, not at start (see read-file.ts)
	const { default: ExcelJS } = await import('exceljs');
	const output = new PassThrough();
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
	workbook.creator = 'Stičišče';
	const sheet = workbook.addWorksheet('organisations', { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = ourColumns.map((column) => ({ header: column, key: column, width: column === 'name' ? 50 : 18, style: { numFmt: '@' } }));
	sheet.getRow(1).font = { bold: true };
	for await (const batch of batches) {
		for (const input of batch) sheet.addRow(toFileRecord(input)).commit();
		yield* bufferedChunks(output);
	}
	sheet.commit();
	// the workbook is finished only once its last bytes are read: read them while it commits
	const committed = workbook.commit();
	yield* output;
	await committed;
}

/** What the stream holds now, without waiting for more. */
function* bufferedChunks(stream: PassThrough): Generator<Uint8Array> {
	for (let chunk: Buffer | null = stream.read(); chunk !== null; chunk = stream.read()) yield chunk;
}
