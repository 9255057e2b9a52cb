import * as z from 'zod/mini';
import { firstControlCharacter, isBrokenCharacter } from './control-characters';

/** Issue keys that messages.ts words in the reader's language. */
export const CONTROL_ISSUE = 'effectwijzer:control-character';
export const FORMULA_ISSUE = 'effectwijzer:formula';
export const ID_ISSUE = 'effectwijzer:id';
export const WEB_ADDRESS_ISSUE = 'effectwijzer:web-address';
export const YEAR_KEY_ISSUE = 'effectwijzer:year-key';
export const EMPTY_ISSUE = 'effectwijzer:empty';
export const DUPLICATE_ISSUE = 'effectwijzer:duplicate';

/**
 * A list whose entries are told apart by one field (an id, an input): a second entry with the
 * same value is refused at that field, naming where the first stands, never silently one of two.
 */
export const uniqueBy = <K extends string, L extends z.ZodMiniType<Record<K, string>[]>>(
	list: L,
	field: K
) =>
	list.check((context) => {
		const first = new Map<string, number>();
		context.value.forEach((item, i) => {
			const value = item[field];
			const seen = first.get(value);
			if (seen === undefined) first.set(value, i);
			else
				context.issues.push({
					code: 'custom',
					message: DUPLICATE_ISSUE,
					input: value,
					path: [i, field],
					params: { value, first: seen + 1 }
				});
		});
	});

/** Longest texts, by what they are: a name on one line, an explanation of a few paragraphs. */
export const TEXT_LIMITS = { name: 200, explanation: 4000 } as const;

/**
 * The first control character of a text, as the message names it ("U+0000" at position 5), or
 * null; `lines` allows line breaks and tabs.
 */
export function controlCharacterIn(text: string, lines: boolean) {
	const at = firstControlCharacter(text, lines);
	if (at === null) return null;
	const code = text.charCodeAt(at);
	const hex = code.toString(16).toUpperCase().padStart(4, '0');
	return { position: at + 1, character: `U+${hex}`, broken: isBrokenCharacter(code) };
}

const noControlCharacters = (lines: boolean) =>
	z.superRefine<string>((text, context) => {
		const params = controlCharacterIn(text, lines);
		if (params)
			context.issues.push({ code: 'custom', input: text, message: CONTROL_ISSUE, params });
	});

/** A text on one line of at most `max` characters (a name, a label), never empty. */
export const lineText = (max: number = TEXT_LIMITS.name) =>
	z.string().check(z.minLength(1), z.maxLength(max), noControlCharacters(false));

/** A text of one or more paragraphs, possibly empty. */
export const paragraphText = (max: number = TEXT_LIMITS.explanation) =>
	z.string().check(z.maxLength(max), noControlCharacters(true));

/**
 * A text of a spreadsheet-born file: one that a spreadsheet would run as a formula (starting
 * with =, +, - or @, as in "-2+3+cmd|…") is refused, as a catalog is opened in Excel.
 */
export const notAFormula = z.superRefine<string>((text, context) => {
	const start = /^[=+@-]/.exec(text)?.[0];
	if (start)
		context.issues.push({ code: 'custom', input: text, message: FORMULA_ISSUE, params: { start } });
});

/** A web address to open in a browser: http or https only, never javascript: or data:. */
export const webAddress = z
	.string()
	.check(z.maxLength(1000), z.url({ protocol: /^https?$/, error: WEB_ADDRESS_ISSUE }));

export const yearKey = z.string().check(z.regex(/^\d{4}$/, { error: YEAR_KEY_ISSUE }));
