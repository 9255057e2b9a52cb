import { json } from '@sveltejs/kit';
import { bodyProblem, type CaseBody } from './body';
import type { SavedCase, SaveOutcome } from './cases';
import { bodyText } from '../platform/request-body';
import { inTime } from '../platform/unavailable';
import { heavy } from '../work/pool';
import { problem, type FieldProblem } from '../../i18n/form-messages';
import { REFUSALS } from '../../i18n/refusals';

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
		catalogVersion: c.catalogVersion,
		scenario: c.scenario
	};
}

/** A JSON request body read through the same checks as the form; problems name their field. */
export async function readCaseBody(request: Request): Promise<CaseBody> {
	const text = await bodyText(request);
	if (!text.ok) return bodyProblem(text.problem);
	return inTime(heavy({ kind: 'read-case-body', text: text.text }));
}

export const refused = (problems: FieldProblem[], status = 400, extra: object = {}) =>
	json({ problems, ...extra }, { status });

/** A save that did not happen, as the API answers it: 409 on a conflict, 422 on personal data. */
export function refusedSave(outcome: Extract<SaveOutcome, { ok: false }>) {
	if ('conflict' in outcome)
		return refused(outcome.problems, 409, { current: caseJson(outcome.conflict) });
	if (outcome.personalData && outcome.problems.length === 0)
		return refused([problem('confirmPersonalData', REFUSALS.confirmPersonalDataInRequest)], 422, {
			personalData: outcome.personalData
		});
	// an unusual figure is answered with findingReasons, by the key each finding carries
	if (outcome.plausibility)
		return refused(outcome.problems, 422, {
			unusual: outcome.plausibility.findings.map((f) => ({
				...f,
				problem: outcome.plausibility!.problems[f.key] ?? null
			})),
			...(outcome.personalData ? { personalData: outcome.personalData } : {})
		});
	return refused(
		outcome.problems,
		400,
		outcome.personalData ? { personalData: outcome.personalData } : {}
	);
}
