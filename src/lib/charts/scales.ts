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
