import { bin } from 'd3-array';
import { payerRows, type PayerRow } from '../explain/payer-rows';
import {
	ZERO,
	type Breakdown,
	type BilingualText,
	type Dec,
	payerGroupOf,
	type Payer,
	type PayerGroup as PayerGroupKey,
	type ScenarioResult,
	type TornadoBar
} from '../engine';

/**
 * The one place where exact Decimals become numbers, for drawing only (STYLE.md). Every figure
 * shown as text still comes from the Decimal; a chart only needs pixels.
 */
const toNumber = (value: Dec): number => value.toNumber();

export interface WaterfallStep {
	key: string;
	kind: 'investment' | 'avoided' | 'net';
	/** Running total before and after this step. */
	from: number;
	to: number;
	value: Dec;
}

/** From 0, down by each payer's investment, up by what each domain avoids, to the net value. */
export function waterfallSteps(result: ScenarioResult): WaterfallStep[] {
	const steps: WaterfallStep[] = [];
	let running = 0;
	const step = (key: string, kind: WaterfallStep['kind'], value: Dec, sign: 1 | -1) => {
		const to = running + sign * toNumber(value);
		steps.push({ key, kind, from: running, to, value });
		running = to;
	};
	for (const [payer, b] of Object.entries(result.byPayer))
		if (!b!.societal.costs.isZero()) step(payer, 'investment', b!.societal.costs, -1);
	for (const [domain, b] of Object.entries(result.byDomain))
		if (!b!.societal.benefits.isZero()) step(domain, 'avoided', b!.societal.benefits, 1);
	steps.push({
		key: 'net',
		kind: 'net',
		from: 0,
		to: toNumber(result.total.societal.npv),
		value: result.total.societal.npv
	});
	return steps;
}

export interface PayerBar extends PayerRow {
	/** Negative: what the payer invests. */
	invests: number;
	/** Positive: what the payer saves, transfers included. */
	saves: number;
	/** What the payer saves, transfers included, exactly. */
	savesExact: Dec;
	net: Dec;
}

const savesOf = (b: Breakdown) => b.societal.benefits.plus(b.transfers);

/**
 * Who invests and who saves ("wrong pocket"): one diverging bar per payer, largest net first,
 * with the municipality's and the state's totals above their budgets (report/payer-rows.ts).
 */
export function payerBars(result: ScenarioResult): PayerBar[] {
	return payerRows(result, (b) => savesOf(b).minus(b.societal.costs)).map((row) => {
		const saves = savesOf(row.breakdown);
		return {
			...row,
			invests: -toNumber(row.breakdown.societal.costs),
			saves: toNumber(saves),
			savesExact: saves,
			net: saves.minus(row.breakdown.societal.costs)
		};
	});
}

export interface CumulativePoint {
	year: number;
	value: number;
	exact: Dec;
}

/** Cumulative discounted net value per year, societal or financial. */
export function cumulativeSeries(
	result: ScenarioResult,
	view: 'societal' | 'financial'
): CumulativePoint[] {
	return result.byYear.map((row) => ({
		year: row.year,
		value: toNumber(row[view].cumulativePresentNet),
		exact: row[view].cumulativePresentNet
	}));
}

export interface TimelineMark {
	lane: 'intervention' | 'reference';
	id: string;
	label: string;
	month: number;
	months: number;
	/** What the event costs or would have cost, per household, present value; null when unpriced. */
	amount: Dec | null;
	/** Whether it counts: a support cost, or an avoided event that is not dropped as overlapping. */
	counted: boolean;
}

interface DatedEvent {
	id: string;
	label: string;
	month?: unknown;
	durationYears?: unknown;
}

/** The events of both timelines, placed by month and sized by what they are worth in the result. */
export function timelineMarks(
	lanes: { intervention: readonly DatedEvent[]; reference: readonly DatedEvent[] },
	result: ScenarioResult | null,
	casePath: string
): TimelineMark[] {
	const byPath = new Map(result?.lines.map((line) => [line.path, line]) ?? []);
	return (['intervention', 'reference'] as const).flatMap((lane) =>
		lanes[lane].map((event, i) => {
			const line = byPath.get(`${casePath}.timelines.${lane}[${i}]`);
			const month = typeof event.month === 'number' && event.month >= 0 ? event.month : 0;
			const years =
				typeof event.durationYears === 'number' && event.durationYears >= 1
					? event.durationYears
					: 1;
			return {
				lane,
				id: event.id,
				label: event.label,
				month,
				months: years * 12,
				amount: line ? line.presentValue.abs() : null,
				counted: line?.counted ?? false
			};
		})
	);
}

export interface HistogramBin {
	from: number;
	to: number;
	count: number;
}

/** The draws of a simulation in bins of equal width, for a histogram. */
export function histogramBins(draws: ArrayLike<number>, count = 30): HistogramBin[] {
	const values = Array.from(draws);
	return bin()
		.thresholds(count)(values)
		.map((b) => ({ from: b.x0!, to: b.x1!, count: b.length }));
}

export interface TornadoRow {
	id: string;
	label: BilingualText;
	low: number;
	high: number;
	lowValue: Dec;
	highValue: Dec;
	lowNpv: Dec;
	highNpv: Dec;
}

/** Tornado bars as numbers: the NPV at each input's low and high value, largest swing first. */
export function tornadoRows(bars: readonly TornadoBar[]): TornadoRow[] {
	return bars.map((bar) => ({
		id: bar.input.id,
		label: bar.input.label,
		low: toNumber(bar.low.npv),
		high: toNumber(bar.high.npv),
		lowValue: bar.low.value,
		highValue: bar.high.value,
		lowNpv: bar.low.npv,
		highNpv: bar.high.npv
	}));
}

export interface PayerComparison {
	key: Payer | PayerGroupKey;
	level: PayerRow['level'];
	/** One net value (saves − invests) per scenario, in the scenarios' order. */
	nets: { scenario: number; value: number; exact: Dec }[];
}

/**
 * Net value per payer for each scenario compared, every payer that appears in any of them, the
 * municipality's and the state's totals each above their budgets.
 */
export function payerGroups(results: readonly ScenarioResult[]): PayerComparison[] {
	const payers = [...new Set(results.flatMap((r) => Object.keys(r.byPayer) as Payer[]))].sort();
	const keys: { key: Payer | PayerGroupKey; level: PayerRow['level'] }[] = [];
	for (const payer of payers) {
		const group = payerGroupOf(payer);
		if (group && !keys.some((k) => k.key === group)) keys.push({ key: group, level: 'group' });
		keys.push({ key: payer, level: group ? 'part' : 'alone' });
	}
	return keys.map(({ key, level }) => ({
		key,
		level,
		nets: results.map((result, scenario) => {
			const slice =
				level === 'group'
					? result.byPayerGroup[key as PayerGroupKey]
					: result.byPayer[key as Payer];
			const exact = slice ? savesOf(slice).minus(slice.societal.costs) : ZERO;
			return { scenario, value: toNumber(exact), exact };
		})
	}));
}
