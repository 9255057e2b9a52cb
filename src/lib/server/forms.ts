import type * as z from 'zod';
import { issueMessage, type FieldProblem } from '../i18n/form-messages';
import type { Bilingual } from '../i18n/lang';

/** Field names as a form's reader sees them, for messages that name the field. */
export type FieldNames = Record<string, Bilingual>;

/**
 * Reads a submitted form through a schema whose messages are written with bi(), so every problem
 * names its field and says what is wrong in the reader's language.
 */
export function readForm<S extends z.ZodType>(
	schema: S,
	form: FormData,
	names: FieldNames
): { ok: true; value: z.output<S> } | { ok: false; problems: FieldProblem[] } {
	const raw = Object.fromEntries([...form.keys()].map((key) => [key, form.get(key)]));
	const parsed = schema.safeParse(raw);
	if (parsed.success) return { ok: true, value: parsed.data };
	return {
		ok: false,
		problems: parsed.error.issues.map((issue) => {
			const field = String(issue.path[0] ?? 'form');
			const { nl, en } = issueMessage(issue);
			const name = names[field] ?? { nl: field, en: field };
			return { field, message: { nl: `${name.nl}: ${nl}`, en: `${name.en}: ${en}` } };
		})
	};
}
