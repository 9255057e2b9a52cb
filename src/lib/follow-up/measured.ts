import { defaultUncertainty, fieldInput, type ConfidenceGrade } from '../engine';
import { parseScenario } from '../schemas/parse';
import type { ScenarioInput } from '../schemas/scenario';

/** A chance the organisation measured for a kind of event: its value and posterior. */
export interface MeasuredChance {
	unitCostId: string;
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
	parentId?: string;
};

/**
 * The avoided events of a case that a measured chance applies to: those that stand on their own.
 * A follow-up measures how often an event happened at all; an event down a chain ("leads to")
 * carries a chance conditional on its parent, which that measurement does not give.
 */
export function measuredUses(
	scenario: ScenarioInput,
	measured: readonly MeasuredChance[]
): MeasuredUse[] {
	const byKind = new Map(measured.map((m) => [m.unitCostId, m]));
	return scenario.cases.flatMap((c) => {
		const lines: [kind: 'effect' | 'event', line: Line][] = [
			...(c.effects ?? []).map((e) => ['effect', e] as ['effect', Line]),
			...(c.timelines?.reference ?? []).map((e) => ['event', e] as ['event', Line])
		];
		return lines.flatMap(([kind, line]) => {
			const chance = byKind.get(line.unitCostId);
			if (!chance || line.parentId !== undefined) return [];
			const from = String(line.probabilityWith ?? 0);
			if (Number(from) === Number(chance.value)) return [];
			return [
				{
					input: fieldInput(kind, c.id, line.id, 'probabilityWith'),
					label: line.label,
					unitCostId: line.unitCostId,
					from,
					to: chance.value,
					provenance: chance.provenance
				}
			];
		});
	});
}

type UncertaintyInput = NonNullable<ScenarioInput['uncertainty']>[number];

/**
 * The distributions a case's Monte Carlo draws from: its own, or else the defaults it would get
 * (sensitivity.ts), written out so that adding a posterior does not take the others away.
 */
function ownOrDefaultUncertainty(scenario: ScenarioInput): UncertaintyInput[] {
	if ((scenario.uncertainty ?? []).length > 0) return [...scenario.uncertainty!];
	const parsed = parseScenario(scenario);
	if (!parsed.ok) return [];
	return defaultUncertainty(parsed.scenario).map(({ input, distribution }) => ({
		input,
		distribution:
			distribution.kind === 'beta'
				? { kind: 'beta', alpha: distribution.alpha.toFixed(), beta: distribution.beta.toFixed() }
				: distribution.kind === 'uniform'
					? { kind: 'uniform', low: distribution.low.toFixed(), high: distribution.high.toFixed() }
					: {
							kind: distribution.kind,
							low: distribution.low.toFixed(),
							mode: distribution.mode.toFixed(),
							high: distribution.high.toFixed()
						}
	}));
}

/**
 * The case with the measured chances in place of its own P′: the value, the grade the evidence
 * earns, and the posterior as the input's distribution, so the Monte Carlo draws from it.
 */
export function withMeasuredChances(
	scenario: ScenarioInput,
	measured: readonly MeasuredChance[]
): ScenarioInput {
	const uses = new Map(measuredUses(scenario, measured).map((u) => [u.input, u]));
	if (uses.size === 0) return scenario;
	const byKind = new Map(measured.map((m) => [m.unitCostId, m]));
	const apply = <T extends Line>(kind: 'effect' | 'event', caseId: string, line: T): T => {
		if (!uses.has(fieldInput(kind, caseId, line.id, 'probabilityWith'))) return line;
		const chance = byKind.get(line.unitCostId)!;
		return { ...line, probabilityWith: chance.value, evidenceGrade: chance.grade };
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
	const kept = ownOrDefaultUncertainty(scenario).filter((u) => !uses.has(u.input));
	const drawn = [...uses.values()].map((use) => {
		const chance = byKind.get(use.unitCostId)!;
		return {
			input: use.input,
			distribution: { kind: 'beta' as const, alpha: chance.alpha, beta: chance.beta }
		};
	});
	return { ...scenario, cases, uncertainty: [...kept, ...drawn] };
}
