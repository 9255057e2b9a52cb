import * as z from 'zod';
import { bi, problem, type FieldProblem } from '../../i18n/form-messages';
import { REFUSALS } from '../../i18n/refusals';
import { CASE_CODE, namesInCaseCode } from '../../privacy/personal-data';
import { countField, paragraphField, readFields, versionField, yearField } from '../platform/forms';

/** Beyond a reason's own limit, so that the check with the case names the field and the limit. */
const REASON_FIELD_MAX = 4000;
const tooLongReason = bi('is veel te lang', 'is far too long');

/** A saved case as its form (and the API) sends it: the scenario still as JSON text. */
export const caseFormSchema = z.object({
	caseCode: z
		.string()
		.trim()
		.toUpperCase()
		.regex(
			CASE_CODE,
			bi(
				'3 tot 24 letters, cijfers of streepjes, met minstens één cijfer; nooit een naam',
				'3 to 24 letters, digits or dashes, with at least one digit; never a name'
			)
		)
		.superRefine((code, context) => {
			const found = namesInCaseCode(code)
				.map((part) => `“${part}”`)
				.join(', ');
			if (found)
				context.addIssue({
					code: 'custom',
					message: bi(
						`${found} kan een naam zijn; een code bestaat uit afkortingen en cijfers, zoals WT-2026-014`,
						`${found} could be a name; a code is abbreviations and digits, such as WT-2026-014`
					)
				});
		}),
	year: yearField(2000, 2100),
	times: countField(1, 100_000),
	startedOn: z
		.string()
		.trim()
		.default('')
		.refine(
			(day) => day === '' || isCalendarDay(day),
			bi(
				'is geen datum; kies een dag, zoals 15-03-2026',
				'is not a date; pick a day, such as 2026-03-15'
			)
		)
		.transform((day) => day || null),
	notes: paragraphField(2000).default(''),
	scenario: z.string().min(1, bi('ontbreekt', 'is missing')),
	confirmPersonalData: z.literal('on').optional(),
	/** The reason given for each unusual figure, by its finding key; checked with the case. */
	findingReasons: z
		.record(z.string().max(400), z.string().max(REASON_FIELD_MAX, tooLongReason))
		.default({})
});

/**
 * A case form as posted: its fields, and the reasons for unusual figures as the pairs of
 * findingKey and findingReason fields the form repeats, one pair per finding.
 */
export function readCaseForm(form: FormData) {
	const text = (value: FormDataEntryValue) => (typeof value === 'string' ? value : '');
	const keys = form.getAll('findingKey').map(text);
	const reasons = form.getAll('findingReason').map(text);
	const fields = Object.fromEntries(
		[...form.keys()]
			.filter((key) => key !== 'findingKey' && key !== 'findingReason')
			.map((key) => [key, form.get(key)])
	);
	const findingReasons = Object.fromEntries(keys.map((key, i) => [key, reasons[i] ?? '']));
	return readFields(caseFormSchema, { ...fields, findingReasons }, CASE_FIELDS);
}
/** A case as saved: the form's fields, the start of help optional for callers that have none. */
export type CaseForm = Omit<z.output<typeof caseFormSchema>, 'startedOn' | 'findingReasons'> & {
	startedOn?: string | null;
	findingReasons?: Record<string, string>;
};

/** A real day between 2000 and 2100 as a date field sends it: YYYY-MM-DD. */
function isCalendarDay(day: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
	const date = new Date(`${day}T00:00:00Z`);
	const year = date.getUTCFullYear();
	return date.toISOString().slice(0, 10) === day && year >= 2000 && year <= 2100;
}

export const CASE_FIELDS = {
	caseCode: { nl: 'Casuscode', en: 'Case code' },
	year: { nl: 'Jaar', en: 'Year' },
	times: { nl: 'Aantal huishoudens van dit type', en: 'Households of this type' },
	startedOn: { nl: 'Start van de hulp', en: 'Help started on' },
	notes: { nl: 'Toelichting', en: 'Notes' },
	scenario: { nl: 'Casus (JSON)', en: 'Case (JSON)' },
	version: { nl: 'Versie', en: 'Version' },
	findingReasons: { nl: 'Waarom klopt dit', en: 'Why is this right' },
	findingReason: null
};

/** The version a case's form was filled in on, or what is wrong with it. */
export function formVersion(
	form: FormData
): { ok: true; version: number } | { ok: false; problem: FieldProblem } {
	const raw = form.get('version');
	if (raw === null || raw === '')
		return { ok: false, problem: problem('version', REFUSALS.versionMissingInForm) };
	const read = readFields(z.object({ version: versionField }), { version: raw }, CASE_FIELDS);
	return read.ok
		? { ok: true, version: read.value.version }
		: { ok: false, problem: read.problems[0]! };
}
