/** What the chart draws of one indicator: its periods' achieved values against baseline and target. */
export type ChartIndicator = {
	baselineValue: number;
	target: number;
	periods: { startsOn: string; endsOn: string; achieved: number | null }[];
};

export const chartSize = { width: 480, height: 220, left: 48, right: 12, top: 12, bottom: 28 } as const;

/**
 * The chart's geometry in SVG units: one bar per period (none while not reported), the baseline and
 * target as lines across, the scale from 0 to the largest of target and values. Pure, so the
 * component only draws it.
 */
export function indicatorChartLayout(indicator: ChartIndicator) {
	const { width, height, left, right, top, bottom } = chartSize;
	const values = indicator.periods.flatMap((period) => (period.achieved === null ? [] : [period.achieved]));
	const max = Math.max(indicator.target, indicator.baselineValue, ...values, 0) || 1;
	const plotHeight = height - top - bottom;
	const y = (value: number) => top + plotHeight - (Math.max(value, 0) / max) * plotHeight;
	const slot = (width - left - right) / Math.max(indicator.periods.length, 1);
	const bars = indicator.periods.map((period, index) => {
		const x = left + index * slot + slot * 0.15;
		const label = { x: left + index * slot + slot / 2, text: period.startsOn.slice(0, 7) };
		if (period.achieved === null) return { x, width: slot * 0.7, y: y(0), height: 0, label };
		return { x, width: slot * 0.7, y: y(period.achieved), height: y(0) - y(period.achieved), label };
	});
	return { bars, baselineY: y(indicator.baselineValue), targetY: y(indicator.target), axis: { x1: left, x2: width - right, y: y(0) }, max };
}
