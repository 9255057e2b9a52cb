import Decimal from 'decimal.js';

/**
 * The engine's only Decimal constructor. Forty significant digits keep every intermediate
 * exact to far below a cent; rounding happens only when a figure is shown (half-even).
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });
export type Dec = InstanceType<typeof D>;

export const ZERO = new D(0);
export const ONE = new D(1);

export function sum(values: Iterable<Dec>): Dec {
	let total = ZERO;
	for (const value of values) total = total.plus(value);
	return total;
}

export function isDecimal(value: unknown): value is Dec {
	return D.isDecimal(value);
}
