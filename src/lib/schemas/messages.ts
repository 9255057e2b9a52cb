import type * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import nl from 'zod/v4/locales/nl.js';
import type { Lang } from '../i18n/lang';
import { DECIMAL_ISSUE, DECIMAL_PATTERN, DECIMAL_TEXT_ISSUE } from './decimal';

const locales = { nl: nl().localeError, en: en().localeError };

/**
 * Words a zod issue for a person who edits a scenario by hand. Decimal strings and unknown keys,
 * the commonest slips, get their own wording; the rest use zod's own Dutch or English locale.
 */
export function inputIssueDetail(issue: z.core.$ZodIssue, lang: Lang): string {
	if (issue.message === DECIMAL_TEXT_ISSUE)
		return lang === 'nl'
			? 'verwacht een decimaal getal als tekst, zoals "1250.50"'
			: 'expected a decimal number as text, such as "1250.50"';
	if (
		issue.message === DECIMAL_ISSUE ||
		(issue.code === 'invalid_format' && issue.pattern === DECIMAL_PATTERN.toString())
	)
		return lang === 'nl'
			? 'verwacht een getal of een decimaal getal als tekst, zoals "0.8"'
			: 'expected a number or a decimal number as text, such as "0.8"';
	if (issue.code === 'unrecognized_keys')
		return lang === 'nl'
			? `onbekend veld: ${issue.keys.join(', ')}`
			: `unknown field: ${issue.keys.join(', ')}`;
	if (issue.code === 'custom') return issue.message;
	const worded = locales[lang](issue as never);
	if (typeof worded === 'string') return worded;
	return worded?.message ?? issue.message;
}
