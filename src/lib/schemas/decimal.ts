import * as z from 'zod';
import { D, type Dec } from '../engine/decimal';

export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/**
 * Money and other exact quantities cross every boundary as decimal strings ("8320.50") and are
 * decoded here, once, into the engine's Decimal. Plain JSON numbers are accepted for fractions
 * and counts, read through their shortest decimal form so 0.8 stays exactly 0.8.
 */
export const decimalSchema = z.codec(
	z.union([
		z.string().regex(DECIMAL_PATTERN),
		z.number().refine(Number.isFinite, { message: 'not a finite number' })
	]),
	z.instanceof(D),
	{ decode: (value) => new D(value), encode: (value: Dec) => value.toString() }
);

/** Money amounts are written as strings only, so no float ever carries a euro amount. */
export const moneySchema = z.codec(z.string().regex(DECIMAL_PATTERN), z.instanceof(D), {
	decode: (value) => new D(value),
	encode: (value: Dec) => value.toString()
});

/** Output-only: a Decimal shown as a decimal string. */
export const decimalOut = z.codec(z.string(), z.instanceof(D), {
	decode: (value) => new D(value),
	encode: (value: Dec) => value.toString()
});
