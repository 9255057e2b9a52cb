import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CATALOG } from '../../catalog/catalog';
import { D, type Breakdown, type Dec } from '../../engine';
import {
	behindKey,
	readCaseFigure,
	readListed,
	type ListedSums,
	summaryOfSums,
	type SumColumns,
	type SumPart,
	type YearSums
} from '../../portfolio/case-sums';
import { BEHIND_SHOWN, PORTFOLIO_ASSUMPTIONS } from '../../portfolio/portfolio';
import type { CaseFigure, YearSummary } from '../../portfolio/types';
import type { UsedSource } from '../../report/sources';
import type { UnitCostInput } from '../../schemas/unit-cost';
import { canonicalJson } from '../platform/canonical-json';
import type { Database, Queryable, Transaction } from '../db/database';
import { advanceRevision } from '../platform/revisions';
import { inTime } from '../platform/unavailable';
import { heavy } from '../work/pool';
import type { StoredRow } from '../work/tasks';

/**
 * Each saved case version priced once and its sums kept (migration 4), so a year is added up by
 * the database: `sum … group by` over exact numeric columns, equal to pricing the year at once
 * (case-sums.test.ts) and to the cent on both engines (sums.test.ts).
 */

/**
 * What a case's sums depend on besides the case: the catalog, the organisation's own unit costs
 * and the portfolio's assumptions. A change to any of them is a new basis, and the sums of the
 * old one are no longer read.
 */
export function resultBasis(figures: readonly UnitCostInput[]): string {
	const hash = createHash('sha256')
		.update(canonicalJson({ figures, assumptions: PORTFOLIO_ASSUMPTIONS }))
		.digest('hex');
	return `${CATALOG.version}:${hash.slice(0, 24)}`;
}

/** Saved cases priced into their sums, as columns to store; in a worker when they are many. */
export async function priceCases(
	rows: readonly StoredRow[],
	figures: readonly UnitCostInput[]
): Promise<SumColumns> {
	return inTime(heavy({ kind: 'case-sums', rows, figures }));
}

const BREAKDOWN_COLUMNS = `societal_costs, societal_benefits, societal_npv, financial_costs,
	financial_benefits, financial_npv, transfers`;

/** Which saved case version the sums are of, and where it belongs. */
export interface PricedCase {
	caseId: string;
	version: number;
	organisationId: string;
	year: number;
	caseCode: string;
}

// The embedded engine has no autovacuum to keep the planner's statistics: without them it ranks
// the cases behind a figure by scanning instead of reading the index in order (511 ms against
// 32 ms for 5,000 cases). The statistics are refreshed after enough new sums, and once per
// process, before a year is added up. PostgreSQL's autovacuum does this by itself.
const ANALYZE_AFTER = 500;
let storedSinceAnalyze = ANALYZE_AFTER;

async function refreshStatistics(db: Database): Promise<void> {
	if (db.engine !== 'embedded' || storedSinceAnalyze < ANALYZE_AFTER) return;
	storedSinceAnalyze = 0;
	await db.query('analyze case_results, case_result_cases, case_result_rows');
}

/**
 * Keeps case versions' sums, in place of any they had before: a few queries for any number.
 * `places[i]` is the case whose sums are the i-th in `sums`.
 */
export async function storeCaseSums(
	tx: Transaction,
	basis: string,
	places: readonly PricedCase[],
	sums: SumColumns
): Promise<void> {
	if (places.length === 0) return;
	storedSinceAnalyze += places.length;
	// a case's sums on other bases stay until the year is complete on this one (dropOtherBases)
	for (const table of ['case_results', 'case_result_years', 'case_result_cases'])
		await tx.query(`delete from ${table} where case_id = any($1::uuid[]) and basis = $2`, [
			places.map((p) => p.caseId),
			basis
		]);
	/** A case's identity repeated for each of its rows. */
	const each = <T>(counts: number[], pick: (p: PricedCase) => T) =>
		places.flatMap((p, i) => Array<T>(counts[i]!).fill(pick(p)));
	const b = sums.breakdowns;
	const n = sums.breakdownCounts;
	await tx.query(
		`insert into case_results (case_id, case_version, organisation_id, case_code, year, part, key,
		   ${BREAKDOWN_COLUMNS}, behind, basis)
		 select *, $16 from unnest($1::uuid[], $2::int[], $3::uuid[], $4::text[], $5::int[],
		   $6::text[], $7::text[], $8::numeric[], $9::numeric[], $10::numeric[], $11::numeric[],
		   $12::numeric[], $13::numeric[], $14::numeric[], $15::numeric[])`,
		[
			each(n, (p) => p.caseId),
			each(n, (p) => p.version),
			each(n, (p) => p.organisationId),
			each(n, (p) => p.caseCode),
			each(n, (p) => p.year),
			b.part,
			b.key,
			b.sc,
			b.sb,
			b.sn,
			b.fc,
			b.fb,
			b.fn,
			b.tr,
			b.behind,
			basis
		]
	);
	const y = sums.years;
	const m = sums.yearCounts;
	await tx.query(
		`insert into case_result_years (case_id, case_version, organisation_id, portfolio_year, year,
		   societal_costs, societal_benefits, societal_net, societal_present_net, financial_costs,
		   financial_benefits, financial_net, financial_present_net, basis)
		 select *, $14 from unnest($1::uuid[], $2::int[], $3::uuid[], $4::int[], $5::int[],
		   $6::numeric[], $7::numeric[], $8::numeric[], $9::numeric[], $10::numeric[],
		   $11::numeric[], $12::numeric[], $13::numeric[])`,
		[
			each(m, (p) => p.caseId),
			each(m, (p) => p.version),
			each(m, (p) => p.organisationId),
			each(m, (p) => p.year),
			y.year,
			y.sc,
			y.sb,
			y.sn,
			y.sp,
			y.fc,
			y.fb,
			y.fn,
			y.fp,
			basis
		]
	);
	await tx.query(
		`insert into case_result_cases (case_id, case_version, organisation_id, year, case_code,
		   evidence_strong, evidence_fair, evidence_rough, listed, basis)
		 select *, $10 from unnest($1::uuid[], $2::int[], $3::uuid[], $4::int[], $5::text[],
		   $6::numeric[], $7::numeric[], $8::numeric[], $9::text[])`,
		[
			places.map((p) => p.caseId),
			places.map((p) => p.version),
			places.map((p) => p.organisationId),
			places.map((p) => p.year),
			places.map((p) => p.caseCode),
			sums.evidence.strong,
			sums.evidence.fair,
			sums.evidence.rough,
			sums.listed,
			basis
		]
	);
}

/** The year's saved cases in scope of a basis, priced or not yet. */
const YEAR_CASES = `from cases c where c.organisation_id = $1 and c.year = $2`;
const NOT_PRICED = `not exists (select 1 from case_result_cases r
	where r.case_id = c.id and r.case_version = c.version and r.basis = $3)`;
/** The sums of a year on a basis: only a case's current version has any (storeCaseSums). */
const PRICED = `where r.organisation_id = $1 and r.year = $2 and r.basis = $3`;

/**
 * Prices the year's cases that have no sums on this basis yet (after a catalog or own unit
 * cost change, or cases saved before sums were kept), in batches, each kept as it is done.
 */
export async function priceMissingCases(
	db: Database,
	organisationId: string,
	year: number,
	figures: readonly UnitCostInput[],
	basis: string,
	batch = 500
): Promise<number> {
	const missing = await db.query<StoredRow & { version: number }>(
		`select c.id, c.case_code as "caseCode", c.times, c.version, c.scenario::text as "scenarioText"
		 ${YEAR_CASES} and ${NOT_PRICED} order by c.case_code`,
		[organisationId, year, basis]
	);
	for (let i = 0; i < missing.length; i += batch) {
		// the embedded engine writes on this thread: a turn for other requests between batches
		if (i > 0) await nextTurn();
		const rows = missing.slice(i, i + batch);
		const priced = await priceCases(rows, figures);
		await db.transaction(async (tx) => {
			// a case saved meanwhile has priced its own new version: leave it
			const current = await tx.query<{ id: string }>(
				`select c.id from cases c join unnest($1::uuid[], $2::int[]) as priced (id, version)
				   on priced.id = c.id and priced.version = c.version for update of c`,
				[rows.map((r) => r.id), rows.map((r) => r.version)]
			);
			const still = new Set(current.map((c) => c.id));
			const kept = rows.flatMap((row, j) => (still.has(row.id) ? [j] : []));
			await storeCaseSums(
				tx,
				basis,
				kept.map((j) => ({
					caseId: rows[j]!.id,
					version: rows[j]!.version,
					organisationId,
					year,
					caseCode: rows[j]!.caseCode
				})),
				kept.length === rows.length ? priced : onlyCases(priced, kept)
			);
		});
	}
	return missing.length;
}

/** The columns of some of the cases only, by their places in the columns. */
function onlyCases(sums: SumColumns, keep: number[]): SumColumns {
	const starts = (counts: number[]) =>
		counts.map((_, i) => counts.slice(0, i).reduce((a, b) => a + b, 0));
	const pick = <T extends Record<string, unknown[]>>(columns: T, counts: number[]): T => {
		const from = starts(counts);
		const rows = keep.flatMap((j) => Array.from({ length: counts[j]! }, (_, k) => from[j]! + k));
		return Object.fromEntries(
			Object.entries(columns).map(([name, values]) => [name, rows.map((r) => values[r])])
		) as T;
	};
	const perCase = <T extends Record<string, unknown[]>>(columns: T): T =>
		Object.fromEntries(
			Object.entries(columns).map(([name, values]) => [name, keep.map((j) => values[j])])
		) as T;
	return {
		breakdownCounts: keep.map((j) => sums.breakdownCounts[j]!),
		yearCounts: keep.map((j) => sums.yearCounts[j]!),
		breakdowns: pick(sums.breakdowns, sums.breakdownCounts),
		years: pick(sums.years, sums.yearCounts),
		evidence: perCase(sums.evidence),
		listed: keep.map((j) => sums.listed[j]!)
	};
}

const d = (value: string | null) => new D(value ?? 0);

function breakdownOf(row: Record<string, string>): Breakdown {
	const view = (costs: Dec, benefits: Dec, npv: Dec) => ({
		costs,
		benefits,
		npv,
		bcr: costs.isZero() ? null : benefits.dividedBy(costs)
	});
	return {
		societal: view(d(row.sc!), d(row.sb!), d(row.sn!)),
		financial: view(d(row.fc!), d(row.fb!), d(row.fn!)),
		transfers: d(row.tr!),
		lineIds: []
	};
}

const TOTALS = `societal_costs::text as sc, societal_benefits::text as sb,
	societal_npv::text as sn, financial_costs::text as fc, financial_benefits::text as fb,
	financial_npv::text as fn, transfers::text as tr`;
const OF_YEAR = `where organisation_id = $1 and year = $2 and basis = $3`;

/**
 * Every figure of the year as the database keeps it added up (migration 5): a few dozen rows
 * whatever the number of cases, and the largest cases behind each figure read off an index.
 */
export async function yearSums(
	db: Queryable,
	organisationId: string,
	year: number,
	basis: string
): Promise<YearSums | null> {
	const params = [organisationId, year, basis];
	const [totals] = await db.query<Record<string, string> & { n: number; rows: number }>(
		`select saved_cases as n, case_rows as rows, households::text as h, evidence_strong::text as es,
		        evidence_fair::text as ef, evidence_rough::text as er
		 from year_result_cases ${OF_YEAR}`,
		params
	);
	if (!totals) return null;
	const breakdowns = await db.query<Record<string, string> & { n: number }>(
		`select part, key, behind_cases as n, ${TOTALS} from year_results ${OF_YEAR}`,
		params
	);
	const years = await db.query<Record<string, string>>(
		`select year, societal_costs::text as sc, societal_benefits::text as sb,
		        societal_net::text as sn, societal_present_net::text as sp,
		        financial_costs::text as fc, financial_benefits::text as fb,
		        financial_net::text as fn, financial_present_net::text as fp
		 from year_result_years where organisation_id = $1 and portfolio_year = $2 and basis = $3
		 order by year`,
		params
	);
	const behind = await db.query<Record<string, string>>(
		`select k.part, k.key, t.case_id as "savedCaseId", t.case_code as "caseCode",
		        t.behind::text as value
		 from year_results k
		 cross join lateral (
		   select r.case_id, r.case_code, r.behind from case_results r
		   ${PRICED} and r.behind is not null and r.part = k.part and r.key = k.key
		   order by abs(r.behind) desc, r.case_code limit ${BEHIND_SHOWN}) t
		 where k.organisation_id = $1 and k.year = $2 and k.basis = $3 and k.behind_cases > 0
		 order by k.part, k.key, abs(t.behind) desc, t.case_code`,
		params
	);
	const marks = await db.query<{ kind: string; key: string; detail: string }>(
		`select kind, key, detail from year_result_marks ${OF_YEAR} order by kind, key`,
		params
	);
	// the assumptions and the rest of the provenance are the same for every case on a basis
	const [one] = await db.query<{ listed: string }>(
		`select listed from case_result_cases ${OF_YEAR} limit 1`,
		params
	);
	return combine(totals, breakdowns, years, behind, marks, readListed(one!.listed));
}

function combine(
	totals: Record<string, string> & { n: number; rows: number },
	breakdowns: (Record<string, string> & { n: number })[],
	years: Record<string, string>[],
	behindRows: Record<string, string>[],
	marks: { kind: string; key: string; detail: string }[],
	one: ListedSums
): YearSums {
	const counts = new Map(breakdowns.map((b) => [behindKey(b.part as SumPart, b.key!), b.n]));
	const behind: YearSums['behind'] = {};
	for (const row of behindRows) {
		const key = behindKey(row.part as SumPart, row.key!);
		const entry = (behind[key] ??= { count: counts.get(key)!, top: [] });
		entry.top.push({
			savedCaseId: row.savedCaseId!,
			caseCode: row.caseCode!,
			value: d(row.value!)
		});
	}
	const marked = (kind: string) => marks.filter((m) => m.kind === kind);
	const forecastYears = marked('forecast');
	return {
		savedCases: totals.n,
		caseRows: totals.rows,
		households: d(totals.h!),
		breakdowns: breakdowns.map((row) => ({
			part: row.part as SumPart,
			key: row.key!,
			breakdown: breakdownOf(row)
		})),
		behind,
		years: years.map((row) => ({
			year: Number(row.year),
			societal: {
				costs: d(row.sc!),
				benefits: d(row.sb!),
				net: d(row.sn!),
				presentNet: d(row.sp!)
			},
			financial: {
				costs: d(row.fc!),
				benefits: d(row.fb!),
				net: d(row.fn!),
				presentNet: d(row.fp!)
			}
		})),
		evidence: { strong: d(totals.es!), fair: d(totals.ef!), rough: d(totals.er!) },
		sources: marked('source').map((m) => JSON.parse(m.detail) as UsedSource),
		provenance: {
			...one.provenance,
			overriddenUnitCosts: marked('override').map((m) => m.key),
			forecast: forecastYears[0]
				? {
						label: forecastYears[0].detail,
						years: forecastYears.map((m) => Number(m.key)).sort((a, b) => a - b)
					}
				: null
		},
		assumptions: one.assumptions
	};
}

/**
 * The rows of a year's case list, largest net present value first, as the report lists them:
 * one page, or all of them for establishing a version.
 */
export async function caseFigures(
	db: Queryable,
	organisationId: string,
	year: number,
	basis: string,
	range?: { offset: number; limit: number }
): Promise<CaseFigure[]> {
	const rows = await db.query<{ id: string; figure: string }>(
		`select case_id as id, figure from case_result_rows ${OF_YEAR}
		 order by societal_npv desc, case_code, position
		 ${range ? `limit ${Number(range.limit)} offset ${Number(range.offset)}` : ''}`,
		[organisationId, year, basis]
	);
	return rows.map(({ id, figure }) => ({ ...readCaseFigure(figure), savedCaseId: id }));
}

/** Fewer cases than this without sums are priced on the spot; more, in the background. */
export const PRICED_ON_THE_SPOT = 200;
const BACKGROUND_BATCH = 100;

// One background pricing per organisation, year and basis, however many readers ask meanwhile.
const repricing = new Map<string, Promise<unknown>>();

/** Whether the year's cases are being priced on a new basis in the background now. */
export const repricingNow = (organisationId: string, year: number) =>
	[...repricing.keys()].some((key) => key.startsWith(`${organisationId}:${year}:`));

function repriceInBackground(
	db: Database,
	organisationId: string,
	year: number,
	figures: readonly UnitCostInput[],
	basis: string
): Promise<unknown> {
	const key = `${organisationId}:${year}:${basis}`;
	const running = repricing.get(key);
	if (running) return running;
	const job = priceMissingCases(db, organisationId, year, figures, basis, BACKGROUND_BATCH)
		// done: the earlier figures go, and every kept page with them
		.then(() =>
			db.transaction(async (tx) => {
				await dropOtherBases(tx, organisationId, year, basis);
				await advanceRevision(tx, organisationId);
			})
		)
		// a job cut short (a restart, the database gone) resumes where it stopped: the next
		// reader finds the cases still without sums on this basis
		.catch(() => undefined)
		.finally(() => repricing.delete(key));
	repricing.set(key, job);
	return job;
}

/**
 * A year's summary from the kept sums of its cases, added up by the database. A few cases
 * without sums on this basis (saved before sums were kept, say) are priced first; many (after a
 * catalog or own unit cost change) are priced in the background, and meanwhile the year is
 * priced as a whole, as before: exact on the current basis, never a mix of old and new sums.
 */
export async function summaryFromResults(
	db: Database,
	organisationId: string,
	year: number,
	figures: readonly UnitCostInput[]
): Promise<YearSummary | null> {
	const basis = resultBasis(figures);
	const [{ missing }] = (await db.query<{ missing: number }>(
		// a case keeps sums of its current version only, so the year's priced cases are counted
		// in its totals: the difference is what is missing, without looking at each case
		`select coalesce((select cases from year_cases where organisation_id = $1 and year = $2), 0)
		   - coalesce((select saved_cases
		   from year_result_cases where organisation_id = $1 and year = $2 and basis = $3), 0)
		   as missing`,
		[organisationId, year, basis]
	)) as [{ missing: number }];
	if (missing > PRICED_ON_THE_SPOT) {
		void repriceInBackground(db, organisationId, year, figures, basis);
		return (
			(await lastCompleteFigures(db, organisationId, year, basis)) ??
			pricedAsAWhole(db, organisationId, year, figures)
		);
	}
	if (missing > 0) await priceMissingCases(db, organisationId, year, figures, basis);
	await dropOtherBases(db, organisationId, year, basis);
	await refreshStatistics(db);
	const sums = await yearSums(db, organisationId, year, basis);
	return sums && { ...summaryOfSums(year, sums), basis };
}

/**
 * The year's figures on the basis it was last priced on in full (the one with the most cases,
 * should an earlier re-pricing have been cut short), with when they last changed: what a report
 * shows while its cases are priced again on a new basis, never a mix of the two.
 */
async function lastCompleteFigures(
	db: Queryable,
	organisationId: string,
	year: number,
	basis: string
): Promise<YearSummary | null> {
	const [last] = await db.query<{ basis: string; at: Date }>(
		`select basis, changed_at as at from year_result_cases
		 where organisation_id = $1 and year = $2 and basis <> $3
		 order by saved_cases desc, changed_at desc limit 1`,
		[organisationId, year, basis]
	);
	const sums = last && (await yearSums(db, organisationId, year, last.basis));
	return sums
		? { ...summaryOfSums(year, sums), basis: last.basis, updating: { since: last.at } }
		: null;
}

/** Once the year is complete on `basis`, the sums of earlier bases are of no more use. */
async function dropOtherBases(db: Queryable, organisationId: string, year: number, basis: string) {
	const [other] = await db.query(
		`select 1 from year_result_cases
		 where organisation_id = $1 and year = $2 and basis <> $3 limit 1`,
		[organisationId, year, basis]
	);
	if (!other) return;
	for (const [table, yearColumn] of [
		['case_results', 'year'],
		['case_result_years', 'portfolio_year'],
		['case_result_cases', 'year']
	])
		await db.query(
			`delete from ${table} where organisation_id = $1 and ${yearColumn} = $2 and basis <> $3`,
			[organisationId, year, basis]
		);
}

async function pricedAsAWhole(
	db: Queryable,
	organisationId: string,
	year: number,
	figures: readonly UnitCostInput[]
): Promise<YearSummary | null> {
	const rows = await db.query<StoredRow>(
		`select c.id, c.case_code as "caseCode", c.times, c.scenario::text as "scenarioText"
		 ${YEAR_CASES} order by c.case_code`,
		[organisationId, year]
	);
	if (rows.length === 0) return null;
	return inTime(heavy({ kind: 'summarise-year', year, rows, figures }));
}

/** Waits for the background pricing of a year, for tests and a clean shutdown. */
export async function repricingDone(): Promise<void> {
	await Promise.all(repricing.values());
}
