/** The size of an evaluation's rating chart in SVG units. */
export const ratingChartSize = { width: 360, height: 180, left: 36, right: 8, top: 16, bottom: 28 } as const;

/**
 * The geometry of a rating's distribution: one bar per score 1–5, its height the share of
 * answers, with the count above it. Pure, so the component only draws it.
 */
export function ratingChartLayout(distribution: number[]) {
	const { width, height, left, right, top, bottom } = ratingChartSize;
	const max = Math.max(...distribution, 1);
	const plotHeight = height - top - bottom;
	const slot = (width - left - right) / 5;
	const bars = [0, 1, 2, 3, 4].map((index) => {
		const count = distribution[index] ?? 0;
		const barHeight = (count / max) * plotHeight;
		return {
			score: index + 1,
			count,
			x: left + index * slot + slot * 0.15,
			width: slot * 0.7,
			y: top + plotHeight - barHeight,
			height: barHeight,
			labelX: left + index * slot + slot / 2
		};
	});
	return { bars, axis: { x1: left, x2: width - right, y: top + plotHeight }, max };
}
