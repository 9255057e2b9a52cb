import type { Dec } from '../engine/decimal';
import type { ScenarioResult } from '../engine/result';
import type { Payer } from '../engine/vocabulary';

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

export interface PayerBar {
	payer: Payer;
	/** Negative: what the payer invests. */
	invests: number;
	/** Positive: what the payer saves, transfers included. */
	saves: number;
	net: Dec;
}

/** Who invests and who saves ("wrong pocket"): one diverging bar per payer, largest net first. */
export function payerBars(result: ScenarioResult): PayerBar[] {
	return (
		Object.entries(result.byPayer) as [Payer, NonNullable<ScenarioResult['byPayer'][Payer]>][]
	)
		.map(([payer, b]) => {
			const saves = b.societal.benefits.plus(b.transfers);
			return {
				payer,
				invests: -toNumber(b.societal.costs),
				saves: toNumber(saves),
				net: saves.minus(b.societal.costs)
			};
		})
		.sort((a, b) => b.net.comparedTo(a.net) || a.payer.localeCompare(b.payer));
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
