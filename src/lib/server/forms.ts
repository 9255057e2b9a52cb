import type * as z from 'zod';

/** A message in both interface languages; the page shows the one its reader chose. */
export interface Bilingual {
	nl: string;
	en: string;
}

export interface FieldProblem {
	field: string;
	message: Bilingual;
}

/** Field names as a form's reader sees them, for messages that name the field. */
export type FieldNames = Record<string, Bilingual>;

/**
 * Reads a submitted form through a schema whose messages are `nl|en` pairs, so every problem
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
			const [nl, en = nl] = issue.message.split('|');
			const name = names[field] ?? { nl: field, en: field };
			return { field, message: { nl: `${name.nl}: ${nl}`, en: `${name.en}: ${en}` } };
		})
	};
}

export const problem = (field: string, nl: string, en: string): FieldProblem => ({
	field,
	message: { nl, en }
});
