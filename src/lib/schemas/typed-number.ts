import * as z from 'zod';
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
