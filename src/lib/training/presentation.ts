import { scenarioOnTimelines, type ReferenceEventInput } from '../calculator/timeline-form';
import type { ScenarioInput } from '../schemas/scenario';
import type { TrainingCase } from './cases';

/** The order a trainer tells a case in: the story, then the two timelines, then the money. */
export const PRESENTER_STEPS = ['story', 'worker', 'reference', 'payers', 'result'] as const;
export type PresenterStep = (typeof PRESENTER_STEPS)[number];

const LAST = PRESENTER_STEPS.length - 1;
const FORWARD = new Set(['ArrowRight', 'ArrowDown', 'PageDown', 'Enter']);
const BACK = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/**
 * Where a key takes the presenter from step `at`: the same keys a slide clicker and a
 * presentation program use, so a trainer's remote works too. `null` leaves the key alone.
 */
export function presenterMove(key: string, shift: boolean, at: number): number | 'exit' | null {
	if (key === 'Escape') return 'exit';
	if (key === 'Home') return 0;
	if (key === 'End') return LAST;
	const forward = FORWARD.has(key) || (key === ' ' && !shift);
	const back = BACK.has(key) || (key === ' ' && shift);
	if (forward) return Math.min(at + 1, LAST);
	if (back) return Math.max(at - 1, 0);
	return null;
}

/** A training case told on two timelines, whichever form its example file uses. */
export function trainingScenario(trainingCase: TrainingCase): ScenarioInput {
	return scenarioOnTimelines(structuredClone(trainingCase.scenario) as ScenarioInput);
}

/**
 * The reference events a trainer may turn live: the first link of each chain. A later link's
 * probability is conditional on its parent, which is hard to read off a projector.
 */
export function liveEvents(scenario: ScenarioInput): ReferenceEventInput[] {
	const reference = (scenario.cases[0]?.timelines?.reference ?? []) as ReferenceEventInput[];
	return reference.filter((event) => event.parentId === undefined);
}
