import { ONE, type Dec } from './decimal';
import type { DiscountConvention } from './vocabulary';

/**
 * 1 / (1 + r)^t for year t, or 1 / (1 + r)^(t + 1) under the year-1 (spreadsheet NPV) convention
 * (docs/method.md, "Discounting and totals").
 */
export function discountFactor(rate: Dec, year: number, convention: DiscountConvention): Dec {
	const exponent = convention === 'year-0' ? year : year + 1;
	return ONE.dividedBy(ONE.plus(rate).pow(exponent));
}

/** The discount factors for years 0 .. horizon − 1, computed once per scenario. */
export function discountFactors(
	rate: Dec,
	horizonYears: number,
	convention: DiscountConvention
): Dec[] {
	return Array.from({ length: horizonYears }, (_, t) => discountFactor(rate, t, convention));
}
