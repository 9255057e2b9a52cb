import { CATALOG } from '../catalog/catalog';
import { D, type Dec, type ScenarioResult, type Totals } from '../engine';
import { usedSources, type UsedSource } from '../report/sources';
import { calculate } from '../schemas/parse';
import { SCENARIO_FORMAT, type ScenarioInput } from '../schemas/scenario';
import type { UnitCostEntry } from '../schemas/unit-cost';
import { require, type Actor } from './access';
import type { Queryable } from './db/database';
import { organisationFigures } from './overrides';

/**
 * One set of assumptions for every case of a year's portfolio, so cases add up: the method's
 * default discount rate, the catalog's usual price year and a five-year horizon.
 */
export const PORTFOLIO_ASSUMPTIONS = {
	priceYear: 2024,
	discountRatePct: '2.25',
	discountConvention: 'year-0',
	horizonYears: 5
} as const;

interface PortfolioRow {
	id: string;
	caseCode: string;
	times: number;
	scenario: ScenarioInput;
}

/** Which saved case a case of the portfolio scenario came from. */
export interface PortfolioCase {
	savedCaseId: string;
	caseCode: string;
}

/** The saved cases of a year as one scenario: each case counted its households × its times. */
export function portfolioScenario(
	rows: readonly PortfolioRow[],
	label: string
): { scenario: ScenarioInput; origin: Map<string, PortfolioCase> } {
	const origin = new Map<string, PortfolioCase>();
	const cases = rows.flatMap((row) =>
		row.scenario.cases.map((c, i) => {
			const id = `${row.caseCode.toLowerCase()}.${i}`;
			origin.set(id, { savedCaseId: row.id, caseCode: row.caseCode });
			return {
				...c,
				id,
				label: `${row.caseCode}: ${c.label}`,
				count: new D(String(c.count ?? 1)).times(row.times).toString()
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

async function portfolioRows(db: Queryable, organisationId: string, year: number) {
	return db.query<PortfolioRow>(
		`select id, case_code as "caseCode", times, scenario from cases
		 where organisation_id = $1 and year = $2 order by case_code`,
		[organisationId, year]
	);
}

/** The full result of a year's portfolio, every line in it; for exports, never cached. */
export async function computePortfolio(
	db: Queryable,
	organisationId: string,
	year: number
): Promise<{ result: ScenarioResult; origin: Map<string, PortfolioCase> } | null> {
	const rows = await portfolioRows(db, organisationId, year);
	if (rows.length === 0) return null;
	return priced(rows, `Portfolio ${year}`, await organisationFigures(db, organisationId));
}

function priced(rows: PortfolioRow[], label: string, figures: UnitCostEntry[]) {
	const { scenario, origin } = portfolioScenario(rows, label);
	const outcome = calculate(scenario, undefined, figures);
	// Every saved case was checked on saving; a case that no longer parses (say, a unit cost
	// withdrawn from the catalog) is a fault to report, not to hide.
	if (!outcome.ok)
		throw new Error(`portfolio does not validate: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
	return { result: outcome.result, origin };
}

/** One saved case's figures in its year's portfolio. */
export interface CaseFigure {
	savedCaseId: string;
	caseCode: string;
	label: string;
	households: Dec;
	societal: Totals;
	financialNpv: Dec;
}

/** The cases that make one figure, largest contribution first. */
export interface CasesBehind {
	count: number;
	top: { savedCaseId: string; caseCode: string; value: Dec }[];
}

export interface YearSummary {
	year: number;
	savedCases: number;
	households: Dec;
	/** The result without its lines and cases: what the charts and tables need, small. */
	summary: ScenarioResult;
	cases: CaseFigure[];
	behind: Record<string, CasesBehind>;
	sources: UsedSource[];
}

const BEHIND_SHOWN = 5;

function casesBehind(result: ScenarioResult, origin: Map<string, PortfolioCase>) {
	const sums = new Map<string, Map<string, Dec>>();
	for (const line of result.lines) {
		if (!line.counted) continue;
		const signed =
			line.kind === 'cost' ? line.weightedPresentValue.negated() : line.weightedPresentValue;
		for (const key of [
			'total',
			`payer:${line.payer}`,
			`domain:${line.domain}`,
			`valueType:${line.valueType}`
		]) {
			const byCase = sums.get(key) ?? new Map<string, Dec>();
			byCase.set(line.caseId, (byCase.get(line.caseId) ?? new D(0)).plus(signed));
			sums.set(key, byCase);
		}
	}
	const behind: Record<string, CasesBehind> = {};
	for (const [key, byCase] of sums) {
		const ranked = [...byCase].sort(([, a], [, b]) => b.abs().comparedTo(a.abs()));
		behind[key] = {
			count: ranked.length,
			top: ranked
				.slice(0, BEHIND_SHOWN)
				.map(([caseId, value]) => ({ ...origin.get(caseId)!, value }))
		};
	}
	return behind;
}

function slim(result: ScenarioResult): ScenarioResult {
	const bare = <T extends { lineIds: string[] }>(b: T): T => ({ ...b, lineIds: [] });
	const each = <K extends string, T extends { lineIds: string[] }>(r: Partial<Record<K, T>>) =>
		Object.fromEntries(Object.entries(r).map(([k, v]) => [k, bare(v as T)])) as Partial<
			Record<K, T>
		>;
	return {
		...result,
		total: bare(result.total),
		byPayer: each(result.byPayer),
		byDomain: each(result.byDomain),
		byValueType: each(result.byValueType),
		byCase: [],
		lines: []
	};
}

function summarise(year: number, rows: PortfolioRow[], figures: UnitCostEntry[]): YearSummary {
	const { result, origin } = priced(rows, `Portfolio ${year}`, figures);
	const cases = result.byCase.map((c) => ({
		...origin.get(c.caseId)!,
		label: c.label,
		households: c.count,
		societal: c.societal,
		financialNpv: c.financial.npv
	}));
	cases.sort((a, b) => b.societal.npv.comparedTo(a.societal.npv));
	return {
		year,
		savedCases: rows.length,
		households: cases.reduce((sum, c) => sum.plus(c.households), new D(0)),
		summary: slim(result),
		cases,
		behind: casesBehind(result, origin),
		sources: usedSources(result)
	};
}

// Reports are computed once per revision of the organisation's cases and figures: the portfolio
// page is read far more often than a case is saved. The promise is kept, so that many readers
// arriving at once share one computation.
const REMEMBERED = new Map<string, Promise<unknown>>();
const KEPT = 64;

function remembered<T>(key: string, compute: () => Promise<T>): Promise<T> {
	const hit = REMEMBERED.get(key);
	if (hit) return hit as Promise<T>;
	const value = compute();
	REMEMBERED.set(key, value);
	value.catch(() => REMEMBERED.delete(key));
	if (REMEMBERED.size > KEPT) REMEMBERED.delete(REMEMBERED.keys().next().value!);
	return value;
}

function yearSummary(db: Queryable, organisationId: string, year: number, revision: number) {
	return remembered(`summary:${organisationId}:${year}:${revision}`, async () => {
		const rows = await portfolioRows(db, organisationId, year);
		if (rows.length === 0) return null;
		return summarise(year, rows, await organisationFigures(db, organisationId));
	});
}

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
}

/** The year's report of an organisation, for whoever the caller has already let see it. */
export async function organisationReport(
	db: Queryable,
	organisationId: string,
	year: number
): Promise<PortfolioReport | null> {
	const [org] = await db.query<{ name: string; revision: number }>(
		'select name, revision from organisations where id = $1',
		[organisationId]
	);
	if (!org) return null;
	return remembered(`report:${organisationId}:${year}:${org.revision}`, async () => {
		const current = await yearSummary(db, organisationId, year, org.revision);
		if (!current) return null;
		const years = await db.query<{ year: number }>(
			'select distinct year from cases where organisation_id = $1 order by year',
			[organisationId]
		);
		const trend: TrendPoint[] = [];
		for (const { year: other } of years) {
			const summary = await yearSummary(db, organisationId, other, org.revision);
			if (summary)
				trend.push({
					year: other,
					savedCases: summary.savedCases,
					households: summary.households,
					societal: summary.summary.total.societal,
					financial: summary.summary.total.financial
				});
		}
		const used = new Set(current.summary.provenance.overriddenUnitCosts);
		const figures = await organisationFigures(db, organisationId);
		const overrides = figures.filter((e) => used.has(e.id));
		return {
			...current,
			organisationId,
			organisationName: org.name,
			revision: org.revision,
			trend,
			overrides
		};
	});
}

/** The actor's own organisation's report: analysts and managers only. */
export async function portfolioReport(db: Queryable, actor: Actor, year: number) {
	require(actor, 'portfolio');
	return organisationReport(db, actor.organisationId, year);
}

export async function portfolioYears(db: Queryable, actor: Actor): Promise<number[]> {
	require(actor, 'portfolio');
	const rows = await db.query<{ year: number }>(
		'select distinct year from cases where organisation_id = $1 order by year desc',
		[actor.organisationId]
	);
	return rows.map((r) => r.year);
}
