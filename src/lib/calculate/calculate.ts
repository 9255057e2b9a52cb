import type * as z from 'zod/mini';
import {
	computeValidated,
	jsonPath,
	plausibilityFindings,
	type PlausibilityFinding,
	validateScenario,
	validateUncertainty,
	type Problem,
	type Breakdown,
	type Scenario,
	type ScenarioResult,
	sumBreakdowns,
	totalsByGroup,
	withoutCorrections
} from '../engine';
import { CATALOG, type Catalog } from '../catalog/catalog';
import { scenarioSchema, type ScenarioFile, type ScenarioInput } from '../schemas/scenario';
import type { UnitCostEntry } from '../schemas/unit-cost';
import { readJson } from '../schemas/json';
import { inputIssueDetail } from '../schemas/messages';
import { toEngineScenario } from './to-engine';
import { RETURN_BAND } from '../catalog/usual-quantities';

/** Worth telling, not wrong: the file was priced with another catalog version than this one. */
export interface CatalogVersionNotice {
	recorded: string;
	used: string;
}

/** A scenario that passed every check: as it was given, as read, and as the engine's model. */
export interface ValidScenario {
	ok: true;
	/** The input itself, now known to be a scenario file (what the calculator and files keep). */
	input: ScenarioInput;
	file: ScenarioFile;
	scenario: Scenario;
	notice: CatalogVersionNotice | null;
}

export type ParseOutcome = ValidScenario | { ok: false; problems: Problem[] };

export type Calculation =
	| (ValidScenario & { result: ScenarioResult; findings: PlausibilityFinding[] })
	| { ok: false; problems: Problem[] };

function caseIdAt(input: unknown, path: readonly PropertyKey[]): string | undefined {
	if (path[0] !== 'cases' || typeof path[1] !== 'number') return undefined;
	const cases = (input as { cases?: unknown }).cases;
	const c = Array.isArray(cases) ? (cases[path[1]] as { id?: unknown } | undefined) : undefined;
	return typeof c?.id === 'string' ? c.id : undefined;
}

/** zod's issues as the project's problems, worded in both languages. */
export function issuesToProblems(input: unknown, issues: readonly z.core.$ZodIssue[]): Problem[] {
	return issues.map((issue) => {
		const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
		const problem: Problem = {
			path: jsonPath(path.length ? path : ['(root)']),
			code: 'invalid-input',
			params: { en: inputIssueDetail(issue, 'en'), nl: inputIssueDetail(issue, 'nl') }
		};
		const caseId = caseIdAt(input, issue.path);
		if (caseId !== undefined) problem.caseId = caseId;
		return problem;
	});
}

/**
 * The scenario boundary: shape (zod), then meaning (the engine's checks). Either every problem
 * is listed, or the scenario is wholly valid and ready to compute; never something in between.
 */
export function parseScenario(
	input: unknown,
	catalog: Catalog = CATALOG,
	organisationFigures: readonly UnitCostEntry[] = []
): ParseOutcome {
	const parsed = scenarioSchema.safeParse(input, { reportInput: true });
	if (!parsed.success) return { ok: false, problems: issuesToProblems(input, parsed.error.issues) };
	const mapped = toEngineScenario(parsed.data, catalog, organisationFigures);
	if (!mapped.ok) return mapped;
	const problems = [...validateScenario(mapped.value), ...validateUncertainty(mapped.value)];
	if (problems.length > 0) return { ok: false, problems };
	const recorded = parsed.data.catalogVersion;
	const notice =
		recorded && recorded !== catalog.version ? { recorded, used: catalog.version } : null;
	// It passed the strict schema, so it is a scenario file in the format's input form.
	const valid = input as ScenarioInput;
	return { ok: true, input: valid, file: parsed.data, scenario: mapped.value, notice };
}

/**
 * The engine's checked entry (after dinero's safe/unsafe split): checks the input once, shape
 * and meaning, and computes it without checking again. Either every problem, or the result with
 * what in it is unusual enough to ask about (engine/plausibility.ts).
 */
export function calculate(
	input: unknown,
	catalog: Catalog = CATALOG,
	organisationFigures: readonly UnitCostEntry[] = []
): Calculation {
	const outcome = parseScenario(input, catalog, organisationFigures);
	if (!outcome.ok) return outcome;
	const result = computeValidated(outcome.scenario);
	return {
		...outcome,
		result,
		findings: plausibilityFindings(outcome.scenario, result, RETURN_BAND)
	};
}

/**
 * The totals without corrections for what would have happened anyway: the maximum shown beside
 * the realistic result (engine/corrections.ts), of a whole validated scenario or, with
 * `groupOf`, of each group of its cases (a portfolio's saved cases).
 */
export function maximumTotals(scenario: Scenario): Breakdown;
export function maximumTotals(
	scenario: Scenario,
	groupOf: (caseId: string) => string
): Map<string, Breakdown>;
export function maximumTotals(scenario: Scenario, groupOf?: (caseId: string) => string) {
	const totals = totalsByGroup(withoutCorrections(scenario), groupOf ?? (() => ''));
	// a scenario without cases has no group at all: its maximum is nothing, as its result is
	return groupOf ? totals : (totals.get('') ?? sumBreakdowns([]));
}

/** JSON text as a value, or malformed JSON as a problem like any other. */
function readScenarioJson(
	text: string
): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
	const json = readJson(text);
	if (json.ok) return json;
	const params = { detailNl: json.detail.nl, detailEn: json.detail.en };
	return { ok: false, problems: [{ path: '(root)', code: 'malformed-json', params }] };
}

/** JSON text to a scenario, with malformed JSON reported like any other problem. */
export function parseScenarioText(
	text: string,
	catalog: Catalog = CATALOG,
	organisationFigures: readonly UnitCostEntry[] = []
): ParseOutcome {
	const json = readScenarioJson(text);
	return json.ok ? parseScenario(json.value, catalog, organisationFigures) : json;
}

/** JSON text checked once and computed: calculate() for a file. */
export function calculateText(
	text: string,
	catalog: Catalog = CATALOG,
	organisationFigures: readonly UnitCostEntry[] = []
): Calculation {
	const json = readScenarioJson(text);
	return json.ok ? calculate(json.value, catalog, organisationFigures) : json;
}
