import {
	lineInput,
	ZERO,
	type BilingualText,
	type ConfidenceGrade,
	type Dec,
	type ResultLine
} from '../engine';

/** What a follow-up records for one avoided event: in how many of the case's households it
 * happened after all, in how many it did not, and in how many nobody knows. */
export interface EventAnswer {
	happened: number;
	notHappened: number;
	unknown: number;
}

/**
 * An avoided event of a priced case: a line whose chance with the intervention (P′) is below
 * its chance without it (P), both after multiplying along its chain (chains.ts), for every
 * household the case stands for.
 */
export interface AvoidedEvent {
	/** `effect:CASE/EFFECT` or `event:CASE/EVENT` in the saved scenario: what an answer is kept by. */
	key: string;
	line: ResultLine;
	households: Dec;
	probabilityWithout: Dec;
	probabilityWith: Dec;
}

const factor = (line: ResultLine, name: 'probabilityWithout' | 'probabilityWith') =>
	line.factors.find((f) => f.name === name)?.value ?? ZERO;

/** The key an answer is kept under: the line's place in the saved scenario, not the portfolio's. */
export function eventKey(line: ResultLine, savedCaseInputId: string): string {
	const kind = line.path.includes('.timelines.reference') ? 'event' : 'effect';
	return lineInput(kind, savedCaseInputId, line.id);
}

/** The lines of a priced case that are avoided events, in the order of the case. */
export function avoidedEvents(
	lines: readonly ResultLine[],
	savedCaseInputId: (line: ResultLine) => string
): AvoidedEvent[] {
	return lines
		.filter((line) => line.kind === 'effect')
		.map((line) => ({
			key: eventKey(line, savedCaseInputId(line)),
			line,
			households: line.count,
			probabilityWithout: factor(line, 'probabilityWithout'),
			probabilityWith: factor(line, 'probabilityWith')
		}))
		.filter((event) => event.probabilityWithout.gt(event.probabilityWith));
}

/** The households the answers cover, and of them the ones with a known outcome. */
export const answered = (a: EventAnswer) => a.happened + a.notHappened + a.unknown;
export const known = (a: EventAnswer) => a.happened + a.notHappened;

/**
 * The avoided value found among the households with a known outcome, beside what was estimated
 * for them. The method's line is linear in P − P′ (lines.ts, effectResultLine), so replacing the
 * estimated P′ by the share where it happened after all, k / n, prices what was observed:
 * realised = value per household × (n × P − k) / (P − P′). Unknown outcomes count in neither.
 */
export function realisedValue(
	event: EventFact,
	answer: EventAnswer
): { estimated: Dec; realised: Dec } {
	const n = known(answer);
	if (n === 0 || event.perHousehold.isZero()) return { estimated: ZERO, realised: ZERO };
	const { perHousehold } = event;
	const gap = event.probabilityWithout.minus(event.probabilityWith);
	const estimated = perHousehold.times(n);
	const prevented = event.probabilityWithout.times(n).minus(answer.happened);
	return { estimated, realised: perHousehold.times(prevented).dividedBy(gap) };
}

/** Households × (P − P′): how often the event was expected to be prevented. */
export const expectedPrevented = (
	event: Pick<EventFact, 'households' | 'probabilityWithout' | 'probabilityWith'>
) => event.households.times(event.probabilityWithout.minus(event.probabilityWith));

/** No answers yet: every household of the event still to be asked. */
export const NO_ANSWER: EventAnswer = { happened: 0, notHappened: 0, unknown: 0 };

/** The whole households an event is asked about (a case counts whole households). */
export const householdsOf = (event: Pick<AvoidedEvent, 'households'>) =>
	Math.floor(event.households.toNumber());

/**
 * What a year report and a calibration need of an avoided event, small enough to keep per case
 * version (follow-ups.ts): its kind, chances, households and value for one household.
 */
export interface EventFact {
	key: string;
	unitCostId: string;
	event: BilingualText;
	grade: ConfidenceGrade;
	households: Dec;
	probabilityWithout: Dec;
	probabilityWith: Dec;
	/** The line's present value for one household; 0 where the line does not count (overlap). */
	perHousehold: Dec;
}

export const eventFact = ({
	key,
	line,
	households,
	probabilityWithout,
	probabilityWith
}: AvoidedEvent): EventFact => ({
	key,
	unitCostId: line.unitCost.id,
	event: line.unitCost.label,
	grade: line.grade,
	households,
	probabilityWithout,
	probabilityWith,
	perHousehold: line.counted ? line.presentValue : ZERO
});
