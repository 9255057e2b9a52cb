import type { Breakdown, PlausibilityFinding, Problem, ScenarioResult } from '../engine';
import { calculate, maximumTotals } from '../calculate/calculate';
import type { ScenarioInput } from '../schemas/scenario';
import { pattern, type PatternId } from './patterns';
import {
	scenarioOnTimelines,
	type InterventionEventInput,
	type ReferenceEventInput
} from './timeline-form';

export type Lane = 'intervention' | 'reference';

export interface Computation {
	/** The last result of a valid case; kept while the case is invalid, marked stale. */
	result: ScenarioResult | null;
	stale: boolean;
	problems: Problem[];
	/** What is unusual in the valid case, asked at its line (engine/plausibility.ts). */
	findings: PlausibilityFinding[];
	/** The result's totals without corrections, beside the realistic ones (engine/corrections.ts). */
	maximum: Breakdown | null;
	/** How long the engine took, in ms, for the figure shown beside the result. */
	took: number;
}

/**
 * The case being built, as a scenario in the CLI's format, and its result recomputed on every
 * change. Both the timeline view and the effect view edit this one scenario.
 */
export class CaseEditor {
	scenario = $state<ScenarioInput>(pattern('maatwerk'));
	caseIndex = $state(0);
	#lastGood: ScenarioResult | null = null;
	#lastMaximum: Breakdown | null = null;

	readonly computation: Computation = $derived.by(() => {
		const started = performance.now();
		const outcome = calculate($state.snapshot(this.scenario));
		if (!outcome.ok)
			return {
				result: this.#lastGood,
				stale: true,
				problems: outcome.problems,
				findings: [],
				maximum: this.#lastMaximum,
				took: 0
			};
		const { result, findings } = outcome;
		const maximum = maximumTotals(outcome.scenario);
		this.#lastGood = result;
		this.#lastMaximum = maximum;
		const took = performance.now() - started;
		return { result, stale: false, problems: [], findings, maximum, took };
	});

	get current() {
		return this.scenario.cases[this.caseIndex] ?? this.scenario.cases[0]!;
	}

	/** The current case's timelines; load() tells every case on two timelines first. */
	get timelines() {
		return this.current.timelines as {
			intervention: InterventionEventInput[];
			reference: ReferenceEventInput[];
		};
	}

	load(scenario: ScenarioInput): void {
		this.scenario = scenarioOnTimelines(scenario);
		this.caseIndex = 0;
	}

	usePattern(id: PatternId): void {
		this.load(pattern(id));
	}

	#freshId(prefix: string): string {
		const taken = [...this.timelines.intervention, ...this.timelines.reference].map((e) => e.id);
		let n = 1;
		while (taken.includes(`${prefix}-${n}`)) n++;
		return `${prefix}-${n}`;
	}

	add(lane: Lane, label: string): void {
		const month = 0;
		if (lane === 'intervention')
			this.timelines.intervention.push({
				id: this.#freshId('steun'),
				label,
				month,
				// chosen by name in the picker: a default would be a silent guess
				unitCostId: '',
				quantity: '1',
				kind: 'support'
			});
		else
			this.timelines.reference.push({
				id: this.#freshId('gebeurtenis'),
				label,
				month,
				unitCostId: '',
				quantity: '1',
				probability: '1'
			});
	}

	remove(lane: Lane, index: number): void {
		const events = this.timelines[lane];
		const [removed] = events.splice(index, 1);
		// an effect that followed from the removed one now stands on its own
		if (removed)
			for (const event of this.timelines.reference)
				if (event.parentId === removed.id) delete event.parentId;
	}

	move(lane: Lane, index: number, by: -1 | 1): void {
		const events = this.timelines[lane];
		const target = index + by;
		if (target < 0 || target >= events.length) return;
		[events[index], events[target]] = [events[target]!, events[index]!];
	}
}
