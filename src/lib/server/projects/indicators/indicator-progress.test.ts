import { describe, expect, it } from 'vitest';
import { generatePeriods, indicatorProgress } from './indicator-progress.ts';

describe('indicator progress', () => {
	it('adds the periods of a cumulative indicator and measures the way from baseline to target', () => {
		const progress = indicatorProgress({ baseline: 0, target: 40, measure: 'cumulative', actuals: [12, null, 15] });
		expect(progress.periods.map((period) => period.achieved)).toEqual([12, 12, 27]);
		expect(progress.achieved).toBe(27);
		expect(progress.fraction).toBeCloseTo(27 / 40);
	});

	it('takes the latest reported period of a per-period indicator, from its baseline', () => {
		const progress = indicatorProgress({ baseline: 10, target: 50, measure: 'per_period', actuals: [20, 60, null] });
		expect(progress.periods.map((period) => period.fraction)).toEqual([0.25, 1.25, null]);
		expect(progress.achieved).toBe(60);
		expect(progress.fraction).toBe(1.25);
	});

	it('has no progress while nothing is reported or when the target is the baseline', () => {
		expect(indicatorProgress({ baseline: 0, target: 5, measure: 'cumulative', actuals: [null, null] })).toMatchObject({ achieved: null, fraction: null });
		expect(indicatorProgress({ baseline: 5, target: 5, measure: 'per_period', actuals: [7] })).toMatchObject({ achieved: 7, fraction: null });
	});
});

describe('reporting periods', () => {
	it('divides a project period into years, the last cut at its end', () => {
		expect(generatePeriods('2019-10-01', '2021-06-30', 'year')).toEqual([
			{ startsOn: '2019-10-01', endsOn: '2020-09-30' },
			{ startsOn: '2020-10-01', endsOn: '2021-06-30' }
		]);
		expect(generatePeriods('2023-01-01', '2023-12-31', 'quarter').map((period) => period.endsOn)).toEqual([
			'2023-03-31',
			'2023-06-30',
			'2023-09-30',
			'2023-12-31'
		]);
	});
});
