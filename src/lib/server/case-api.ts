import { json } from '@sveltejs/kit';
import * as z from 'zod';
import type { SavedCase, SaveOutcome } from './cases';
import { caseFormSchema } from './cases';
import { issueMessage, problem, type FieldProblem } from '../i18n/form-messages';

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

const bodySchema = z.object({
	caseCode: z.string(),
	year: z.number(),
	times: z.number().default(1),
	notes: z.string().default(''),
	scenario: z.unknown(),
	confirmPersonalData: z.boolean().default(false),
	version: z.number().optional()
});

/** A JSON request body read through the same checks as the form; problems name their field. */
export async function readCaseBody(request: Request) {
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return {
			ok: false as const,
			problems: [problem('body', 'Verzoek: is geen geldige JSON', 'Request: is not valid JSON')]
		};
	}
	const shape = bodySchema.safeParse(body);
	if (!shape.success)
		return {
			ok: false as const,
			problems: shape.error.issues.map((i) =>
				problem(
					String(i.path[0] ?? 'body'),
					`${String(i.path[0] ?? 'verzoek')}: ${i.message}`,
					`${String(i.path[0] ?? 'request')}: ${i.message}`
				)
			)
		};
	const form = caseFormSchema.safeParse({
		...shape.data,
		scenario: JSON.stringify(shape.data.scenario ?? null),
		confirmPersonalData: shape.data.confirmPersonalData ? 'on' : undefined
	});
	if (!form.success)
		return {
			ok: false as const,
			problems: form.error.issues.map((i) => {
				const { nl, en } = issueMessage(i);
				return problem(
					String(i.path[0]),
					`${String(i.path[0])}: ${nl}`,
					`${String(i.path[0])}: ${en}`
				);
			})
		};
	return { ok: true as const, form: form.data, version: shape.data.version };
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
