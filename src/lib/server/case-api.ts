import { json } from '@sveltejs/kit';
import * as z from 'zod';
import type { SavedCase, SaveOutcome } from './cases';
import { CASE_FIELDS, caseFormSchema } from './cases';
import { bodyText } from './request-body';
import { readFields } from './forms';
import { readJson } from '../schemas/json';
import { bi, problem, type FieldProblem } from '../i18n/form-messages';

/** A case as the API sends it: the stored scenario in the CLI's format and its version. */
export function caseJson(c: SavedCase) {
	return {
		id: c.id,
		caseCode: c.caseCode,
		year: c.year,
		times: c.times,
		notes: c.notes,
		version: c.version,
		owner: c.ownerName,
		updatedAt: c.updatedAt,
		scenario: c.scenario
	};
}

/** The largest version a case reaches: PostgreSQL's integer. */
const MAX_VERSION = 2_147_483_647;

const bodySchema = z.object({
	caseCode: z.string(),
	year: z.number(),
	times: z.number().default(1),
	notes: z.string().default(''),
	scenario: z.unknown(),
	confirmPersonalData: z.boolean().default(false),
	version: z
		.int(bi('moet een heel getal zijn, zoals 3', 'must be a whole number, such as 3'))
		.min(1, bi('moet minstens 1 zijn', 'must be at least 1'))
		.max(MAX_VERSION, bi('is groter dan een versie ooit wordt', 'is larger than any version'))
		.optional()
});

const BODY_FIELDS = {
	...CASE_FIELDS,
	scenario: { nl: 'Casus (scenario)', en: 'Case (scenario)' },
	confirmPersonalData: { nl: 'Bevestiging persoonsgegevens', en: 'Personal data confirmed' },
	body: { nl: 'Verzoek', en: 'Request' }
};

const bodyProblem = (nl: string, en: string) => ({
	ok: false as const,
	problems: [problem('body', `Verzoek: ${nl}`, `Request: ${en}`)]
});

/** A JSON request body read through the same checks as the form; problems name their field. */
export async function readCaseBody(request: Request) {
	const text = await bodyText(request);
	if (!text.ok) return bodyProblem(text.problem.nl, text.problem.en);
	const json = readJson(text.text);
	if (!json.ok)
		return bodyProblem(
			`is geen geldige JSON: ${json.detail.nl}`,
			`is not valid JSON: ${json.detail.en}`
		);
	const shape = readFields(bodySchema, json.value, BODY_FIELDS);
	if (!shape.ok) return shape;
	const form = readFields(
		caseFormSchema,
		{
			...shape.value,
			scenario: JSON.stringify(shape.value.scenario ?? null),
			confirmPersonalData: shape.value.confirmPersonalData ? 'on' : undefined
		},
		BODY_FIELDS
	);
	if (!form.ok) return form;
	return { ok: true as const, form: form.value, version: shape.value.version };
}

export const refused = (problems: FieldProblem[], status = 400, extra: object = {}) =>
	json({ problems, ...extra }, { status });

/** A save that did not happen, as the API answers it: 409 on a conflict, 422 on personal data. */
export function refusedSave(outcome: Extract<SaveOutcome, { ok: false }>) {
	if ('conflict' in outcome)
		return refused(outcome.problems, 409, { current: caseJson(outcome.conflict) });
	if (outcome.personalData && outcome.problems.length === 0)
		return refused(
			[
				problem(
					'confirmPersonalData',
					'Persoonsgegevens: bevestig met confirmPersonalData dat het geen gegevens van een cliënt zijn',
					'Personal data: confirm with confirmPersonalData that this is no client’s data'
				)
			],
			422,
			{ personalData: outcome.personalData }
		);
	return refused(
		outcome.problems,
		400,
		outcome.personalData ? { personalData: outcome.personalData } : {}
	);
}
