import { CATALOG, unitCostsFor } from '../catalog/catalog';
import { CBS_CPI } from '../catalog/cpi';
import { amountInPriceYear, sum, ZERO, type BilingualText, type Dec } from '../engine';
import { PORTFOLIO_ASSUMPTIONS, pricePortfolio } from '../portfolio/portfolio';
import type { PortfolioRow } from '../portfolio/types';
import type { UnitCostEntry } from '../schemas/unit-cost';
import {
	answered,
	avoidedEvents,
	expectedPrevented,
	known,
	NO_ANSWER,
	realisedValue,
	type AvoidedEvent,
	type EventAnswer
} from './events';

/** A saved case with what its latest completed follow-up found, if it had one. */
export interface FollowedUpCase extends PortfolioRow {
	answers: Readonly<Record<string, EventAnswer>> | null;
	support: { hours: Dec; maatwerk: Dec } | null;
}

/** Expected beside found, for one kind of event in one type of case. */
export interface OutcomeRow {
	unitCostId: string;
	event: BilingualText;
	caseType: string;
	households: Dec;
	/** Households × (P − P′). */
	expectedPrevented: Dec;
	/** Households asked, whatever the answer. */
	asked: number;
	/** Households with a known outcome: it happened after all, or it did not. */
	known: number;
	happened: number;
	unknown: number;
	/** Among the known: n × (P − P′) expected prevented, n × P − happened found prevented. */
	expectedAmongKnown: Dec;
	foundAmongKnown: Dec;
	estimatedValue: Dec;
	realisedValue: Dec;
}

/** The support spent, as recorded at the follow-ups, beside what the cases planned. */
export interface SupportAccount {
	cases: number;
	plannedCost: Dec;
	plannedHours: Dec;
	realisedHours: Dec;
	realisedMaatwerk: Dec;
	/** Realised hours priced at a social-work hour in the report's price year, plus the budget. */
	realisedCost: Dec;
	hourPrice: Dec;
}

export interface FollowUpAccount {
	savedCases: number;
	followedUp: number;
	rows: OutcomeRow[];
	support: SupportAccount;
	estimatedValue: Dec;
	realisedValue: Dec;
}

/** The unit cost realised support hours are priced with. */
export const SUPPORT_HOUR = 'sociaalwerk.uur';

function hourPrice(figures: readonly UnitCostEntry[]): Dec {
	const cost = unitCostsFor(CATALOG, figures).get(SUPPORT_HOUR)!;
	return amountInPriceYear(cost.amount, cost, PORTFOLIO_ASSUMPTIONS.priceYear, CBS_CPI);
}

function addToRow(
	rows: Map<string, OutcomeRow>,
	event: AvoidedEvent,
	caseType: string,
	answer: EventAnswer
) {
	const unitCostId = event.line.unitCost.id;
	const id = `${unitCostId}\u0000${caseType}`;
	const row = rows.get(id) ?? {
		unitCostId,
		event: event.line.unitCost.label,
		caseType,
		households: ZERO,
		expectedPrevented: ZERO,
		asked: 0,
		known: 0,
		happened: 0,
		unknown: 0,
		expectedAmongKnown: ZERO,
		foundAmongKnown: ZERO,
		estimatedValue: ZERO,
		realisedValue: ZERO
	};
	const n = known(answer);
	const gap = event.probabilityWithout.minus(event.probabilityWith);
	const value = realisedValue(event, answer);
	rows.set(id, {
		...row,
		households: row.households.plus(event.households),
		expectedPrevented: row.expectedPrevented.plus(expectedPrevented(event)),
		asked: row.asked + answered(answer),
		known: row.known + n,
		happened: row.happened + answer.happened,
		unknown: row.unknown + answer.unknown,
		expectedAmongKnown: row.expectedAmongKnown.plus(gap.times(n)),
		foundAmongKnown: row.foundAmongKnown.plus(
			event.probabilityWithout.times(n).minus(answer.happened)
		),
		estimatedValue: row.estimatedValue.plus(value.estimated),
		realisedValue: row.realisedValue.plus(value.realised)
	});
}

/** Saved cases priced together, and each avoided event with the saved case it belongs to. */
export function followedEvents(
	cases: readonly FollowedUpCase[],
	figures: readonly UnitCostEntry[]
) {
	const { result, origin } = pricePortfolio(cases, 'follow-up', figures);
	const bySaved = new Map(cases.map((c) => [c.id, c]));
	const events = avoidedEvents(result.lines, (line) => origin.get(line.caseId)!.inputCaseId!).map(
		(event) => ({ event, saved: bySaved.get(origin.get(event.line.caseId)!.savedCaseId)! })
	);
	return { result, origin, events };
}

/**
 * What a year's follow-ups found beside what its cases expected (docs/method.md, "Follow-up and
 * calibration"), per kind of event and type of case. A household without a known outcome counts
 * as asked or not asked, never as an event prevented.
 */
export function followUpAccount(
	cases: readonly FollowedUpCase[],
	figures: readonly UnitCostEntry[]
): FollowUpAccount {
	const price = hourPrice(figures);
	const support: SupportAccount = {
		cases: 0,
		plannedCost: ZERO,
		plannedHours: ZERO,
		realisedHours: ZERO,
		realisedMaatwerk: ZERO,
		realisedCost: ZERO,
		hourPrice: price
	};
	const empty = {
		savedCases: 0,
		followedUp: 0,
		rows: [],
		support,
		estimatedValue: ZERO,
		realisedValue: ZERO
	};
	if (cases.length === 0) return empty;
	const { result, origin, events } = followedEvents(cases, figures);
	const rows = new Map<string, OutcomeRow>();
	for (const { event, saved } of events)
		addToRow(rows, event, saved.scenario.label, saved.answers?.[event.key] ?? NO_ANSWER);
	for (const saved of cases) {
		if (!saved.support) continue;
		const portfolioIds = new Set(
			[...origin].filter(([, o]) => o.savedCaseId === saved.id).map(([id]) => id)
		);
		const costs = result.lines.filter(
			(l) => l.kind === 'cost' && l.counted && portfolioIds.has(l.caseId)
		);
		const hours = result.professionalTime.lines.filter(
			(l) => l.kind === 'cost' && portfolioIds.has(l.caseId)
		);
		support.cases += 1;
		support.plannedCost = support.plannedCost.plus(sum(costs.map((l) => l.weightedPresentValue)));
		support.plannedHours = support.plannedHours.plus(sum(hours.map((l) => l.hours)));
		support.realisedHours = support.realisedHours.plus(saved.support.hours);
		support.realisedMaatwerk = support.realisedMaatwerk.plus(saved.support.maatwerk);
	}
	support.realisedCost = support.realisedHours.times(price).plus(support.realisedMaatwerk);
	const outcome = [...rows.values()].sort(
		(a, b) =>
			a.event.nl.localeCompare(b.event.nl, 'nl') || a.caseType.localeCompare(b.caseType, 'nl')
	);
	return {
		savedCases: cases.length,
		followedUp: cases.filter((c) => c.answers !== null).length,
		rows: outcome,
		support,
		estimatedValue: sum(outcome.map((r) => r.estimatedValue)),
		realisedValue: sum(outcome.map((r) => r.realisedValue))
	};
}
