import type * as z from 'zod';
import { fieldInput, parseInputId } from '../engine';
import type {
	caseSchema,
	costLineSchema,
	effectSchema,
	interventionEventSchema,
	referenceEventSchema,
	ScenarioInput
} from '../schemas/scenario';

export type CaseInput = z.input<typeof caseSchema>;
export type InterventionEventInput = z.input<typeof interventionEventSchema>;
export type ReferenceEventInput = z.input<typeof referenceEventSchema>;
type CostLineInput = z.input<typeof costLineSchema>;
type EffectInput = z.input<typeof effectSchema>;

const MONTHS = 12;

function supportEvent({ year, ...line }: CostLineInput): InterventionEventInput {
	return { ...line, month: (year ?? 0) * MONTHS, kind: 'support' };
}

function referenceEvent({
	startYear,
	probabilityWithout,
	...effect
}: EffectInput): ReferenceEventInput {
	return { ...effect, month: (startYear ?? 0) * MONTHS, probability: probabilityWithout };
}

/**
 * The same case told as two timelines: cost lines become support given in the first month of
 * their year, effects become reference events. Nothing is lost, so the result is the same.
 */
export function caseOnTimelines(c: CaseInput): CaseInput {
	const { costs = [], effects = [], timelines, ...rest } = c;
	return {
		...rest,
		timelines: {
			intervention: [...(timelines?.intervention ?? []), ...costs.map(supportEvent)],
			reference: [...(timelines?.reference ?? []), ...effects.map(referenceEvent)]
		}
	};
}

/** An uncertain effect input names the reference event it became. */
function onTimeline(input: string): string {
	const parts = parseInputId(input);
	if (parts?.kind !== 'effect') return input;
	const field = parts.field === 'probabilityWithout' ? 'probability' : parts.field;
	return fieldInput('event', parts.caseId, parts.lineId, field);
}

export function scenarioOnTimelines(scenario: ScenarioInput): ScenarioInput {
	const uncertainty = scenario.uncertainty?.map((u) => ({ ...u, input: onTimeline(u.input) }));
	return {
		...scenario,
		cases: scenario.cases.map(caseOnTimelines),
		...(uncertainty ? { uncertainty } : {})
	};
}
