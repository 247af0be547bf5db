import type { IatiActivityInput } from './iati-activity.ts';

/** A rule a publisher is judged on that the schema cannot check, broken by one activity. */
export type IatiRuleBreach = {
	identifier: string;
	rule: 'dates_in_order' | 'budget_within_activity' | 'budget_period_in_order' | 'result_without_indicator' | 'indicator_without_period' | 'period_in_order';
};

/**
 * The IATI rules beyond the schema (the standard's rulesets and the dashboard's checks): the
 * start before the end, each budget period inside the activity's period, results with indicators
 * and indicators with periods. ISO dates compare as text.
 */
export function iatiRuleBreaches(activity: IatiActivityInput): IatiRuleBreach[] {
	const breaches: IatiRuleBreach[] = [];
	const breach = (rule: IatiRuleBreach['rule']) => breaches.push({ identifier: activity.identifier, rule });
	const inOrder = (start?: string | null, end?: string | null) => !start || !end || start <= end;

	if (!inOrder(activity.plannedStart, activity.plannedEnd) || !inOrder(activity.actualStart, activity.actualEnd)) breach('dates_in_order');
	const start = activity.actualStart ?? activity.plannedStart;
	const end = activity.actualEnd ?? activity.plannedEnd;
	for (const budget of activity.budgets ?? []) {
		if (!inOrder(budget.periodStart, budget.periodEnd)) breach('budget_period_in_order');
		if ((start && budget.periodStart < start) || (end && budget.periodEnd > end)) breach('budget_within_activity');
	}
	for (const result of activity.results ?? []) {
		if (result.indicators.length === 0) breach('result_without_indicator');
		for (const indicator of result.indicators) {
			if (indicator.periods.length === 0) breach('indicator_without_period');
			for (const period of indicator.periods) if (!inOrder(period.start, period.end)) breach('period_in_order');
		}
	}
	return breaches;
}
