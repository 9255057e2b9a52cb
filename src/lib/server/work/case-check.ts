import { describeProblem } from '../../i18n/problems';
import { problem, type FieldProblem } from '../../i18n/form-messages';
import { findPersonalData, type PersonalDataFinding } from '../../privacy/personal-data';
import { readJson } from '../../schemas/json';
import { parseScenario } from '../../calculate/calculate';
import type { ScenarioInput } from '../../schemas/scenario';
import type { UnitCostEntry } from '../../schemas/unit-cost';
import { REFUSALS } from '../../i18n/refusals';

/** The free texts of a case form that are checked with its scenario. */
export interface CaseTexts {
	notes: string;
	scenario: string;
	confirmPersonalData?: 'on';
}

/** Where in a saved case a free text stands: a field of the form, or a label inside the case. */
export type TextPlace = 'notes' | 'title' | 'description' | 'case' | 'line';

/** A finding with the place of the text it was found in, so the form can show it there. */
export type PlacedFinding = PersonalDataFinding & { place: TextPlace };

export type CaseCheck =
	/** The scenario as the JSON text to store: one copy across threads, not an object tree. */
	| { ok: true; scenarioText: string }
	| { ok: false; problems: FieldProblem[]; personalData?: PlacedFinding[] };

/** Every free text a saved case carries, with its place, for the personal-data check. */
export function freeTexts(
	notes: string,
	scenario: ScenarioInput
): { place: TextPlace; text: string }[] {
	const texts: { place: TextPlace; text: string }[] = [
		{ place: 'notes', text: notes },
		{ place: 'title', text: scenario.label },
		{ place: 'description', text: scenario.description ?? '' }
	];
	for (const c of scenario.cases) {
		texts.push(
			{ place: 'case', text: c.label },
			{ place: 'description', text: c.description ?? '' }
		);
		const lines = [...(c.costs ?? []), ...(c.effects ?? [])];
		const events = [...(c.timelines?.intervention ?? []), ...(c.timelines?.reference ?? [])];
		for (const { label } of [...lines, ...events]) texts.push({ place: 'line', text: label });
	}
	return texts;
}

const BSN_REFUSED = problem('notes', REFUSALS.bsnInCase);

const OWN_UNIT_COSTS = problem('scenario', REFUSALS.ownUnitCostsInCase);

/**
 * Checks a submitted case through and through against the organisation's own figures: the JSON,
 * the scenario, and every free text for personal data. Pure, so it runs in a worker.
 */
export function checkCase(form: CaseTexts, figures: readonly UnitCostEntry[]): CaseCheck {
	const json = readJson(form.scenario);
	if (!json.ok)
		return {
			ok: false,
			problems: [problem('scenario', REFUSALS.caseNotJson(json.detail))]
		};
	const outcome = parseScenario(json.value, undefined, figures);
	if (!outcome.ok)
		return {
			ok: false,
			problems: outcome.problems.map((p) =>
				problem(
					'scenario',
					REFUSALS.caseProblem({ nl: describeProblem(p, 'nl'), en: describeProblem(p, 'en') })
				)
			)
		};
	const scenario = outcome.input;
	if ((scenario.unitCosts ?? []).length > 0) return { ok: false, problems: [OWN_UNIT_COSTS] };
	const findings = freeTexts(form.notes, scenario).flatMap(({ place, text }) =>
		findPersonalData(text).map((finding) => ({ ...finding, place }))
	);
	if (findings.some((f) => f.kind === 'bsn'))
		return { ok: false, problems: [BSN_REFUSED], personalData: findings };
	if (findings.length > 0 && !form.confirmPersonalData)
		return { ok: false, problems: [], personalData: findings };
	return { ok: true, scenarioText: JSON.stringify(scenario) };
}
