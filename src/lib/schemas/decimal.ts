import * as z from 'zod/mini';
import { D, type Dec } from '../engine';

export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/** Issue messages that the message module words in the user's language. */
export const DECIMAL_TEXT_ISSUE = 'effectwijzer:decimal-text';
export const DECIMAL_ISSUE = 'effectwijzer:decimal';
export const RANGE_ISSUE = 'effectwijzer:range';
export const ORDER_ISSUE = 'effectwijzer:order';
export const PLACES_ISSUE = 'effectwijzer:places';

/**
 * Keeps a decoded decimal within [min, max], and says so in the schema (and so in its JSON
 * Schema): a quantity of 1e308 or a 400-digit amount is refused by name, not priced. Where the
 * engine itself refuses what lies below min (a negative count, with every other problem of the
 * scenario listed at once), `minimumByEngine` leaves that to it.
 */
const within = <T extends z.ZodMiniType<Dec>>(
	schema: T,
	min: number,
	max: number,
	minimumByEngine = false
): T =>
	schema.check(
		z.refine((value: Dec) => (minimumByEngine || value.gte(min)) && value.lte(max), {
			error: RANGE_ISSUE,
			params: { min, max }
		}),
		z.meta({ minimum: min, maximum: max })
	);

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

/** A decimal (number or text) between min and max. */
export const decimalIn = (min: number, max: number, minimumByEngine = false) =>
	within(decimalSchema, min, max, minimumByEngine);

/**
 * A decimal with at most `places` decimals: 5e-324 households, the smallest number a computer
 * writes, is a slip, not an expected number of households.
 */
export const withPlaces = <T extends z.ZodMiniType<Dec>>(schema: T, places: number): T =>
	schema.check(
		z.refine((value: Dec) => value.decimalPlaces() <= places, {
			error: PLACES_ISSUE,
			params: { places }
		})
	);

/** A money amount (decimal text) between min and max euros. */
export const moneyIn = (min: number, max: number, minimumByEngine = false) =>
	within(moneySchema, min, max, minimumByEngine);

/** Output-only: a Decimal shown as a decimal string. */
export const decimalOut = z.codec(z.string(), z.instanceof(D), {
	decode: (value) => new D(value),
	encode: (value: Dec) => value.toString()
});
