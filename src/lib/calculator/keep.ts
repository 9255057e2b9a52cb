import { D } from '../engine';
import type { ScenarioInput } from '../schemas/scenario';
import { PATTERN_DESCRIPTIONS } from './patterns';

/** A case as the organisation keeps it: the scenario, and how many times it occurred. */
export interface KeptCase {
	scenario: ScenarioInput;
	times: number;
}

const oneType = (scenario: ScenarioInput) => scenario.cases.length === 1;

/**
 * A case from the calculator as the organisation keeps it: named as the worker named it, with
 * its household count in one place (how often it occurred) and no stock text of the pattern it
 * started from.
 */
export function toKeptCase(input: ScenarioInput): KeptCase {
	const scenario = structuredClone(input);
	if (scenario.description && PATTERN_DESCRIPTIONS.has(scenario.description))
		delete scenario.description;
	if (!oneType(scenario)) return { scenario, times: 1 };
	const only = scenario.cases[0]!;
	scenario.label = only.label;
	const count = new D(only.count ?? 1);
	if (!count.isInteger() || count.lt(1)) return { scenario, times: 1 };
	only.count = 1;
	return { scenario, times: count.toNumber() };
}

/** A kept case back in the calculator, with as many households as it stands for. */
export function toCalculator({ scenario, times }: KeptCase): ScenarioInput {
	const copy = structuredClone(scenario);
	if (oneType(copy) && times !== 1)
		copy.cases[0]!.count = new D(copy.cases[0]!.count ?? 1).times(times).toString();
	return copy;
}
