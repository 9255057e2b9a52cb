import type { Breakdown, Dec, ScenarioResult, Totals } from '../engine';
import type { FollowUpAccount } from './follow-up-account';
import type { UsedSource } from '../explain/sources';
import type { ScenarioInput } from '../schemas/scenario';
import type { UnitCostEntry } from '../schemas/unit-cost';
import type { ConfirmedFinding } from '../calculate/findings';

/** A saved case as the portfolio reads it: its code, how often it occurred, its scenario. */
export interface PortfolioRow {
	id: string;
	caseCode: string;
	times: number;
	scenario: ScenarioInput;
}

/** Which saved case a case of the portfolio scenario came from. */
export interface PortfolioCase {
	savedCaseId: string;
	caseCode: string;
	/** The case's own id within the saved scenario, which follow-up answers are kept by. */
	inputCaseId?: string;
	/** The households one occurrence of this case stands for, and how often it occurred. */
	count: Dec;
	times: number;
}

/** One saved case's figures in its year's portfolio. */
export interface CaseFigure extends PortfolioCase {
	label: string;
	/** count × times: every household the case stands for. */
	households: Dec;
	societal: Totals;
	financialNpv: Dec;
}

/**
 * A case's row as a year keeps it: its figure, and what else a file of the year writes of it
 * (the portfolio scenario's id for the case, its financial totals, its transfers).
 */
export interface CaseRow extends CaseFigure {
	caseId: string;
	financial: Totals;
	transfers: Dec;
}

/** The cases that make one figure, largest contribution first. */
export interface CasesBehind {
	count: number;
	top: { savedCaseId: string; caseCode: string; value: Dec }[];
}

/** The costs avoided by how well founded they are (portfolio.ts, avoidedByEvidence). */
export interface EvidenceShares {
	strong: Dec;
	fair: Dec;
	rough: Dec;
}

export interface YearSummary {
	year: number;
	savedCases: number;
	households: Dec;
	/** The result without its lines and cases: what the charts and tables need, small. */
	summary: ScenarioResult;
	/**
	 * The total without deadweight, attribution, displacement and optimism, beside the realistic
	 * one; absent for figures kept before it was (older versions, sums of an earlier form).
	 */
	maximum?: Breakdown;
	/**
	 * The case list's rows, largest first; null where the database keeps them, to be read a page
	 * at a time (server/reports/portfolio.ts, reportCases) on `basis`.
	 */
	cases: CaseFigure[] | null;
	basis?: string;
	/**
	 * Set while the cases are priced again on a new basis (a catalog or own unit cost change):
	 * these are the figures of the basis before, as they last were on `since`.
	 */
	updating?: { since: Date };
	/** How many rows the case list has. */
	caseRows: number;
	behind: Record<string, CasesBehind>;
	sources: UsedSource[];
	evidence: EvidenceShares;
}

/** A year summary with its case list at hand: priced as a whole, or an established version. */
export type Listed<T extends YearSummary = YearSummary> = T & { cases: CaseFigure[] };

export interface TrendPoint {
	year: number;
	savedCases: number;
	households: Dec;
	societal: Totals;
	financial: Totals;
}

export interface PortfolioReport extends YearSummary {
	organisationId: string;
	organisationName: string;
	/** The organisation's revision it was computed at: what a rendering of it is cached by. */
	revision: number;
	trend: TrendPoint[];
	overrides: UnitCostEntry[];
	/**
	 * What the year's follow-ups found beside what its cases expected; null or absent for a year
	 * without follow-ups (and for versions established before follow-ups were kept).
	 */
	followUp?: FollowUpAccount | null;
	/**
	 * The cases saved with an unusual figure, each with the reason it was confirmed; absent for
	 * versions established before reasons were kept.
	 */
	confirmed?: CaseFindings[];
	/** Set when this is an established version, never on the live concept. */
	established?: Establishment;
}

/** A saved case's unusual figures, as its worker confirmed them when saving. */
export interface CaseFindings {
	savedCaseId: string;
	caseCode: string;
	year: number;
	findings: ConfirmedFinding[];
}

/** Who established a version of a year report, when, and which one it is. */
export interface Establishment {
	number: number;
	at: Date;
	by: string;
}
