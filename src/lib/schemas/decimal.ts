import * as z from 'zod/mini';
import { D, type Dec } from '../engine';

export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/** Issue messages that the message module words in the user's language. */
export const DECIMAL_TEXT_ISSUE = 'effectwijzer:decimal-text';
export const DECIMAL_ISSUE = 'effectwijzer:decimal';

/**
 * Money and other exact quantities cross every boundary as decimal strings ("8320.50") and are
 * decoded here, once, into the engine's Decimal. Plain JSON numbers are accepted for fractions
 * and counts, read through their shortest decimal form so 0.8 stays exactly 0.8.
 */
export const decimalSchema = z.codec(
	z.union([z.string().check(z.regex(DECIMAL_PATTERN)), z.number()], { error: DECIMAL_ISSUE }),
	z.instanceof(D),
	{ decode: (value) => new D(value), encode: (value: Dec) => value.toString() }
);

/** Money amounts are written as strings only, so no float ever carries a euro amount. */
export const moneySchema = z.codec(
	z
		.string({ error: DECIMAL_TEXT_ISSUE })
		.check(z.regex(DECIMAL_PATTERN, { error: DECIMAL_TEXT_ISSUE })),
	z.instanceof(D),
	{
		decode: (value) => new D(value),
		encode: (value: Dec) => value.toString()
	}
);

/** Output-only: a Decimal shown as a decimal string. */
export const decimalOut = z.codec(z.string(), z.instanceof(D), {
	decode: (value) => new D(value),
	encode: (value: Dec) => value.toString()
});
