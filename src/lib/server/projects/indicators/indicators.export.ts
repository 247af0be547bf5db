import { stringify } from 'csv-stringify/sync';
import type { Database } from '../../db/client.ts';
import { neutraliseCell } from '../../organisations/import/file-format.ts';
import type { Actor } from '../../policy/actor.ts';
import { listIndicators } from './indicators.usecases.ts';

export const indicatorExportFormats = ['csv', 'xlsx'] as const;
export type IndicatorExportFormat = (typeof indicatorExportFormats)[number];

export const indicatorExportTypes: Record<IndicatorExportFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

const header = [
	'indicator',
	'indicator_en',
	'unit',
	'measure',
	'baseline',
	'baseline_on',
	'target',
	'period_starts_on',
	'period_ends_on',
	'actual',
	'achieved',
	'progress'
];

/**
 * A project's indicators as a table, one row per indicator and period, with what anyone may read
 * (approved or computed actuals): for a financer's spreadsheet. Names are neutralised so that a
 * spreadsheet never runs one as a formula.
 */
export async function exportIndicators({ db, actor, projectId, format }: { db: Database; actor: Actor; projectId: string; format: IndicatorExportFormat }) {
	const indicators = await listIndicators({ db, actor, projectId });
	const rows = indicators.flatMap((indicator) =>
		indicator.periods.map((period) => [
			neutraliseCell(indicator.name.sl),
			neutraliseCell(indicator.name.en ?? ''),
			neutraliseCell(indicator.unit),
			indicator.measure,
			indicator.baselineValue,
			indicator.baselineOn ?? '',
			indicator.target,
			period.startsOn,
			period.endsOn,
			period.actual ?? '',
			period.achieved ?? '',
			period.fraction === null ? '' : Math.round(period.fraction * 1000) / 1000
		])
	);
	if (format === 'csv') return new TextEncoder().encode(`\uFEFF${stringify([header, ...rows], { record_delimiter: 'windows' })}`);
	const { default: ExcelJS } = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('indicators');
	sheet.addRow(header);
	for (const row of rows) sheet.addRow(row);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
