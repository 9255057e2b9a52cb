import { ONE, ZERO } from './decimal';
import type { Adjustments, Case, CostLine, Effect, Timelines } from './model';

export const NO_ADJUSTMENTS: Adjustments = {
	deadweight: ZERO,
	attribution: ZERO,
	displacement: ZERO,
	dropOff: ZERO
};

/** A cost line or effect with the JSON path of the entry it came from, for tracing. */
export interface Sourced<T> {
	item: T;
	path: string;
}

export interface CaseLines {
	costs: Sourced<CostLine>[];
	effects: Sourced<Effect>[];
}

const yearOf = (month: number) => Math.floor(month / 12);

/**
 * Turns the two timelines into the method's cost lines and effects (docs/method.md, "Two timelines"):
 * support given on the intervention timeline is the intervention's cost; every other event on it
 * still happens (p = 0, p' = 1, an added cost); every reference event is avoided with its
 * probability (p = probability, p' = 0). So both entry forms meet in one calculation.
 */
export function timelineLines(timelines: Timelines, casePath: string): CaseLines {
	const costs: Sourced<CostLine>[] = [];
	const effects: Sourced<Effect>[] = [];
	timelines.intervention.forEach((event, i) => {
		const path = `${casePath}.timelines.intervention[${i}]`;
		const base = { id: event.id, label: event.label, unitCostId: event.unitCostId };
		const when = { durationYears: event.durationYears, quantity: event.quantity };
		const payer = event.payer === undefined ? {} : { payer: event.payer };
		if (event.kind === 'support') {
			const shared = event.sharedBy === undefined ? {} : { sharedBy: event.sharedBy };
			const line = { ...base, ...when, ...payer, ...shared, year: yearOf(event.month) };
			costs.push({ item: { ...line, volunteer: event.volunteer }, path });
		} else {
			const effect: Effect = {
				...base,
				...when,
				...payer,
				probabilityWithout: ZERO,
				probabilityWith: ONE,
				startYear: yearOf(event.month),
				adjustments: NO_ADJUSTMENTS
			};
			effects.push({ item: effect, path });
		}
	});
	// A reference event is an effect dated by month: p its probability, p' what remains of it.
	timelines.reference.forEach((event, i) => {
		const { month, probability, ...rest } = event;
		const effect: Effect = { ...rest, probabilityWithout: probability, startYear: yearOf(month) };
		effects.push({ item: effect, path: `${casePath}.timelines.reference[${i}]` });
	});
	return { costs, effects };
}

/** All cost lines and effects of a case, from both entry forms. */
export function caseLines(c: Case, casePath: string): CaseLines {
	const direct: CaseLines = {
		costs: c.costs.map((item, i) => ({ item, path: `${casePath}.costs[${i}]` })),
		effects: c.effects.map((item, i) => ({ item, path: `${casePath}.effects[${i}]` }))
	};
	if (!c.timelines) return direct;
	const fromTimelines = timelineLines(c.timelines, casePath);
	return {
		costs: [...direct.costs, ...fromTimelines.costs],
		effects: [...direct.effects, ...fromTimelines.effects]
	};
}
