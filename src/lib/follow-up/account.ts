import { CATALOG, unitCostsFor } from '../catalog/catalog';
import { CBS_CPI } from '../catalog/cpi';
import { amountInPriceYear, sum, ZERO, type Dec } from '../engine';
import { PORTFOLIO_ASSUMPTIONS, pricePortfolio } from '../portfolio/portfolio';
import type { PortfolioRow } from '../portfolio/types';
import type { UnitCostEntry } from '../schemas/unit-cost';
import {
	answered,
	avoidedEvents,
	eventFact,
	expectedPrevented,
	known,
	NO_ANSWER,
	realisedValue,
	type EventAnswer,
	type EventFact
} from './events';
import type { FollowUpAccount, OutcomeRow, SupportAccount } from '../portfolio/follow-up-account';

export type { FollowUpAccount, OutcomeRow, SupportAccount };

/** A saved case with what its latest completed follow-up found, if it had one. */
export interface FollowedUpCase extends PortfolioRow {
	answers: Readonly<Record<string, EventAnswer>> | null;
	support: { hours: Dec; maatwerk: Dec } | null;
}

/** The unit cost realised support hours are priced with. */
export const SUPPORT_HOUR = 'sociaalwerk.uur';

export function hourPrice(figures: readonly UnitCostEntry[]): Dec {
	const cost = unitCostsFor(CATALOG, figures).get(SUPPORT_HOUR)!;
	return amountInPriceYear(cost.amount, cost, PORTFOLIO_ASSUMPTIONS.priceYear, CBS_CPI);
}

/** A saved case's avoided events and planned support: what its follow-ups are set against. */
export interface CaseFacts {
	caseType: string;
	events: EventFact[];
	/** The cost lines' present value and the professional hours they spend, all households. */
	plannedCost: Dec;
	plannedHours: Dec;
}

/**
 * Saved cases priced together into the facts their follow-ups are set against, by saved case:
 * the only step that prices, so a server keeps its answer per case version (follow-ups.ts).
 */
export function caseFacts(
	cases: readonly PortfolioRow[],
	figures: readonly UnitCostEntry[]
): Map<string, CaseFacts> {
	const facts = new Map<string, CaseFacts>(
		cases.map((c) => [
			c.id,
			{ caseType: c.scenario.label, events: [], plannedCost: ZERO, plannedHours: ZERO }
		])
	);
	if (cases.length === 0) return facts;
	const { result, origin } = pricePortfolio(cases, 'follow-up', figures);
	const of = (portfolioCaseId: string) => facts.get(origin.get(portfolioCaseId)!.savedCaseId)!;
	for (const event of avoidedEvents(result.lines, (line) => origin.get(line.caseId)!.inputCaseId!))
		of(event.line.caseId).events.push(eventFact(event));
	for (const line of result.lines)
		if (line.kind === 'cost' && line.counted) {
			const fact = of(line.caseId);
			fact.plannedCost = fact.plannedCost.plus(line.weightedPresentValue);
		}
	for (const line of result.professionalTime.lines)
		if (line.kind === 'cost') {
			const fact = of(line.caseId);
			fact.plannedHours = fact.plannedHours.plus(line.hours);
		}
	return facts;
}

function emptyRow(event: EventFact, caseType: string): OutcomeRow {
	return {
		unitCostId: event.unitCostId,
		event: event.event,
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
}

/** Adds one case's event to its row, in place: a year adds up tens of thousands of them. */
function addToRow(
	rows: Map<string, OutcomeRow>,
	event: EventFact,
	caseType: string,
	answer: EventAnswer
) {
	const id = `${event.unitCostId}\u0000${caseType}`;
	let row = rows.get(id);
	if (!row) rows.set(id, (row = emptyRow(event, caseType)));
	row.households = row.households.plus(event.households);
	row.expectedPrevented = row.expectedPrevented.plus(expectedPrevented(event));
	row.asked += answered(answer);
	row.unknown += answer.unknown;
	const n = known(answer);
	if (n === 0) return;
	row.known += n;
	row.happened += answer.happened;
	const gap = event.probabilityWithout.minus(event.probabilityWith);
	const value = realisedValue(event, answer);
	row.expectedAmongKnown = row.expectedAmongKnown.plus(gap.times(n));
	row.foundAmongKnown = row.foundAmongKnown.plus(
		event.probabilityWithout.times(n).minus(answer.happened)
	);
	row.estimatedValue = row.estimatedValue.plus(value.estimated);
	row.realisedValue = row.realisedValue.plus(value.realised);
}

/** What a saved case's latest follow-up found, without the case itself. */
export type FollowedUp = Pick<FollowedUpCase, 'id' | 'answers' | 'support'>;

/**
 * What a year's follow-ups found beside what its cases expected (docs/method.md, "Follow-up and
 * calibration"), per kind of event and type of case, from the cases' facts. A household without
 * a known outcome counts as asked or not asked, never as an event prevented.
 */
export function accountOf(
	cases: readonly FollowedUp[],
	facts: ReadonlyMap<string, CaseFacts>,
	price: Dec
): FollowUpAccount {
	const support: SupportAccount = {
		cases: 0,
		plannedCost: ZERO,
		plannedHours: ZERO,
		realisedHours: ZERO,
		realisedMaatwerk: ZERO,
		realisedCost: ZERO,
		hourPrice: price
	};
	const rows = new Map<string, OutcomeRow>();
	for (const saved of cases) {
		const fact = facts.get(saved.id)!;
		for (const event of fact.events)
			addToRow(rows, event, fact.caseType, saved.answers?.[event.key] ?? NO_ANSWER);
		if (!saved.support) continue;
		support.cases += 1;
		support.plannedCost = support.plannedCost.plus(fact.plannedCost);
		support.plannedHours = support.plannedHours.plus(fact.plannedHours);
		support.realisedHours = support.realisedHours.plus(saved.support.hours);
		support.realisedMaatwerk = support.realisedMaatwerk.plus(saved.support.maatwerk);
	}
	support.realisedCost = support.realisedHours.times(price).plus(support.realisedMaatwerk);
	// what was measured first, then what is still an assumption
	const outcome = [...rows.values()].sort(
		(a, b) =>
			Number(b.known > 0) - Number(a.known > 0) ||
			a.event.nl.localeCompare(b.event.nl, 'nl') ||
			a.caseType.localeCompare(b.caseType, 'nl')
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

/** accountOf for cases at hand: priced here and now. */
export function followUpAccount(
	cases: readonly FollowedUpCase[],
	figures: readonly UnitCostEntry[]
): FollowUpAccount {
	return accountOf(cases, caseFacts(cases, figures), hourPrice(figures));
}
