import {
	D,
	sumBreakdowns,
	type Assumptions,
	type Breakdown,
	type Dec,
	type Domain,
	type Payer,
	type PayerGroup,
	type ScenarioResult,
	type Totals
} from '../engine';
import { payerRows, type PayerRow } from '../explain/payer-rows';
import type { CasesBehind, Establishment, PortfolioReport } from './types';

/** One provider's established report for one year, as shared with the funder. */
export interface SharedYear {
	shareId: string;
	providerName: string;
	year: number;
	version: Establishment;
	report: Omit<PortfolioReport, 'cases'>;
}

/** The figures an overview adds up: the totals and the breakdowns a funder reads. */
export type Sums = Pick<ScenarioResult, 'total' | 'byPayer' | 'byPayerGroup' | 'byDomain'>;

export interface ProviderColumn {
	shareId: string;
	providerName: string;
	version: Establishment;
	savedCases: number;
	households: Dec;
	sums: Sums;
	/** Net societal value per household: what one household's support yields. */
	perHousehold: Dec | null;
	behind: Record<string, CasesBehind>;
	assumptions: Assumptions;
}

export interface OverviewTrendPoint {
	year: number;
	providers: number;
	households: Dec;
	societal: Totals;
	financial: Totals;
}

export interface FunderOverview {
	year: number;
	providers: ProviderColumn[];
	combined: { savedCases: number; households: Dec; sums: Sums; perHousehold: Dec | null };
	/** The payers as every payer view lists them, ranked by the combined budget effect. */
	payers: Pick<PayerRow, 'key' | 'level'>[];
	/** The domains, largest combined societal value first. */
	domains: Domain[];
	trend: OverviewTrendPoint[];
	/** Whether the reports were computed with different assumptions, so their sum is doubtful. */
	assumptionsDiffer: boolean;
}

function sumKeyed<K extends string>(parts: readonly Partial<Record<K, Breakdown>>[]) {
	const keys = [...new Set(parts.flatMap((p) => Object.keys(p) as K[]))];
	return Object.fromEntries(
		keys.map((key) => [key, sumBreakdowns(parts.flatMap((p) => (p[key] ? [p[key]!] : [])))])
	) as Partial<Record<K, Breakdown>>;
}

/** The sums of several providers' reports: every figure added exactly, ratios from the sums. */
export function sumReports(reports: readonly Sums[]): Sums {
	return {
		total: sumBreakdowns(reports.map((r) => r.total)),
		byPayer: sumKeyed<Payer>(reports.map((r) => r.byPayer)),
		byPayerGroup: sumKeyed<PayerGroup>(reports.map((r) => r.byPayerGroup)),
		byDomain: sumKeyed<Domain>(reports.map((r) => r.byDomain))
	};
}

const perHousehold = (net: Dec, households: Dec) =>
	households.isZero() ? null : net.dividedBy(households);

const sameAssumptions = (reports: readonly SharedYear[]) =>
	new Set(reports.map((r) => JSON.stringify(r.report.summary.assumptions))).size <= 1;

function column(shared: SharedYear): ProviderColumn {
	const { summary, households } = shared.report;
	return {
		shareId: shared.shareId,
		providerName: shared.providerName,
		version: shared.version,
		savedCases: shared.report.savedCases,
		households,
		sums: summary,
		perHousehold: perHousehold(summary.total.societal.npv, households),
		behind: shared.report.behind,
		assumptions: summary.assumptions
	};
}

/**
 * A funder's view over every established report shared with it: the year's providers side by
 * side and added up, and the same sums year by year. Exact: the combined figures are the sums
 * of the providers' established figures, so they can be checked against each report.
 */
export function funderOverview(year: number, shared: readonly SharedYear[]): FunderOverview {
	const thisYear = shared
		.filter((s) => s.year === year)
		.sort((a, b) => a.providerName.localeCompare(b.providerName, 'nl'));
	const providers = thisYear.map(column);
	const sums = sumReports(providers.map((p) => p.sums));
	const households = providers.reduce((sum, p) => sum.plus(p.households), new D(0));
	const years = [...new Set(shared.map((s) => s.year))].sort((a, b) => a - b);
	const trend = years.map((y) => {
		const reports = shared.filter((s) => s.year === y);
		const total = sumBreakdowns(reports.map((r) => r.report.summary.total));
		return {
			year: y,
			providers: reports.length,
			households: reports.reduce((sum, r) => sum.plus(r.report.households), new D(0)),
			societal: total.societal,
			financial: total.financial
		};
	});
	return {
		year,
		providers,
		combined: {
			savedCases: providers.reduce((n, p) => n + p.savedCases, 0),
			households,
			sums,
			perHousehold: perHousehold(sums.total.societal.npv, households)
		},
		payers: payerRows(sums, (b) => b.financial.npv.abs()).map(({ key, level }) => ({ key, level })),
		domains: (Object.entries(sums.byDomain) as [Domain, Breakdown][])
			.sort(([, a], [, b]) => b.societal.npv.comparedTo(a.societal.npv))
			.map(([key]) => key),
		trend,
		assumptionsDiffer: !sameAssumptions(thisYear)
	};
}
