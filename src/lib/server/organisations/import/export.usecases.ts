import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { asc } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import { directoryConditions, type DirectoryFilter } from '../directory.filters.ts';
import { organisationsPolicy } from '../organisations.policy.ts';
import { organisationInputOf } from '../organisations.presenter.ts';
import type { OrganisationInput } from '../organisations.schemas.ts';
import { organisations } from '../organisations.table.ts';
import { ourColumns, toFileRecord } from './file-format.ts';
import type { FileFormat } from './read-file.ts';

export const exportContentTypes: Record<FileFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/**
 * The organisations the directory finds with this filter, in our file layout, in the directory's
 * alphabetical order. Importing the file again changes nothing.
 */
export async function exportOrganisations({
	db,
	actor,
	filter,
	format
}: {
	db: Database;
	actor: Actor;
	filter: DirectoryFilter;
	format: FileFormat;
}): Promise<Buffer> {
	authorize(organisationsPolicy, actor, 'export');
	const rows = await db
		.select()
		.from(organisations)
		.where(directoryConditions(filter))
		.orderBy(asc(organisations.sortName), asc(organisations.id));
	return organisationsToFile(rows.map(organisationInputOf), format);
}

/** Organisations as a file of our layout: CSV in UTF-8 with a BOM (so Excel reads č, š, ž), or XLSX. */
export async function organisationsToFile(inputs: OrganisationInput[], format: FileFormat): Promise<Buffer> {
	const records = inputs.map(toFileRecord);
	if (format === 'csv') {
		return Buffer.from(stringify(records, { header: true, columns: [...ourColumns], bom: true, record_delimiter: 'windows' }), 'utf8');
	}
	// loaded for the first XLSX export, not at start (see read-file.ts)
	const { default: ExcelJS } = await import('exceljs');
	// the streaming writer turns each row into XML as it is added: the whole registry (30,000 rows)
	// as a workbook in memory took the server past 700 MB for one export
	const output = new PassThrough();
	const chunks: Buffer[] = [];
	output.on('data', (chunk: Buffer) => chunks.push(chunk));
	const ended = once(output, 'end');
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
	workbook.creator = 'Stičišče';
	const sheet = workbook.addWorksheet('organisations', { views: [{ state: 'frozen', ySplit: 1 }] });
	// every cell is text, so that spreadsheets keep leading zeros and do not turn numbers into dates
	sheet.columns = ourColumns.map((column) => ({ header: column, key: column, width: column === 'name' ? 50 : 18, style: { numFmt: '@' } }));
	sheet.getRow(1).font = { bold: true };
	for (const record of records) sheet.addRow(record).commit();
	sheet.commit();
	await workbook.commit();
	await ended;
	return Buffer.concat(chunks);
}
