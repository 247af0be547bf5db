import { describe, expect, it } from 'vitest';
import { chartSize, indicatorChartLayout } from './indicator-chart.ts';

describe('indicator chart layout', () => {
	it('draws a bar per reported period on a scale up to the target, the target line at the top', () => {
		const layout = indicatorChartLayout({
			baselineValue: 0,
			target: 40,
			periods: [
				{ startsOn: '2024-01-01', endsOn: '2024-12-31', achieved: 20 },
				{ startsOn: '2025-01-01', endsOn: '2025-12-31', achieved: null }
			]
		});
		const plot = chartSize.height - chartSize.top - chartSize.bottom;
		expect(layout.targetY).toBe(chartSize.top);
		expect(layout.bars[0]!.height).toBeCloseTo(plot / 2);
		expect(layout.bars[1]!.height).toBe(0);
		expect(layout.bars.map((bar) => bar.label.text)).toEqual(['2024-01', '2025-01']);
	});

	it('scales to an exceeded target, and draws nothing out of a chart without periods', () => {
		const layout = indicatorChartLayout({ baselineValue: 10, target: 20, periods: [{ startsOn: '2024-01-01', endsOn: '2024-12-31', achieved: 40 }] });
		expect(layout.max).toBe(40);
		expect(layout.bars[0]!.y).toBe(chartSize.top);
		expect(indicatorChartLayout({ baselineValue: 0, target: 0, periods: [] })).toMatchObject({ bars: [], max: 1 });
	});
});
