import { fieldInput, type ConfidenceGrade } from '../engine';
import type { ScenarioInput } from '../schemas/scenario';

/** Which chance was measured: with the intervention (P′, by follow-ups) or without it (P). */
export type MeasuredProbabilityKind = 'with' | 'without';

/** A chance the organisation measured for a kind of event: its value and posterior. */
export interface MeasuredChance {
	unitCostId: string;
	probability: MeasuredProbabilityKind;
	/** The posterior mean, four decimals, as a decimal string: "0.0581". */
	value: string;
	alpha: number;
	beta: number;
	grade: ConfidenceGrade;
	provenance: string;
}

/** Where a measured chance applies in a case, and what it would change. */
export interface MeasuredUse {
	input: string;
	probability: MeasuredProbabilityKind;
	label: string;
	unitCostId: string;
	from: string;
	to: string;
	provenance: string;
}

type Line = {
	id: string;
	label: string;
	unitCostId: string;
	probabilityWith?: unknown;
	probabilityWithout?: unknown;
	probability?: unknown;
	parentId?: string;
	evidenceGrade?: ConfidenceGrade;
};
type LineKind = 'effect' | 'event';

/** The field of a line that holds a chance, and what it is when the line does not say. */
function chanceField(kind: LineKind, probability: MeasuredProbabilityKind) {
	if (probability === 'with') return { field: 'probabilityWith', absent: '0' } as const;
	return kind === 'event'
		? ({ field: 'probability', absent: '1' } as const)
		: ({ field: 'probabilityWithout', absent: '0' } as const);
}

const linesOf = (c: ScenarioInput['cases'][number]): [LineKind, Line][] => [
	...(c.effects ?? []).map((e) => ['effect', e] as [LineKind, Line]),
	...(c.timelines?.reference ?? []).map((e) => ['event', e] as [LineKind, Line])
];

/**
 * The avoided events of a case that a measured chance applies to: those that stand on their own.
 * A measurement says how often an event happened at all; an event down a chain ("leads to")
 * carries a chance conditional on its parent, which that measurement does not give.
 */
export function measuredUses(
	scenario: ScenarioInput,
	measured: readonly MeasuredChance[]
): MeasuredUse[] {
	return scenario.cases.flatMap((c) =>
		linesOf(c).flatMap(([kind, line]) =>
			line.parentId !== undefined
				? []
				: measured
						.filter((chance) => chance.unitCostId === line.unitCostId)
						.flatMap((chance) => {
							const { field, absent } = chanceField(kind, chance.probability);
							const from = String(line[field] ?? absent);
							if (Number(from) === Number(chance.value)) return [];
							return [
								{
									input: fieldInput(kind, c.id, line.id, field),
									probability: chance.probability,
									label: line.label,
									unitCostId: line.unitCostId,
									from,
									to: chance.value,
									provenance: chance.provenance
								}
							];
						})
		)
	);
}

/**
 * The case with the measured chances in place of its own: each value, the grade the weakest
 * measurement on the line earns, and each posterior as its input's distribution, so the Monte
 * Carlo draws from it.
 */
export function withMeasuredChances(
	scenario: ScenarioInput,
	measured: readonly MeasuredChance[]
): ScenarioInput {
	const uses = new Map(measuredUses(scenario, measured).map((u) => [u.input, u]));
	if (uses.size === 0) return scenario;
	const chanceOf = (use: MeasuredUse) =>
		measured.find((m) => m.unitCostId === use.unitCostId && m.probability === use.probability)!;
	const apply = <T extends Line>(kind: LineKind, caseId: string, line: T): T => {
		let changed: T = line;
		for (const probability of ['with', 'without'] as const) {
			const { field } = chanceField(kind, probability);
			const use = uses.get(fieldInput(kind, caseId, line.id, field));
			if (!use) continue;
			const { value, grade } = chanceOf(use);
			const weakest = Math.max(grade, changed === line ? 1 : (changed.evidenceGrade ?? 1));
			changed = { ...changed, [field]: value, evidenceGrade: weakest as ConfidenceGrade };
		}
		return changed;
	};
	const cases = scenario.cases.map((c) => ({
		...c,
		...(c.effects ? { effects: c.effects.map((e) => apply('effect', c.id, e)) } : {}),
		...(c.timelines
			? {
					timelines: {
						...c.timelines,
						reference: (c.timelines.reference ?? []).map((e) => apply('event', c.id, e))
					}
				}
			: {})
	}));
	// the calculator draws every input it is not given a distribution for from its default range
	const kept = (scenario.uncertainty ?? []).filter((u) => !uses.has(u.input));
	const drawn = [...uses.values()].map((use) => {
		const { alpha, beta } = chanceOf(use);
		return { input: use.input, distribution: { kind: 'beta' as const, alpha, beta } };
	});
	return { ...scenario, cases, uncertainty: [...kept, ...drawn] };
}
