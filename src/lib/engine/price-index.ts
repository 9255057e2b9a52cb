import type { Dec } from './decimal';
import type { PriceIndex } from './model';

/**
 * Brings an amount from price year `from` to price year `to`: a × I[to] / I[from]
 * (docs/method.md, "Money and price years"). A year the index does not cover is an error, never 1.0.
 */
export function indexAmount(amount: Dec, from: number, to: number, index: PriceIndex): Dec {
	if (from === to) return amount;
	return amount.times(indexValue(index, to)).dividedBy(indexValue(index, from));
}

/**
 * A unit cost's amount (or an end of its range) in prices of `year`: indexed, except an amount at
 * face value (per euro, a statutory share), which is the same in every year.
 */
export function amountInPriceYear(
	amount: Dec,
	cost: { priceYear: number; faceValue?: boolean },
	year: number,
	index: PriceIndex
): Dec {
	return cost.faceValue ? amount : indexAmount(amount, cost.priceYear, year, index);
}

export function indexValue(index: PriceIndex, year: number): Dec {
	const value = index.values.get(year);
	if (value === undefined) throw new RangeError(missingYearMessage(index, year));
	return value;
}

export function coversYear(index: PriceIndex, year: number): boolean {
	return index.values.has(year);
}

export function indexYearRange(index: PriceIndex): { first: number; last: number } {
	const years = [...index.values.keys()];
	return { first: Math.min(...years), last: Math.max(...years) };
}

function missingYearMessage(index: PriceIndex, year: number): string {
	const { first, last } = indexYearRange(index);
	return `Price index ${index.id} has no figure for ${year}; it covers ${first}–${last}.`;
}
