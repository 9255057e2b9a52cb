import {
	calibrate,
	D,
	ZERO,
	type BilingualText,
	type Calibration,
	type ConfidenceGrade,
	type Dec
} from '../engine';
import type { CaseFacts, FollowedUp } from './account';
import { NO_ANSWER, type EventFact } from './events';

/**
 * One kind of avoided event across an organisation's cases: the chance that it still happened
 * with the intervention (P′) as the cases assumed it, and as the follow-ups found it.
 */
export interface CalibrationRow {
	unitCostId: string;
	event: BilingualText;
	savedCases: number;
	households: Dec;
	/** The cases' own P′, averaged over their households: the prior's centre. */
	defaultValue: Dec;
	/** The weakest grade among the cases' lines of this kind. */
	defaultGrade: ConfidenceGrade;
	happened: number;
	observed: number;
	unknown: number;
	calibration: Calibration;
	/** P, the chance without the intervention: measurable only in comparable households without it. */
	without: {
		/** The cases' own P, averaged over their households. */
		defaultValue: Dec;
		comparison: ComparisonGroup | null;
		calibration: Calibration | null;
	};
}

/** Households like the organisation's but without its help, followed for one kind of event. */
export interface ComparisonGroup {
	unitCostId: string;
	households: number;
	happened: number;
	description: string;
}

interface Tally {
	event: BilingualText;
	cases: Set<string>;
	households: Dec;
	weighted: Dec;
	weightedWithout: Dec;
	grade: ConfidenceGrade;
	happened: number;
	observed: number;
	unknown: number;
}

/**
 * Calibrates P′ per kind of event: the households-weighted P′ of the cases is the prior, each
 * household with a known outcome one observation (calibration.ts in the engine). What a follow-up
 * measures is P′ itself, the chance after the intervention; P, the chance without it, is never
 * observed in these households, only in a comparison group the organisation recorded, which
 * calibrates P the same way.
 */
export function calibrationRows(
	cases: readonly FollowedUp[],
	facts: ReadonlyMap<string, CaseFacts>,
	comparisons: readonly ComparisonGroup[] = []
): CalibrationRow[] {
	const tallies = new Map<string, Tally>();
	for (const saved of cases)
		for (const event of facts.get(saved.id)!.events) tally(tallies, saved, event);
	const groups = new Map(comparisons.map((group) => [group.unitCostId, group]));
	return [...tallies]
		.map(([unitCostId, t]) => calibrationRow(unitCostId, t, groups.get(unitCostId) ?? null))
		.sort((a, b) => b.observed - a.observed || a.event.nl.localeCompare(b.event.nl, 'nl'));
}

function tally(tallies: Map<string, Tally>, saved: FollowedUp, event: EventFact) {
	const id = event.unitCostId;
	const answer = saved.answers?.[event.key] ?? NO_ANSWER;
	const tally = tallies.get(id) ?? {
		event: event.event,
		cases: new Set<string>(),
		households: ZERO,
		weighted: ZERO,
		weightedWithout: ZERO,
		grade: 1,
		happened: 0,
		observed: 0,
		unknown: 0
	};
	tally.cases.add(saved.id);
	tally.households = tally.households.plus(event.households);
	tally.weighted = tally.weighted.plus(event.households.times(event.probabilityWith));
	tally.weightedWithout = tally.weightedWithout.plus(
		event.households.times(event.probabilityWithout)
	);
	tally.grade = Math.max(tally.grade, event.grade) as ConfidenceGrade;
	tally.happened += answer.happened;
	tally.observed += answer.happened + answer.notHappened;
	tally.unknown += answer.unknown;
	tallies.set(id, tally);
}

function calibrationRow(
	unitCostId: string,
	t: Tally,
	comparison: ComparisonGroup | null
): CalibrationRow {
	const mean = (weighted: Dec) => (t.households.isZero() ? ZERO : weighted.dividedBy(t.households));
	const defaultValue = mean(t.weighted);
	const withoutDefault = mean(t.weightedWithout);
	return {
		unitCostId,
		event: t.event,
		savedCases: t.cases.size,
		households: t.households,
		defaultValue,
		defaultGrade: t.grade,
		happened: t.happened,
		observed: t.observed,
		unknown: t.unknown,
		calibration: calibrate({
			defaultValue: defaultValue.toNumber(),
			defaultGrade: t.grade,
			happened: t.happened,
			observed: t.observed
		}),
		without: {
			defaultValue: withoutDefault,
			comparison,
			calibration: comparison
				? calibrate({
						defaultValue: withoutDefault.toNumber(),
						defaultGrade: t.grade,
						happened: comparison.happened,
						observed: comparison.households
					})
				: null
		}
	};
}

/** A measured value as a case keeps it: four decimals, the precision a percentage is read to. */
export const measuredValue = (calibration: Calibration) =>
	new D(calibration.mean).toDecimalPlaces(4);
