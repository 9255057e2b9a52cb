import * as z from 'zod';
import { bi, problem, type FieldProblem } from '../../i18n/form-messages';
import { fieldRefusal, REFUSALS } from '../../i18n/refusals';
import { issueMessage } from '../../schemas/messages';
import { findPersonalData } from '../../privacy/personal-data';
import { personalDataWarning } from '../../privacy/warning';
import type { Bilingual } from '../../i18n/lang';
import { CONTROL_ISSUE, controlCharacterIn } from '../../schemas/text';

/**
 * Field names as a form's reader sees them, for messages that name the field; null for a field
 * whose messages say themselves what they are about.
 */
export type FieldNames = Record<string, Bilingual | null>;

/**
 * Reads a submitted form through a schema whose messages are written with bi(), so every problem
 * names its field and says what is wrong in the reader's language. An issue whose message names
 * its subject itself says so with `params: { named: true }`.
 */
export function readForm<S extends z.ZodType>(schema: S, form: FormData, names: FieldNames) {
	return readFields(
		schema,
		Object.fromEntries([...form.keys()].map((key) => [key, form.get(key)])),
		names
	);
}

/** readForm for fields that come as a value (a JSON body) rather than as a form. */
export function readFields<S extends z.ZodType>(
	schema: S,
	raw: unknown,
	names: FieldNames
): { ok: true; value: z.output<S> } | { ok: false; problems: FieldProblem[] } {
	// with the input, a value of the wrong kind is told apart from a missing one
	const parsed = schema.safeParse(raw, { reportInput: true });
	if (parsed.success) return { ok: true, value: parsed.data };
	return {
		ok: false,
		problems: parsed.error.issues.map((issue) => {
			const field = String(issue.path[0] ?? (names.body ? 'body' : 'form'));
			const { nl, en } = issueMessage(issue);
			const name = names[field];
			const named = issue.code === 'custom' && issue.params?.named === true;
			if (name === null || named) return { field, message: { nl, en } };
			const called = name ?? { nl: field, en: field };
			return problem(field, fieldRefusal(called, { nl, en }));
		})
	};
}

const tooLong = (max: number) =>
	bi(`is te lang: hoogstens ${max} tekens`, `is too long: at most ${max} characters`);

/** Refuses the control characters people never mean to type (a NUL ends text in PostgreSQL). */
const typedText = (lines: boolean) => (text: string, context: z.RefinementCtx) => {
	const params = controlCharacterIn(text, lines);
	if (params) context.addIssue({ code: 'custom', message: CONTROL_ISSUE, params });
};

/** A field of one line: trimmed, never empty, at most `max` characters, nothing invisible. */
export const lineField = (max: number, missing = bi('ontbreekt', 'is missing')) =>
	z.string().trim().min(1, missing).max(max, tooLong(max)).superRefine(typedText(false));

/** A field of paragraphs, possibly empty: line breaks allowed, other invisible characters not. */
export const paragraphField = (max: number) =>
	z.string().trim().max(max, tooLong(max)).superRefine(typedText(true));

/**
 * A free text where nothing personal belongs and the form offers no confirmation (an own unit
 * cost's note, a round's name): what looks like personal data is refused, saying what and why.
 */
export const impersonal = <S extends z.ZodType<string>>(schema: S) =>
	schema.superRefine((text, context) => {
		const findings = findPersonalData(text);
		if (findings.length > 0)
			context.addIssue({
				code: 'custom',
				message: bi(personalDataWarning(findings, 'nl'), personalDataWarning(findings, 'en'))
			});
	});

/**
 * A free text read through its field's schema (lineField, paragraphField), then checked for
 * personal data: a citizen service number is always refused; anything else that looks personal
 * is refused unless the writer confirmed it is not, where the form offers that.
 */
export function readFreeText(
	field: string,
	name: Bilingual,
	schema: z.ZodType<string>,
	raw: string,
	confirm: { offered: boolean; given: boolean }
):
	| { ok: true; value: string }
	| {
			ok: false;
			problem: FieldProblem;
			/** The writer may confirm it holds nothing personal. */ confirmable: boolean;
	  } {
	const read = readFields(z.object({ [field]: schema }), { [field]: raw }, { [field]: name });
	if (!read.ok) return { ok: false, problem: read.problems[0]!, confirmable: false };
	const value = read.value[field] as string;
	const findings = findPersonalData(value);
	const bsn = findings.some((f) => f.kind === 'bsn');
	if (findings.length === 0 || (confirm.offered && confirm.given && !bsn))
		return { ok: true, value };
	const ask = confirm.offered && !bsn;
	return {
		ok: false,
		confirmable: ask,
		problem: problem(
			field,
			REFUSALS.personalData(
				name,
				{ nl: personalDataWarning(findings, 'nl'), en: personalDataWarning(findings, 'en') },
				ask
			)
		)
	};
}

/** A field's digits as a number; anything else is left for the schema to refuse. */
const readDigits = (value: unknown) => {
	if (typeof value !== 'string') return value;
	const digits = value.trim();
	if (digits === '') return undefined;
	return /^\d{1,15}$/.test(digits) ? Number(digits) : value;
};

/** A whole number's bounds, and what each refusal says (written with bi()). */
interface WholeNumberRule {
	min: number;
	max: number;
	notWhole: string;
	below: string;
	above: string;
}

/** A whole number within bounds, as a JSON body sends it: a number, never text. */
const wholeNumberOf = ({ min, max, notWhole, below, above }: WholeNumberRule) =>
	z
		.number({
			error: (issue) => (issue.input === undefined ? bi('ontbreekt', 'is missing') : notWhole)
		})
		.int(notWhole)
		.min(min, below)
		.max(max, above);

/**
 * The same as a form sends it, too: digits only, so that what Number() would also read
 * ("0x7EA", "2.026e3", "1e3") is refused, never taken as 2026.
 */
const typedWholeNumber = (number: z.ZodNumber) => z.preprocess(readDigits, number);

/** A year from `from` to `to`, typed or sent as a number. */
export const yearField = (from: number, to: number) =>
	typedWholeNumber(
		wholeNumberOf({
			min: from,
			max: to,
			notWhole: bi(
				'is geen jaartal; typ vier cijfers, zoals 2026',
				'is not a year; type four digits, such as 2026'
			),
			below: bi(`ligt voor ${from}`, `is before ${from}`),
			above: bi(`ligt na ${to}`, `is after ${to}`)
		})
	);

/** A count from `min` to `max`, typed or sent as a number. */
export const countField = (min: number, max: number) =>
	typedWholeNumber(
		wholeNumberOf({
			min,
			max,
			notWhole: bi(
				'moet een heel getal zijn, in cijfers, zoals 3',
				'must be a whole number, in digits, such as 3'
			),
			below: bi(`moet minstens ${min} zijn`, `must be at least ${min}`),
			above: bi(
				`mag hoogstens ${max.toLocaleString('nl-NL')} zijn`,
				`may be at most ${max.toLocaleString('en-GB')}`
			)
		})
	);

/** The largest version a case reaches: PostgreSQL's integer. */
const MAX_VERSION = 2_147_483_647;

/** The version of a case a change is based on, as a JSON body sends it. */
export const versionNumber = wholeNumberOf({
	min: 1,
	max: MAX_VERSION,
	notWhole: bi('moet een heel getal zijn, zoals 3', 'must be a whole number, such as 3'),
	below: bi('moet minstens 1 zijn', 'must be at least 1'),
	above: bi('is groter dan een versie ooit wordt', 'is larger than any version')
});

/** The same, as a form sends it. */
export const versionField = typedWholeNumber(versionNumber);
