import { EFFECT_ADJUSTMENTS, type Problem } from '$lib/engine';
import {
	numberProblemMessage,
	readNumber,
	showNumber,
	type NumberKind
} from '$lib/format/number-input';
import type { Lang } from '$lib/i18n/lang';
import { problemMessage } from '$lib/i18n/problems';
import type { ScenarioInput } from '$lib/schemas/scenario';
import { WORDS, type Words } from './words';

/** The parts of a JSON path: `cases[0].timelines.reference[2].probability`. */
function segments(path: string): (string | number)[] {
	return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
		m[2] === undefined ? m[1]! : Number(m[2])
	);
}

function walk(scenario: unknown, parts: readonly (string | number)[]): unknown {
	let value: unknown = scenario;
	for (const part of parts) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string | number, unknown>)[part];
	}
	return value;
}

/** The value at a JSON path of the scenario as the calculator holds it. */
export function valueAt(scenario: unknown, path: string): unknown {
	return walk(scenario, segments(path));
}

const FRACTIONS = new Set<string>([
	'probability',
	'probabilityWith',
	'probabilityWithout',
	...EFFECT_ADJUSTMENTS
]);

function kindOf(field: string): NumberKind {
	if (FRACTIONS.has(field)) return 'fraction';
	return field === 'discountRatePct' ? 'percent' : 'amount';
}

const FIELD_WORDS: Record<string, keyof Words> = {
	label: 'label',
	unitCostId: 'unitCost',
	month: 'month',
	quantity: 'quantity',
	durationYears: 'duration',
	kind: 'kind',
	sharedBy: 'sharedBy',
	payer: 'payer',
	probability: 'probability',
	probabilityWith: 'probabilityWith',
	deadweight: 'deadweight',
	attribution: 'attribution',
	displacement: 'displacement',
	dropOff: 'dropOff',
	evidenceGrade: 'grade',
	parentId: 'parent',
	overlapGroup: 'overlap',
	count: 'households',
	priceYear: 'priceYear',
	discountRatePct: 'discountRate',
	horizonYears: 'horizon'
};

/**
 * Where a problem is, in the words of the page: "Zonder hulp › ‘Huisuitzetting’ › Kans zonder
 * hulp" rather than its JSON path.
 */
export function placeOf(path: string, scenario: ScenarioInput, lang: Lang): string {
	const w = WORDS[lang];
	const parts = segments(path);
	const field = String(parts.at(-1));
	const fieldName = FIELD_WORDS[field] ? String(w[FIELD_WORDS[field]!]) : field;
	if (parts[0] === 'assumptions') return `${w.settings} › ${fieldName}`;
	if (parts[0] !== 'cases' || typeof parts[1] !== 'number') return fieldName;
	const lane = parts[3];
	if (parts[2] === 'timelines' && (lane === 'intervention' || lane === 'reference')) {
		const event = walk(scenario, parts.slice(0, 5)) as { label?: string } | undefined;
		const name = event?.label ? `“${event.label}”` : w.unnamed;
		return `${lane === 'intervention' ? w.intervention : w.reference} › ${name} › ${fieldName}`;
	}
	if (field === 'label') return w.caseName;
	return fieldName;
}

/**
 * What is wrong at a field, worded for the page: an unreadable number says what was typed and
 * how to type it; a missing unit cost asks to choose one; the rest as the engine words it.
 */
export function fieldMessage(problem: Problem, scenario: ScenarioInput, lang: Lang): string {
	const field = String(segments(problem.path).at(-1));
	const value = valueAt(scenario, problem.path);
	if (problem.code === 'invalid-input') {
		if (typeof value === 'string' && FIELD_WORDS[field]) {
			const reading = readNumber(value, lang, kindOf(field));
			if (!reading.ok) return numberProblemMessage(reading.problem, lang, kindOf(field));
		}
		if (value === undefined || value === '')
			return field === 'unitCostId' ? WORDS[lang].chooseUnitCost : WORDS[lang].missing;
	}
	if (problem.code === 'fraction-out-of-range' && kindOf(field) === 'fraction')
		return WORDS[lang].outsidePercent(showNumber(String(problem.params.value), lang, 'fraction'));
	return problemMessage(problem, lang);
}
