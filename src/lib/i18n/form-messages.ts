import type { Bilingual } from './lang';

// A character no message contains (the unit separator), so that no message of zod's own, such
// as 'expected one of "a"|"b"', is ever split in two.
const SEPARATOR = '\u001f';

/**
 * A zod issue message carries both languages at once, so one schema serves every reader; this
 * module is the only one that knows how they are joined.
 */
export function bi(nl: string, en: string): string {
	return `${nl}${SEPARATOR}${en}`;
}

/** The two languages of a message written with bi(); a plain message serves both. */
export function readBilingual(message: string): Bilingual {
	const at = message.indexOf(SEPARATOR);
	return at < 0
		? { nl: message, en: message }
		: { nl: message.slice(0, at), en: message.slice(at + 1) };
}

/** Whether a message was written with bi(). */
export const isBilingual = (message: string) => message.includes(SEPARATOR);

/** A problem with one field of a form or request, worded in both languages. */
export interface FieldProblem {
	field: string;
	message: Bilingual;
}

/** A problem with a field, worded once in refusals.ts (or by a form's schema). */
export const problem = (field: string, message: Bilingual): FieldProblem => ({ field, message });
