import { describe, expect, it } from 'vitest';
import { proNvoVidActivity } from './iati-activity.fixture.ts';
import type { IatiIndicator } from './iati-activity.ts';
import { iatiRuleBreaches } from './iati-rules.ts';

const indicator = proNvoVidActivity.results![0]!.indicators[0]!;
const withIndicator = (changed: Partial<IatiIndicator>) => ({
	...proNvoVidActivity,
	results: [{ ...proNvoVidActivity.results![0]!, indicators: [{ ...indicator, ...changed }] }]
});
const rules = (activity: Parameters<typeof iatiRuleBreaches>[0]) => iatiRuleBreaches(activity).map((breach) => breach.rule);

describe('IATI publisher rules', () => {
	it('finds nothing wrong with a project whose dates, budgets and results are in order', () => {
		expect(iatiRuleBreaches(proNvoVidActivity)).toEqual([]);
	});

	it('wants the start before the end, planned and actual', () => {
		expect(rules({ ...proNvoVidActivity, plannedStart: '2020-01-01' })).toEqual(['dates_in_order']);
		expect(rules({ ...proNvoVidActivity, actualEnd: '2018-01-01' })).toContain('dates_in_order');
	});

	it('wants each budget period in order and within the activity', () => {
		const budget = proNvoVidActivity.budgets![0]!;
		expect(rules({ ...proNvoVidActivity, budgets: [{ ...budget, periodEnd: '2020-06-30' }] })).toEqual(['budget_within_activity']);
		expect(rules({ ...proNvoVidActivity, budgets: [{ ...budget, periodStart: '2018-01-01' }] })).toEqual(['budget_within_activity']);
		expect(rules({ ...proNvoVidActivity, budgets: [{ ...budget, periodStart: '2019-06-01', periodEnd: '2019-01-01' }] })).toEqual(['budget_period_in_order']);
	});

	it('wants results with indicators, indicators with periods, and periods in order', () => {
		expect(rules({ ...proNvoVidActivity, results: [{ ...proNvoVidActivity.results![0]!, indicators: [] }] })).toEqual(['result_without_indicator']);
		expect(rules(withIndicator({ periods: [] }))).toEqual(['indicator_without_period']);
		expect(rules(withIndicator({ periods: [{ start: '2019-12-31', end: '2019-01-01', target: 1 }] }))).toEqual(['period_in_order']);
	});
});
