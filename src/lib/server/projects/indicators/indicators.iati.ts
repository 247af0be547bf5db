import { and, eq, inArray } from 'drizzle-orm';
import type { IatiActivityAddition, IatiActivityPart } from '../iati/iati-parts.ts';
import type { IatiResult } from '../iati/iati-activity.ts';
import { indicatorProgress } from './indicator-progress.ts';
import { indicatorActuals, projectIndicators, type ActualRow, type IndicatorRow } from './indicators.table.ts';
import { periodActual } from './indicators.usecases.ts';

/**
 * One IATI result (an output) per indicator, with its baseline and periods. A per-period indicator
 * has its target in every period and the period's actual; a cumulative one reaches its target by
 * the last period, so each period with a figure reports what was achieved up to its end.
 */
async function resultOf(db: Parameters<IatiActivityPart>[0]['db'], spaceId: string, indicator: IndicatorRow, actuals: ActualRow[]): Promise<IatiResult> {
	const periodActuals = await Promise.all(
		indicator.periods.map((period) => periodActual(db, { id: spaceId }, { id: indicator.projectId }, indicator, period, actuals))
	);
	const progress = indicatorProgress({ baseline: indicator.baselineValue, target: indicator.target, measure: indicator.measure, actuals: periodActuals });
	const last = indicator.periods.length - 1;
	const baselineOn = indicator.baselineOn ?? indicator.periods[0]?.startsOn;
	return {
		type: '1',
		title: indicator.name,
		indicators: [
			{
				title: indicator.name,
				measure: indicator.unit.trim() === '%' ? '2' : '1',
				ascending: indicator.target >= indicator.baselineValue,
				baseline: baselineOn
					? { year: Number(baselineOn.slice(0, 4)), ...(indicator.baselineOn ? { isoDate: indicator.baselineOn } : {}), value: indicator.baselineValue }
					: undefined,
				periods: indicator.periods.map((period, index) => {
					// only a period with a figure of its own reports one: a cumulative total is not carried into later periods
					const { actual, achieved } = progress.periods[index]!;
					const hasTarget = indicator.measure === 'per_period' || index === last;
					return {
						start: period.startsOn,
						end: period.endsOn,
						...(hasTarget ? { target: indicator.target } : {}),
						...(actual !== null && achieved !== null ? { actual: achieved } : {})
					};
				})
			}
		]
	};
}

/**
 * The indicators of the exported projects as IATI results, read in two queries (the indicators,
 * their approved actuals); a computed indicator asks its rule for each period, as the indicator
 * page does.
 */
export const indicatorsIatiPart: IatiActivityPart = async ({ db, spaceId, projectIds }) => {
	if (projectIds.length === 0) return new Map();
	const indicators = await db
		.select()
		.from(projectIndicators)
		.where(and(eq(projectIndicators.spaceId, spaceId), inArray(projectIndicators.projectId, projectIds)))
		.orderBy(projectIndicators.createdAt, projectIndicators.id);
	const approved = indicators.length
		? await db
				.select()
				.from(indicatorActuals)
				.where(
					and(
						eq(indicatorActuals.spaceId, spaceId),
						eq(indicatorActuals.status, 'approved'),
						inArray(
							indicatorActuals.indicatorId,
							indicators.map((indicator) => indicator.id)
						)
					)
				)
		: [];
	const additions = new Map<string, IatiActivityAddition>();
	for (const indicator of indicators) {
		const result = await resultOf(
			db,
			spaceId,
			indicator,
			approved.filter((row) => row.indicatorId === indicator.id)
		);
		const addition = additions.get(indicator.projectId) ?? { results: [] };
		addition.results!.push(result);
		additions.set(indicator.projectId, addition);
	}
	return additions;
};
