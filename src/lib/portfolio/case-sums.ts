import {
	computeValidatedByGroup,
	D,
	discountFactor,
	paybackYears,
	sumBreakdowns,
	totals,
	ZERO,
	type Assumptions,
	type Breakdown,
	type Dec,
	type HoursByProfession,
	type HoursTally,
	type Payer,
	type ProfessionalTime,
	type Profession,
	type Provenance,
	type ScenarioResult,
	type YearRow
} from '../engine';
import { usedSources, type UsedSource } from '../explain/sources';
import type { UnitCostEntry } from '../schemas/unit-cost';
import { maximumTotals, parseScenario } from '../calculate/calculate';
import {
	avoidedByEvidence,
	behindByCase,
	caseRowOf,
	portfolioScenario,
	rankBehind,
	slim,
	type PricedPortfolio
} from './portfolio';
import type { YearSum } from './measures';
import type { CaseRow, CasesBehind, EvidenceShares, PortfolioRow, YearSummary } from './types';

export type { YearSum };

/**
 * A year's portfolio is exactly the sum of its saved cases' results: the assumptions are the
 * same for every case and cases are independent. So each saved case is priced once, when it is
 * saved, into the sums below, and a year is those sums added up (by the database, see
 * server/sums/), never priced again as a whole.
 */

/**
 * Where a breakdown belongs: the whole, a payer, a public body, a domain or a kind of value; or
 * professional hours by profession and by payer and profession, kept as breakdowns whose costs
 * are hours spent and benefits hours avoided (hoursBreakdown). Hours by year are not kept: the
 * year report does not show them, and they would double the rows each case adds. The maximum
 * is the whole's total without corrections (calculate.ts, maximumTotals), kept as key 'total'.
 */
export type SumPart =
	'total' | 'payer' | 'payerGroup' | 'domain' | 'valueType' | 'hours' | 'hoursPayer' | 'maximum';

export interface BreakdownSum {
	part: SumPart;
	key: string;
	breakdown: Breakdown;
	/**
	 * The signed value of the counted lines in it (costs negative): what ranks the cases behind
	 * a figure; null where the case has no counted line there.
	 */
	behind: Dec | null;
}

/** What one saved case adds to its year. */
export interface CaseSums {
	breakdowns: BreakdownSum[];
	years: YearSum[];
	evidence: EvidenceShares;
	/** The case's households, as the report's case list and the year's files show them. */
	cases: CaseRow[];
	sources: UsedSource[];
	provenance: Provenance;
	assumptions: Assumptions;
}

const PARTS: [SumPart, keyof ScenarioResult, string][] = [
	['payer', 'byPayer', 'payer:'],
	['payerGroup', 'byPayerGroup', 'payer:'],
	['domain', 'byDomain', 'domain:'],
	['valueType', 'byValueType', 'valueType:']
];

/** The key a breakdown has among the cases behind the figures (portfolio.ts, casesBehind). */
export const behindKey = (part: SumPart, key: string) =>
	part === 'total' ? 'total' : `${PARTS.find(([p]) => p === part)?.[2] ?? `${part}:`}${key}`;

const KEY_JOIN = '|';

/** Hours as a breakdown, so they are kept and added up where the euros are: exact, never discounted. */
function hoursBreakdown({ spent, avoided }: HoursTally): Breakdown {
	const none = totals(ZERO, ZERO);
	return {
		societal: totals(spent, avoided),
		financial: none,
		transfers: ZERO,
		lineIds: []
	};
}

function hoursSums(time: ProfessionalTime): BreakdownSum[] {
	const rows = (part: SumPart, prefix: string, byProfession: HoursByProfession) =>
		Object.entries(byProfession).map(([profession, tally]) => ({
			part,
			key: prefix + profession,
			breakdown: hoursBreakdown(tally!),
			behind: null
		}));
	return [
		...rows('hours', '', time.total),
		...Object.entries(time.byPayer).flatMap(([payer, hours]) =>
			rows('hoursPayer', payer + KEY_JOIN, hours!)
		)
	];
}

/**
 * Professional time again from its kept breakdowns, by profession and payer; the lines behind it
 * stay with the cases, and the years are not kept (see SumPart).
 */
function professionalTimeOf(breakdowns: readonly Omit<BreakdownSum, 'behind'>[]): ProfessionalTime {
	const time: ProfessionalTime = { total: {}, byPayer: {}, byYear: [], lines: [] };
	const tally = (b: Breakdown): HoursTally => ({
		spent: b.societal.costs,
		avoided: b.societal.benefits
	});
	for (const { part, key, breakdown } of breakdowns) {
		const [first, profession] = key.split(KEY_JOIN) as [string, Profession | undefined];
		if (part === 'hours') time.total[first as Profession] = tally(breakdown);
		else if (part === 'hoursPayer')
			(time.byPayer[first as Payer] ??= {})[profession!] = tally(breakdown);
	}
	return time;
}

function breakdownSums(result: ScenarioResult, behind: Map<string, Dec>): BreakdownSum[] {
	const sums: BreakdownSum[] = [
		{ part: 'total', key: 'total', breakdown: result.total, behind: behind.get('total') ?? null }
	];
	for (const [part, field] of PARTS)
		for (const [key, breakdown] of Object.entries(result[field] as Record<string, Breakdown>))
			sums.push({ part, key, breakdown, behind: behind.get(behindKey(part, key)) ?? null });
	return [...sums, ...hoursSums(result.professionalTime)];
}

const yearSums = (rows: readonly YearRow[]): YearSum[] =>
	rows.map(({ year, societal, financial }) => ({
		year,
		societal: { ...societal },
		financial: { ...financial }
	}));

/** A saved case priced alone, as the sums it adds to its year. */
export const caseSums = (row: PortfolioRow, figures: readonly UnitCostEntry[]): CaseSums =>
	manyCaseSums([row], figures)[0]!;

/**
 * Many saved cases each priced into their own sums in one pass (checked once, every unit cost
 * priced once): the same sums as caseSums for each, five times faster for a batch.
 */
export function manyCaseSums(
	rows: readonly PortfolioRow[],
	figures: readonly UnitCostEntry[]
): CaseSums[] {
	const { scenario, origin } = portfolioScenario(rows, 'Portfolio');
	const outcome = parseScenario(scenario, undefined, figures);
	if (!outcome.ok)
		throw new Error(`portfolio does not validate: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
	const savedCase = (id: string) => origin.get(id)!.savedCaseId;
	const results = computeValidatedByGroup(outcome.scenario, savedCase);
	const maxima = maximumTotals(outcome.scenario, savedCase);
	return rows.map((row) =>
		sumsOfPriced({ result: results.get(row.id)!, origin }, maxima.get(row.id) ?? sumBreakdowns([]))
	);
}

function sumsOfPriced({ result, origin }: PricedPortfolio, maximum: Breakdown): CaseSums {
	// one saved case: one value per figure it has a counted line in
	const behind = new Map(
		[...behindByCase(result, origin)].map(([key, byCase]) => [key, [...byCase.values()][0]!])
	);
	return {
		breakdowns: [
			...breakdownSums(result, behind),
			{ part: 'maximum', key: 'total', breakdown: maximum, behind: null }
		],
		years: yearSums(result.byYear),
		evidence: avoidedByEvidence(result),
		cases: result.byCase.map((c) => caseRowOf(c, origin)),
		sources: usedSources(result),
		provenance: result.provenance,
		assumptions: result.assumptions
	};
}

/** The year rows again from summed years: discount factors and the running totals follow. */
export function yearRows(years: readonly YearSum[], assumptions: Assumptions): YearRow[] {
	let societal = new D(0);
	let financial = new D(0);
	return [...years]
		.sort((a, b) => a.year - b.year)
		.map((y) => {
			societal = societal.plus(y.societal.presentNet);
			financial = financial.plus(y.financial.presentNet);
			return {
				year: y.year,
				discountFactor: discountFactor(
					assumptions.discountRate,
					y.year,
					assumptions.discountConvention
				),
				societal: { ...y.societal, cumulativePresentNet: societal },
				financial: { ...y.financial, cumulativePresentNet: financial }
			};
		});
}

/** What the sums of a year's saved cases add up to, as the database or `addCaseSums` gives it. */
export interface YearSums {
	savedCases: number;
	breakdowns: Omit<BreakdownSum, 'behind'>[];
	behind: Record<string, CasesBehind>;
	years: YearSum[];
	evidence: EvidenceShares;
	households: Dec;
	caseRows: number;
	sources: UsedSource[];
	provenance: Provenance;
	assumptions: Assumptions;
}

/** A year's summary from the sums of its cases: what summarise() gives, without pricing. */
export function summaryOfSums(year: number, sums: YearSums): YearSummary {
	const of = (part: SumPart) =>
		Object.fromEntries(
			sums.breakdowns.filter((b) => b.part === part).map((b) => [b.key, b.breakdown])
		);
	const byYear = yearRows(sums.years, sums.assumptions);
	const total = sums.breakdowns.find((b) => b.part === 'total')?.breakdown ?? sumBreakdowns([]);
	const maximum = sums.breakdowns.find((b) => b.part === 'maximum')?.breakdown;
	const summary: ScenarioResult = {
		scenarioId: 'portfolio',
		assumptions: sums.assumptions,
		provenance: sums.provenance,
		total,
		payback: paybackYears(byYear),
		byPayer: of('payer'),
		byPayerGroup: of('payerGroup'),
		byDomain: of('domain'),
		byValueType: of('valueType'),
		byCase: [],
		byYear,
		professionalTime: professionalTimeOf(sums.breakdowns),
		lines: []
	};
	return {
		year,
		savedCases: sums.savedCases,
		households: sums.households,
		caseRows: sums.caseRows,
		summary: slim(summary),
		...(maximum ? { maximum } : {}),
		// kept in the database, read a page at a time (server/sums/, caseFigures)
		cases: null,
		behind: sums.behind,
		sources: sums.sources,
		evidence: sums.evidence
	};
}

/** One saved case's sums, with which case they are. */
export interface SavedCaseSums {
	savedCaseId: string;
	caseCode: string;
	sums: CaseSums;
}

const addYears = (a: YearSum['societal'], b: YearSum['societal']) => ({
	costs: a.costs.plus(b.costs),
	benefits: a.benefits.plus(b.benefits),
	net: a.net.plus(b.net),
	presentNet: a.presentNet.plus(b.presentNet)
});

/**
 * The sums of a year's cases added up in memory: what the database's aggregation must equal,
 * written plainly so it can be read against it.
 */
export function addCaseSums(list: readonly SavedCaseSums[]): YearSums | null {
	if (list.length === 0) return null;
	const groups = new Map<string, { part: SumPart; key: string; parts: Breakdown[] }>();
	const behind = new Map<string, { savedCaseId: string; caseCode: string; value: Dec }[]>();
	const years = new Map<number, YearSum>();
	const evidence = { strong: new D(0), fair: new D(0), rough: new D(0) };
	for (const { savedCaseId, caseCode, sums } of list) {
		for (const b of sums.breakdowns) {
			const id = `${b.part}:${b.key}`;
			const group = groups.get(id) ?? { part: b.part, key: b.key, parts: [] };
			group.parts.push(b.breakdown);
			groups.set(id, group);
			if (b.behind === null) continue;
			const key = behindKey(b.part, b.key);
			behind.set(key, [...(behind.get(key) ?? []), { savedCaseId, caseCode, value: b.behind }]);
		}
		for (const y of sums.years) {
			const seen = years.get(y.year);
			years.set(
				y.year,
				seen
					? {
							year: y.year,
							societal: addYears(seen.societal, y.societal),
							financial: addYears(seen.financial, y.financial)
						}
					: y
			);
		}
		for (const k of ['strong', 'fair', 'rough'] as const)
			evidence[k] = evidence[k].plus(sums.evidence[k]);
	}
	return {
		savedCases: list.length,
		breakdowns: [...groups.values()].map(({ part, key, parts }) => ({
			part,
			key,
			breakdown: sumBreakdowns(parts)
		})),
		behind: Object.fromEntries([...behind].map(([key, values]) => [key, rankBehind(values)])),
		years: [...years.values()],
		evidence,
		households: list.flatMap((c) => c.sums.cases).reduce((n, c) => n.plus(c.households), new D(0)),
		caseRows: list.reduce((n, c) => n + c.sums.cases.length, 0),
		...listedTogether(list.map((c) => c.sums))
	};
}

/**
 * What the cases list, brought together for their year: each source once, the own unit costs
 * and forecast years of any case; the assumptions are the same for all.
 */
export function listedTogether(
	listed: readonly Pick<CaseSums, 'sources' | 'provenance' | 'assumptions'>[]
): Pick<YearSums, 'sources' | 'provenance' | 'assumptions'> {
	const sources = new Map<string, UsedSource>();
	for (const l of listed)
		for (const source of l.sources)
			if (!sources.has(source.unitCostId)) sources.set(source.unitCostId, source);
	const forecasts = listed.flatMap((l) => (l.provenance.forecast ? [l.provenance.forecast] : []));
	const years = [...new Set(forecasts.flatMap((f) => f.years))].sort((a, b) => a - b);
	return {
		sources: [...sources.values()],
		provenance: {
			...listed[0]!.provenance,
			overriddenUnitCosts: [...new Set(listed.flatMap((l) => l.provenance.overriddenUnitCosts))],
			forecast: forecasts[0] ? { label: forecasts[0].label, years } : null
		},
		assumptions: listed[0]!.assumptions
	};
}
