import { describeProblem } from '../../i18n/problems';
import { problem, type FieldProblem } from '../../i18n/form-messages';
import { findPersonalData, type PersonalDataFinding } from '../../privacy/personal-data';
import { readJson } from '../../schemas/json';
import { calculate } from '../../calculate/calculate';
import type { Scenario } from '../../engine';
import { PORTFOLIO_ASSUMPTIONS } from '../../portfolio/portfolio';
import {
	REASON_LENGTH,
	wordFinding,
	type ConfirmedFinding,
	type WordedFinding
} from '../../calculate/findings';
import type { Bilingual } from '../../i18n/lang';
import type { ScenarioInput } from '../../schemas/scenario';
import type { UnitCostEntry } from '../../schemas/unit-cost';
import { REFUSALS } from '../../i18n/refusals';
import { firstControlCharacter } from '../../schemas/control-characters';
import {
	holdNames,
	scenarioTexts,
	type HeldText,
	type ScenarioTextPlace
} from '../../privacy/held-names';

/** The free texts of a case form that are checked with its scenario. */
export interface CaseTexts {
	notes: string;
	scenario: string;
	confirmPersonalData?: 'on';
	/** The reasons given for unusual figures, by finding key (engine/plausibility.ts). */
	findingReasons?: Record<string, string>;
	/** Texts of this case a manager reviewed and released: not a client's details. */
	released?: readonly string[];
}

/** Where in a saved case a free text stands: a field of the form, or a label inside the case. */
export type TextPlace = 'notes' | ScenarioTextPlace | 'reason';

/** A finding with the place of the text it was found in, so the form can show it there. */
export type PlacedFinding = PersonalDataFinding & { place: TextPlace };

/** Unusual figures still to be answered, and what is wrong with a reason given for one. */
export interface Unanswered {
	findings: WordedFinding[];
	/** By finding key. */
	problems: Record<string, Bilingual>;
	/** The reasons as given, by finding key, to show them again. */
	reasons: Record<string, string>;
}

export type CaseCheck =
	/** The scenario as the JSON text to store: one copy across threads, not an object tree. */
	| { ok: true; scenarioText: string; confirmed: ConfirmedFinding[]; held: HeldText[] }
	| {
			ok: false;
			problems: FieldProblem[];
			personalData?: PlacedFinding[];
			plausibility?: Unanswered;
	  };

/** Every free text a saved case carries, with its place, for the personal-data check. */
export function freeTexts(
	notes: string,
	scenario: ScenarioInput
): { place: TextPlace; text: string }[] {
	return [{ place: 'notes', text: notes }, ...scenarioTexts(scenario)];
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
	const outcome = calculate(json.value, undefined, figures);
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
	const late = linesAfterReportYears(outcome.scenario);
	if (late.length > 0) return { ok: false, problems: late };
	// a scenario may count an expected 1,5 households; a case registered counts real ones
	const split = outcome.scenario.cases.find((c) => !c.count.isInteger());
	if (split)
		return {
			ok: false,
			problems: [
				problem('scenario', REFUSALS.householdsNotWhole(split.label, split.count.toString()))
			]
		};
	const unusual = outcome.findings.map(wordFinding);
	const reasons = Object.fromEntries(
		unusual.map((f) => [f.key, (form.findingReasons?.[f.key] ?? '').trim()])
	);
	const released = new Set(form.released ?? []);
	const texts = [
		...freeTexts(form.notes, scenario).filter(({ text }) => !released.has(text)),
		...Object.values(reasons).map((text) => ({ place: 'reason' as const, text }))
	];
	const findings = texts.flatMap(({ place, text }) =>
		findPersonalData(text).map((finding) => ({ ...finding, place }))
	);
	if (findings.some((f) => f.kind === 'bsn'))
		return { ok: false, problems: [BSN_REFUSED], personalData: findings };
	const unanswered = reasonProblems(reasons);
	if (Object.keys(unanswered).length > 0)
		return {
			ok: false,
			problems: [
				problem('findingReason', REFUSALS.unusualUnanswered(Object.keys(unanswered).length))
			],
			plausibility: { findings: unusual, problems: unanswered, reasons },
			...(findings.length > 0 ? { personalData: findings } : {})
		};
	if (findings.length > 0 && !form.confirmPersonalData)
		return { ok: false, problems: [], personalData: findings };
	// a confirmed name is held apart until a manager releases it, never saved in the case
	const { scenario: shown, held } = holdNames(scenario, (text) =>
		released.has(text) ? [] : findPersonalData(text).map((f) => f.match)
	);
	const confirmed = unusual.map((f) => ({ ...f, reason: reasons[f.key]! }));
	return { ok: true, scenarioText: JSON.stringify(shown), confirmed, held };
}

/**
 * The year report prices every saved case over its own five years (portfolio.ts): a line of a
 * case made with a longer horizon that starts after them would be saved and then count for nothing.
 */
function linesAfterReportYears({ cases }: Scenario): FieldProblem[] {
	const years = PORTFOLIO_ASSUMPTIONS.horizonYears;
	const late = (label: string, unit: 'year' | 'month', start: number) =>
		start >= years * (unit === 'year' ? 1 : 12)
			? [problem('scenario', REFUSALS.lineAfterReportYears(label, unit, start, years))]
			: [];
	return cases.flatMap((c) => [
		...c.costs.flatMap((line) => late(line.label, 'year', line.year)),
		...c.effects.flatMap((effect) => late(effect.label, 'year', effect.startYear)),
		...[...(c.timelines?.intervention ?? []), ...(c.timelines?.reference ?? [])].flatMap((event) =>
			late(event.label, 'month', event.month)
		)
	]);
}

function reasonProblems(reasons: Record<string, string>): Record<string, Bilingual> {
	const problems: Record<string, Bilingual> = {};
	for (const [key, reason] of Object.entries(reasons)) {
		const broken = firstControlCharacter(reason, true);
		if (reason === '') problems[key] = REFUSALS.reasonMissing;
		else if (reason.length < REASON_LENGTH.min)
			problems[key] = REFUSALS.reasonTooShort(REASON_LENGTH.min);
		else if (reason.length > REASON_LENGTH.max)
			problems[key] = REFUSALS.reasonTooLong(REASON_LENGTH.max);
		else if (broken) problems[key] = REFUSALS.reasonHasControlCharacter;
		else {
			const named = findPersonalData(reason)[0];
			if (named) problems[key] = REFUSALS.reasonNamesSomeone(named.match);
		}
	}
	return problems;
}
