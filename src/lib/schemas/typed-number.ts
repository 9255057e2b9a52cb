import * as z from 'zod';
import { D, type Dec } from '../engine';
import { numberProblemMessage, readNumber, type NumberKind } from '../format/number-input';
import { bi } from '../i18n/form-messages';
import type { Lang } from '../i18n/lang';

/**
 * A number typed into a form, read as the app reads every typed number ("1.250,50" in Dutch),
 * to the decimal string the rest of the app keeps. What cannot be read is refused, saying why
 * in both languages.
 */
export function typedNumberSchema(lang: Lang, kind: NumberKind = 'amount') {
	return z.string().transform((text, context) => {
		const reading = readNumber(text, lang, kind);
		if (reading.ok) return reading.decimal;
		context.addIssue({
			code: 'custom',
			message: bi(
				numberProblemMessage(reading.problem, 'nl', kind),
				numberProblemMessage(reading.problem, 'en', kind)
			)
		});
		return z.NEVER;
	});
}

/** Bounds of a typed amount or count (typedAmount). */
export interface AmountBounds {
	/** The largest value allowed. */
	max: number;
	/** Decimals allowed: 0 for a count of households or people. */
	places: number;
	/** The smallest value allowed, if more than 0. */
	min?: number;
}

/**
 * An amount or count typed into a form in Dutch ("3,5", "€ 1.250"), as an exact decimal, never
 * negative, with at most `places` decimals and within its bounds; each refusal says why in both
 * languages. A field left out reads as empty, and is refused as empty.
 */
export function typedAmount({ max, places, min }: AmountBounds) {
	const limit = new D(max);
	return z.preprocess(
		(value) => value ?? '',
		z.string().transform((text, context): Dec => {
			const refuse = (nl: string, en: string) => {
				context.addIssue({ code: 'custom', message: bi(nl, en) });
				return z.NEVER;
			};
			const read = readNumber(text, 'nl', 'amount');
			if (!read.ok)
				return refuse(
					numberProblemMessage(read.problem, 'nl', 'amount'),
					numberProblemMessage(read.problem, 'en', 'amount')
				);
			const value = read.value;
			if (value.isNegative()) return refuse('mag niet negatief zijn', 'may not be negative');
			if (places === 0 && !value.isInteger())
				return refuse('moet een heel getal zijn', 'must be a whole number');
			if (value.decimalPlaces() > places)
				return refuse(`hoogstens ${places} decimalen`, `at most ${places} decimals`);
			if (min !== undefined && value.lt(min))
				return refuse(`moet minstens ${min} zijn`, `must be at least ${min}`);
			if (value.gt(limit))
				return refuse(
					`mag hoogstens ${max.toLocaleString('nl-NL')} zijn`,
					`may be at most ${max.toLocaleString('en-GB')}`
				);
			return value;
		})
	);
}
