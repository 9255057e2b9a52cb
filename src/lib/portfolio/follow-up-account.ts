import type { BilingualText, Dec } from '../engine';

/**
 * What a year's follow-ups found beside what its cases expected, as its report shows it (worked
 * out in follow-up/account.ts): a part of the year's report, so it lives with the report's types.
 */

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
