import {
	PAYER_GROUPS,
	payerGroupOf,
	type Breakdown,
	type Dec,
	type Payer,
	type PayerGroup,
	type ScenarioResult
} from '../engine';

/** A row of a payer view: a public body's total, one of its budgets beneath it, or a payer alone. */
export interface PayerRow {
	key: Payer | PayerGroup;
	level: 'group' | 'part' | 'alone';
	breakdown: Breakdown;
}

/**
 * The payers as every payer view lists them: the municipality's total ("Gemeente totaal") with
 * its budgets beneath it, the same for the state, and the other payers, each level ranked by
 * `rank`, largest first, so the one figure a municipal funder asks first is always there.
 */
export function payerRows(
	result: Pick<ScenarioResult, 'byPayer' | 'byPayerGroup'>,
	rank: (breakdown: Breakdown) => Dec
): PayerRow[] {
	const order = (a: { key: string; breakdown: Breakdown }, b: typeof a) =>
		rank(b.breakdown).comparedTo(rank(a.breakdown)) || a.key.localeCompare(b.key);
	const payers = Object.entries(result.byPayer) as [Payer, Breakdown][];
	const alone = payers
		.filter(([payer]) => !payerGroupOf(payer))
		.map(([key, breakdown]) => ({ key, breakdown, level: 'alone' as const }));
	const groups = (Object.entries(result.byPayerGroup ?? {}) as [PayerGroup, Breakdown][]).map(
		([key, breakdown]) => ({ key, breakdown, level: 'group' as const })
	);
	return [...alone, ...groups].sort(order).flatMap((row): PayerRow[] => {
		if (row.level !== 'group') return [row];
		const parts = PAYER_GROUPS[row.key as PayerGroup]
			.filter((payer) => result.byPayer[payer])
			.map((key) => ({ key, breakdown: result.byPayer[key]!, level: 'part' as const }))
			.sort(order);
		return [row, ...parts];
	});
}
