import * as z from 'zod';
import { problem, type FieldProblem } from '../../i18n/form-messages';
import type { Bilingual } from '../../i18n/lang';
import { REFUSALS, requestRefusal } from '../../i18n/refusals';
import { readJson } from '../../schemas/json';
import { CASE_FIELDS, caseFormSchema, type CaseForm } from './form';
import { readFields, versionNumber } from '../platform/forms';

const bodySchema = z.object({
	caseCode: z.string(),
	year: z.number(),
	times: z.number().default(1),
	notes: z.string().default(''),
	startedOn: z.string().default(''),
	scenario: z.unknown(),
	confirmPersonalData: z.boolean().default(false),
	findingReasons: z.record(z.string(), z.string()).default({}),
	version: versionNumber.optional()
});

const BODY_FIELDS = {
	...CASE_FIELDS,
	scenario: { nl: 'Casus (scenario)', en: 'Case (scenario)' },
	confirmPersonalData: { nl: 'Bevestiging persoonsgegevens', en: 'Personal data confirmed' },
	findingReasons: { nl: 'Toelichting bij opvallende cijfers', en: 'Reasons for unusual figures' },
	body: { nl: 'Verzoek', en: 'Request' }
};

export type CaseBody =
	| { ok: true; form: CaseForm; version: number | undefined }
	| { ok: false; problems: FieldProblem[] };

export const bodyProblem = (detail: Bilingual) => ({
	ok: false as const,
	problems: [problem('body', requestRefusal(detail))]
});

/**
 * An API request's JSON text read through the same checks as the form; problems name their
 * field. Pure, so a large body is read in a worker (work/tasks.ts).
 */
export function readCaseBodyText(text: string): CaseBody {
	const json = readJson(text);
	if (!json.ok) return bodyProblem(REFUSALS.invalidJson(json.detail));
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
	return { ok: true, form: form.value, version: shape.value.version };
}
