import type * as z from 'zod';
import { issueWords } from '../schemas/messages';
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

/** The message of a zod issue, in both languages: the schema's own, or worded from the issue. */
export function issueMessage(issue: z.core.$ZodIssue): Bilingual {
	return issue.message.includes(SEPARATOR)
		? readBilingual(issue.message)
		: issueWords(issue as Parameters<typeof issueWords>[0]);
}

/** A problem with one field of a form or request, worded in both languages. */
export interface FieldProblem {
	field: string;
	message: Bilingual;
}

export const problem = (field: string, nl: string, en: string): FieldProblem => ({
	field,
	message: { nl, en }
});
