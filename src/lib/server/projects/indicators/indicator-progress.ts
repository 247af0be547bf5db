import type { IndicatorMeasure, ReportingPeriod } from './indicators.table.ts';

export type PeriodProgress = { actual: number | null; achieved: number | null; fraction: number | null };
export type IndicatorProgress = { periods: PeriodProgress[]; achieved: number | null; fraction: number | null };

/**
 * Actual against target. A cumulative indicator adds its periods' actuals (trainings held: 12 this
 * year, 15 the next); a per-period one is measured anew each period (member organisations at its
 * end), so the latest reported period is what was achieved. The fraction is the way travelled from
 * the baseline to the target (1 = reached; above 1 = exceeded); none while nothing is reported or
 * when the target is the baseline.
 */
export function indicatorProgress({
	baseline,
	target,
	measure,
	actuals
}: {
	baseline: number;
	target: number;
	measure: IndicatorMeasure;
	actuals: readonly (number | null)[];
}): IndicatorProgress {
	const fractionOf = (achieved: number | null) => (achieved === null || target === baseline ? null : (achieved - baseline) / (target - baseline));
	let sum: number | null = null;
	let latest: number | null = null;
	const periods = actuals.map((actual) => {
		if (actual !== null) {
			sum = (sum ?? 0) + actual;
			latest = actual;
		}
		const achieved = measure === 'cumulative' ? sum : actual;
		return { actual, achieved, fraction: fractionOf(achieved) };
	});
	const achieved = measure === 'cumulative' ? sum : latest;
	return { periods, achieved, fraction: fractionOf(achieved) };
}

const stepMonths = { year: 12, half_year: 6, quarter: 3, month: 1 } as const;
export type PeriodStep = keyof typeof stepMonths;
export const periodSteps = Object.keys(stepMonths) as PeriodStep[];

const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/** Reporting periods of `every` step from `from` to `to` (ISO dates), the last one cut at `to`. */
export function generatePeriods(from: string, to: string, every: PeriodStep): ReportingPeriod[] {
	const periods: ReportingPeriod[] = [];
	let start = new Date(`${from}T00:00:00Z`);
	const end = new Date(`${to}T00:00:00Z`);
	while (start <= end && periods.length < 240) {
		const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + stepMonths[every], start.getUTCDate()));
		const last = new Date(next.getTime() - 86_400_000);
		periods.push({ startsOn: isoOf(start), endsOn: isoOf(last < end ? last : end) });
		start = next;
	}
	return periods;
}
