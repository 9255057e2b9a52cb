import { CATALOG } from '../catalog/catalog';
import { LATEST_PUBLISHED_YEAR } from '../catalog/cpi';
import {
	D,
	payerGroupOf,
	type CaseResult,
	type Scenario,
	type Dec,
	type ScenarioResult
} from '../engine';
import { usedSources } from '../explain/sources';
import { calculate, maximumTotals } from '../calculate/calculate';
import { SCENARIO_FORMAT, type ScenarioInput } from '../schemas/scenario';
import type { UnitCostEntry } from '../schemas/unit-cost';
import type {
	CaseRow,
	CasesBehind,
	EvidenceShares,
	Listed,
	PortfolioCase,
	PortfolioRow
} from './types';

/**
 * One set of assumptions for every case of a year's portfolio, so cases add up: the method's
 * default discount rate, the latest year CBS has published prices for and a five-year horizon.
 */
export const PORTFOLIO_ASSUMPTIONS = {
	priceYear: LATEST_PUBLISHED_YEAR,
	discountRatePct: '2.25',
	discountConvention: 'year-0',
	horizonYears: 5
} as const;

/** The saved cases of a year as one scenario: each case counted its households × its times. */
export function portfolioScenario(
	rows: readonly PortfolioRow[],
	label: string
): { scenario: ScenarioInput; origin: Map<string, PortfolioCase> } {
	const origin = new Map<string, PortfolioCase>();
	const cases = rows.flatMap((row) =>
		row.scenario.cases.map((c, i) => {
			const id = `${row.caseCode.toLowerCase()}.${i}`;
			const count = new D(String(c.count ?? 1));
			origin.set(id, {
				savedCaseId: row.id,
				caseCode: row.caseCode,
				inputCaseId: c.id,
				count,
				times: row.times
			});
			return {
				...c,
				id,
				label: `${row.caseCode}: ${c.label}`,
				count: count.times(row.times).toString()
			};
		})
	);
	return {
		scenario: {
			format: SCENARIO_FORMAT,
			id: 'portfolio',
			label,
			catalogVersion: CATALOG.version,
			assumptions: { ...PORTFOLIO_ASSUMPTIONS },
			cases
		},
		origin
	};
}

/** The saved cases of a year computed as one scenario, with the saved case behind each case and the scenario as checked. */
export function pricePortfolio(
	rows: readonly PortfolioRow[],
	label: string,
	figures: readonly UnitCostEntry[]
): PricedPortfolio & { scenario: Scenario } {
	const { scenario, origin } = portfolioScenario(rows, label);
	const outcome = calculate(scenario, undefined, figures);
	// Every saved case was checked on saving; a case that no longer parses (say, a unit cost
	// withdrawn from the catalog) is a fault to report, not to hide.
	if (!outcome.ok)
		throw new Error(`portfolio does not validate: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
	return { result: outcome.result, origin, scenario: outcome.scenario };
}

/** How many cases are named behind each figure, largest contribution first. */
export const BEHIND_SHOWN = 5;

/** A year's cases priced as one scenario, with the saved case behind each case. */
export interface PricedPortfolio {
	result: ScenarioResult;
	origin: Map<string, PortfolioCase>;
}

/**
 * For each figure (the total, a payer or public body, a domain, a kind of value), the signed
 * value of each saved case's counted lines in it, costs negative: what ranks the cases behind it.
 */
export function behindByCase(
	result: ScenarioResult,
	origin: Map<string, PortfolioCase>
): Map<string, Map<string, Dec>> {
	const sums = new Map<string, Map<string, Dec>>();
	for (const line of result.lines) {
		if (!line.counted) continue;
		const signed =
			line.kind === 'cost' ? line.weightedPresentValue.negated() : line.weightedPresentValue;
		const group = payerGroupOf(line.payer);
		const saved = origin.get(line.caseId)!.savedCaseId;
		for (const key of [
			'total',
			`payer:${line.payer}`,
			...(group ? [`payer:${group}`] : []),
			`domain:${line.domain}`,
			`valueType:${line.valueType}`
		]) {
			const byCase = sums.get(key) ?? new Map<string, Dec>();
			byCase.set(saved, (byCase.get(saved) ?? new D(0)).plus(signed));
			sums.set(key, byCase);
		}
	}
	return sums;
}

/** The saved cases behind one figure: how many, and the largest by the size of their part. */
export function rankBehind(
	values: { savedCaseId: string; caseCode: string; value: Dec }[]
): CasesBehind {
	const ranked = [...values].sort(
		(a, b) => b.value.abs().comparedTo(a.value.abs()) || a.caseCode.localeCompare(b.caseCode)
	);
	return { count: ranked.length, top: ranked.slice(0, BEHIND_SHOWN) };
}

function casesBehind(result: ScenarioResult, origin: Map<string, PortfolioCase>) {
	const codeOf = new Map([...origin.values()].map((o) => [o.savedCaseId, o.caseCode]));
	const behind: Record<string, CasesBehind> = {};
	for (const [key, byCase] of behindByCase(result, origin))
		behind[key] = rankBehind(
			[...byCase].map(([savedCaseId, value]) => ({
				savedCaseId,
				caseCode: codeOf.get(savedCaseId)!,
				value
			}))
		);
	return behind;
}

export function slim(result: ScenarioResult): ScenarioResult {
	const bare = <T extends { lineIds: string[] }>(b: T): T => ({ ...b, lineIds: [] });
	const each = <K extends string, T extends { lineIds: string[] }>(r: Partial<Record<K, T>>) =>
		Object.fromEntries(Object.entries(r).map(([k, v]) => [k, bare(v as T)])) as Partial<
			Record<K, T>
		>;
	return {
		...result,
		total: bare(result.total),
		byPayer: each(result.byPayer),
		byPayerGroup: each(result.byPayerGroup),
		byDomain: each(result.byDomain),
		byValueType: each(result.byValueType),
		byCase: [],
		// as the database keeps them (case-sums.ts, SumPart): by profession and payer
		professionalTime: { ...result.professionalTime, byYear: [], lines: [] },
		lines: []
	};
}

/**
 * The costs avoided, by how well founded they are: grades 1–2 (measured, or a national source),
 * 3 (a sound estimate), 4–5 (a rough estimate), each already lowered by its optimism correction.
 */
export function avoidedByEvidence(result: ScenarioResult): EvidenceShares {
	const shares = { strong: new D(0), fair: new D(0), rough: new D(0) };
	for (const line of result.lines) {
		if (!line.counted || line.kind !== 'effect' || line.valueType === 'transfer') continue;
		const key = line.grade <= 2 ? 'strong' : line.grade === 3 ? 'fair' : 'rough';
		shares[key] = shares[key].plus(line.weightedPresentValue);
	}
	return shares;
}

/** A case of the priced portfolio as its year's case list and files show it. */
export const caseRowOf = (c: CaseResult, origin: Map<string, PortfolioCase>): CaseRow => ({
	...origin.get(c.caseId)!,
	caseId: c.caseId,
	label: c.label,
	households: c.count,
	societal: c.societal,
	financial: c.financial,
	financialNpv: c.financial.npv,
	transfers: c.transfers
});

/** A year's report without the organisation around it: totals, breakdowns, cases and sources. */
export function summarise(
	year: number,
	rows: readonly PortfolioRow[],
	figures: readonly UnitCostEntry[]
): Listed {
	const { result, origin, scenario } = pricePortfolio(rows, `Portfolio ${year}`, figures);
	const cases = result.byCase.map((c) => caseRowOf(c, origin));
	cases.sort((a, b) => b.societal.npv.comparedTo(a.societal.npv));
	return {
		year,
		savedCases: rows.length,
		households: cases.reduce((sum, c) => sum.plus(c.households), new D(0)),
		summary: slim(result),
		maximum: maximumTotals(scenario),
		cases,
		caseRows: cases.length,
		behind: casesBehind(result, origin),
		sources: usedSources(result),
		evidence: avoidedByEvidence(result)
	};
}
