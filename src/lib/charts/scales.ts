import { scaleBand, scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { CumulativePoint } from './series';

export interface Box {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
}

/** A linear scale over the values that always includes 0, so bars start at the axis. */
export function valueScale(values: readonly number[], range: [number, number]) {
	const low = Math.min(0, ...values);
	const high = Math.max(0, ...values);
	return scaleLinear()
		.domain(low === high ? [low - 1, high + 1] : [low, high])
		.range(range)
		.nice();
}

/** Roughly how wide a character of chart text (11px) is, in the chart's own units. */
const CHARACTER_WIDTH = 6.6;
const LABEL_GAP = 10;

/** About how wide a chart text is drawn, for leaving room for it. */
export const textWidth = (text: string): number => text.length * CHARACTER_WIDTH;

/**
 * Ticks for a horizontal axis whose labels do not touch: as many as asked for, fewer while two
 * neighbouring labels (of the width their text needs) would overlap.
 */
export function fittingTicks(
	scale: ScaleLinear<number, number>,
	wanted: number,
	label: (tick: number) => string
): number[] {
	const halfWidth = (tick: number) => (textWidth(label(tick)) + LABEL_GAP) / 2;
	for (let count = wanted; count > 1; count--) {
		const ticks = scale.ticks(count);
		const apart = ticks.every(
			(tick, i) =>
				i === 0 ||
				Math.abs(scale(tick) - scale(ticks[i - 1]!)) >= halfWidth(tick) + halfWidth(ticks[i - 1]!)
		);
		if (apart) return ticks;
	}
	// a narrow axis keeps its ends, where the reader looks for the range
	return scale.domain();
}

export function bandScale(keys: readonly string[], range: [number, number], padding = 0.25) {
	return scaleBand<string>().domain(keys).range(range).padding(padding);
}

/** The SVG path of the cumulative net value line. */
export function cumulativePath(
	points: readonly CumulativePoint[],
	box: Box
): { d: string; x: ScaleLinear<number, number>; y: ScaleLinear<number, number> } {
	const { width, height, margin } = box;
	const years = points.map((p) => p.year);
	const x = scaleLinear()
		.domain([Math.min(...years), Math.max(...years, Math.min(...years) + 1)])
		.range([margin.left, width - margin.right]);
	const y = valueScale(
		points.map((p) => p.value),
		[height - margin.bottom, margin.top]
	);
	const path = line<CumulativePoint>()
		.x((p) => x(p.year))
		.y((p) => y(p.value));
	return { d: path(points as CumulativePoint[]) ?? '', x, y };
}
