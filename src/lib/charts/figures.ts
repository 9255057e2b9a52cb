import { categoryOf, inFinancial, inSocietal, type ScenarioResult } from '../engine';

/** A result with nothing in it yet: no cost, no benefit, no transfer, in either case. */
export function isEmptyResult({ total }: ScenarioResult): boolean {
	return (
		[total.societal, total.financial].every(
			(totals) => totals.costs.isZero() && totals.benefits.isZero()
		) && total.transfers.isZero()
	);
}

/** What a figure on the page stands for: a slice of the result, one view of it, one kind of line. */
export interface FigureSelection {
	/** The total, a payer, a domain…: whose lines count. */
	slice: { lineIds: readonly string[] } | undefined;
	/** Only the lines of the societal or of the financial case. */
	view?: 'societal' | 'financial';
	/** Only the intervention's costs, or only the effects. */
	kind?: 'cost' | 'effect';
}

/**
 * The one rule for "which lines are behind this figure": the lines of the slice, narrowed to a
 * view and a kind where the figure is one of them, in the result's order.
 */
export function linesBehind(
	result: ScenarioResult,
	{ slice, view, kind }: FigureSelection
): readonly string[] {
	if (!slice) return [];
	if (view === undefined && kind === undefined) return slice.lineIds;
	const wanted = new Set(slice.lineIds);
	const inView = view === 'financial' ? inFinancial : view === 'societal' ? inSocietal : null;
	return result.lines
		.filter(
			(line) =>
				wanted.has(line.id) &&
				(inView === null || inView(categoryOf(line))) &&
				(kind === undefined || line.kind === kind)
		)
		.map((line) => line.id);
}
