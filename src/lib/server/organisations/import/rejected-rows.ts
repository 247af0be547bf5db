import { stringify } from 'csv-stringify/sync';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import { organisationsPolicy } from '../organisations.policy.ts';
import type { ImportProblem } from '../organisations.table.ts';
import { exportContentTypes } from './export.usecases.ts';
import { importNotFound, importNotReady } from './import.errors.ts';
import { rejectedLines } from './import-runs.usecases.ts';
import { createImportsRepository } from './import.repository.ts';
import { readTable } from './read-file.ts';

export type RejectedRowsFile = { fileName: string; contentType: string; body: Buffer };

/**
 * The rejected rows of an import as a file to fix and upload again: the uploaded file's columns
 * and cells as they were, one more column with what is wrong, in the format it came in. A CSV
 * file keeps its delimiter and is written as UTF-8 with a byte order mark and Windows line ends
 * (Excel reads that right whatever it was, and so do we); a workbook comes back as XLSX, which
 * LibreOffice opens as well as its own ODS.
 */
export async function rejectedRowsFile({
	db,
	actor,
	importId,
	errorColumn,
	describe
}: {
	db: Database;
	actor: Actor;
	importId: string;
	/** The added column's heading, in the reader's language. */
	errorColumn: string;
	/** A row's problems in words, in the reader's language. */
	describe: (problems: ImportProblem[]) => string;
}): Promise<RejectedRowsFile> {
	authorize(organisationsPolicy, actor, 'import');
	const row = await createImportsRepository({ db }).findById(importId);
	if (!row) throw importNotFound(importId);
	const lines = rejectedLines(row.problems);
	if (!row.content || lines.size === 0) throw importNotReady(importId);
	const table = await readTable({ name: row.fileName, content: row.content });
	const problemsOf = Map.groupBy(row.problems, (problem) => problem.line);
	const header = [...table.header, errorColumn];
	const records = table.rows
		.filter((tableRow) => lines.has(tableRow.line))
		.map((tableRow) => [...table.header.map((_, index) => tableRow.values[index] ?? ''), describe(problemsOf.get(tableRow.line) ?? [])]);
	const baseName = row.fileName.replace(/\.[^.]+$/, '');

	if (table.format === 'csv') {
		const delimiter = table.dialect?.delimiter ?? ',';
		const body = Buffer.from(stringify([header, ...records], { delimiter, record_delimiter: 'windows', bom: true, quoted_match: /[\r\n]/ }), 'utf8');
		return { fileName: `${baseName}-rejected.csv`, contentType: exportContentTypes.csv, body };
	}
	const { default: ExcelJS } = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('rejected');
	sheet.columns = header.map((name) => ({ header: name, width: 20, style: { numFmt: '@' } }));
	sheet.getRow(1).font = { bold: true };
	for (const record of records) sheet.addRow(record);
	return { fileName: `${baseName}-rejected.xlsx`, contentType: exportContentTypes.xlsx, body: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
