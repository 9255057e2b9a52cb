import { D } from '../engine';
import type { CaseInput, InterventionEventInput } from './timeline-form';
import { scenarioOnTimelines } from './timeline-form';
import type { ScenarioInput } from '../schemas/scenario';

/** The levers a funder thinks in, each turning a scenario into a variant in one step. */
export type Lever =
	| { kind: 'scale-count'; caseId: string; factor: string }
	| { kind: 'shift'; from: string; to: string; share: string; perUnit: string }
	| { kind: 'flexible-budget'; factor: string }
	| { kind: 'discount-rate'; pct: string };

export const FLEXIBLE_BUDGET = 'sociaalwerk.maatwerkbudget-euro';

/** Quantities stay exact decimals, as everywhere else. */
const times = (a: string | number | undefined, b: string): string =>
	new D(a ?? 1).times(b).toString();
const minus = (a: string | number | undefined, b: string): string =>
	new D(a ?? 0).minus(b).toString();

function mapSupport(
	c: CaseInput,
	change: (event: InterventionEventInput) => InterventionEventInput[]
): CaseInput {
	const intervention = (c.timelines?.intervention ?? []).flatMap(change);
	return { ...c, timelines: { intervention, reference: c.timelines?.reference ?? [] } };
}

const usesFlexibleBudget = (c: CaseInput) =>
	(c.timelines?.intervention ?? []).some((e) => e.unitCostId === FLEXIBLE_BUDGET);

/**
 * Applies a lever. More flexible budget (maatwerkbudget) means more households helped: every case
 * paid from it is counted `factor` times as often, with the same costs and effects per household. Shift moves `share` of every intervention line of provision `from` to
 * provision `to`, `perUnit` units of `to` for each unit moved (an hour of individual support
 * becomes, say, a quarter of a group session).
 */
export function applyLever(input: ScenarioInput, lever: Lever): ScenarioInput {
	const scenario = structuredClone(scenarioOnTimelines(input));
	switch (lever.kind) {
		case 'scale-count':
			scenario.cases = scenario.cases.map((c) =>
				c.id === lever.caseId ? { ...c, count: times(c.count, lever.factor) } : c
			);
			return scenario;
		case 'discount-rate':
			scenario.assumptions = { ...scenario.assumptions, discountRatePct: lever.pct };
			return scenario;
		case 'flexible-budget':
			// more budget reaches more households, each helped and changed as the ones helped now
			scenario.cases = scenario.cases.map((c) =>
				usesFlexibleBudget(c) ? { ...c, count: times(c.count, lever.factor) } : c
			);
			return scenario;
		case 'shift':
			scenario.cases = scenario.cases.map((c) =>
				mapSupport(c, (e) => {
					if (e.unitCostId !== lever.from || e.kind === 'event') return [e];
					const moved = times(e.quantity, lever.share);
					const kept = minus(e.quantity, moved);
					return [
						{ ...e, quantity: kept },
						{
							...e,
							id: `${e.id}-verschoven`,
							label: `${e.label} → ${lever.to}`,
							unitCostId: lever.to,
							quantity: times(moved, lever.perUnit)
						}
					];
				})
			);
			return scenario;
	}
}
