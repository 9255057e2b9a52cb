import { behindKey, type SumPart, type YearSums } from '../../portfolio/case-sums';
import { fromText as dec } from '../../portfolio/measures';
import { BEHIND_SHOWN } from '../../portfolio/portfolio';
import type { CaseFigure, CaseRow } from '../../portfolio/types';
import type { UsedSource } from '../../explain/sources';
import type { Database, Queryable, Transaction } from '../db/database';
import {
	BREAKDOWN_TEXT,
	breakdownOfRow,
	measureArrays,
	yearMeasureArrays,
	readCaseRow,
	readListed,
	YEAR_TEXT,
	yearOfRow,
	type ListedSums,
	type SumColumns
} from './columns';

/**
 * The kept sums' queries, SQL only (the decisions are in pricing.ts): each saved case version's
 * sums stored once (migration 4), a year read back as the database keeps it added up
 * (migration 5), its case rows a page at a time.
 */

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

export async function refreshStatistics(db: Database): Promise<void> {
	if (db.engine !== 'embedded' || storedSinceAnalyze < ANALYZE_AFTER) return;
	storedSinceAnalyze = 0;
	await db.query('analyze case_results, case_result_cases, case_result_rows');
}

/**
 * `insert into table (columns…, basis) select *, $n from unnest($1::type[], …)`: many rows in
 * one statement, one array per column.
 */
async function insertColumns(
	tx: Transaction,
	table: string,
	columns: readonly [name: string, type: string, values: unknown[]][],
	basis: string
) {
	const names = columns.map(([name]) => name).join(', ');
	const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
	await tx.query(
		`insert into ${table} (${names}, basis) select *, $${columns.length + 1} from unnest(${arrays})`,
		[...columns.map(([, , values]) => values), basis]
	);
}

/**
 * Keeps the sums of a case's new version (saved, or a held name released), and forgets its
 * earlier version's on every basis: a basis kept while the year is priced again on a new one
 * (dropOtherBases) must never show the earlier version, nor count it in a year it has left.
 * With that basis incomplete the year is priced as a whole meanwhile, exact.
 */
export async function storeNewVersionSums(
	tx: Transaction,
	basis: string,
	places: readonly PricedCase[],
	sums: SumColumns
): Promise<void> {
	for (const table of ['case_results', 'case_result_years', 'case_result_cases'])
		await tx.query(`delete from ${table} where case_id = any($1::uuid[]) and basis <> $2`, [
			places.map((p) => p.caseId),
			basis
		]);
	await storeCaseSums(tx, basis, places, sums);
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
	const identity = (counts: number[], yearColumn: string) =>
		[
			['case_id', 'uuid', each(counts, (p) => p.caseId)],
			['case_version', 'int', each(counts, (p) => p.version)],
			['organisation_id', 'uuid', each(counts, (p) => p.organisationId)],
			[yearColumn, 'int', each(counts, (p) => p.year)]
		] as [string, string, unknown[]][];
	const b = sums.breakdowns;
	await insertColumns(
		tx,
		'case_results',
		[
			...identity(sums.breakdownCounts, 'year'),
			['case_code', 'text', each(sums.breakdownCounts, (p) => p.caseCode)],
			['part', 'text', b.part],
			['key', 'text', b.key],
			...measureArrays(b),
			['behind', 'numeric', b.behind]
		],
		basis
	);
	await insertColumns(
		tx,
		'case_result_years',
		[
			...identity(sums.yearCounts, 'portfolio_year'),
			['year', 'int', sums.years.year],
			...yearMeasureArrays(sums.years)
		],
		basis
	);
	const one = places.map(() => 1);
	await insertColumns(
		tx,
		'case_result_cases',
		[
			...identity(one, 'year'),
			['case_code', 'text', places.map((p) => p.caseCode)],
			['evidence_strong', 'numeric', sums.evidence.strong],
			['evidence_fair', 'numeric', sums.evidence.fair],
			['evidence_rough', 'numeric', sums.evidence.rough],
			['listed', 'text', sums.listed]
		],
		basis
	);
}

const OF_YEAR = `where organisation_id = $1 and year = $2 and basis = $3`;
/** The sums of a year on a basis: only a case's current version has any (storeCaseSums). */
const PRICED = `where r.organisation_id = $1 and r.year = $2 and r.basis = $3`;

/** How many of the year's saved cases have no sums on the basis yet, counted from the totals. */
export async function missingCount(
	db: Queryable,
	organisationId: string,
	year: number,
	basis: string
): Promise<number> {
	const [{ missing }] = (await db.query<{ missing: number }>(
		// a case keeps sums of its current version only, so the year's priced cases are counted
		// in its totals: the difference is what is missing, without looking at each case
		`select coalesce((select cases from year_cases where organisation_id = $1 and year = $2), 0)
		   - coalesce((select saved_cases
		   from year_result_cases where organisation_id = $1 and year = $2 and basis = $3), 0)
		   as missing`,
		[organisationId, year, basis]
	)) as [{ missing: number }];
	return missing;
}

type Row = Record<string, string>;

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
	const [totals] = await db.query<Row & { n: number; rows: number }>(
		`select saved_cases as n, case_rows as rows, households::text as h, evidence_strong::text as es,
		        evidence_fair::text as ef, evidence_rough::text as er
		 from year_result_cases ${OF_YEAR}`,
		params
	);
	if (!totals) return null;
	const breakdowns = await db.query<Row & { n: number }>(
		`select part, key, behind_cases as n, ${BREAKDOWN_TEXT} from year_results ${OF_YEAR}
		 order by part, key`,
		params
	);
	const years = await db.query<Row>(
		`select year, ${YEAR_TEXT} from year_result_years
		 where organisation_id = $1 and portfolio_year = $2 and basis = $3 order by year`,
		params
	);
	const behind = await db.query<Row>(
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
	totals: Row & { n: number; rows: number },
	breakdowns: (Row & { n: number })[],
	years: Row[],
	behindRows: Row[],
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
			value: dec(row.value)
		});
	}
	const marked = (kind: string) => marks.filter((m) => m.kind === kind);
	const forecastYears = marked('forecast');
	return {
		savedCases: totals.n,
		caseRows: totals.rows,
		households: dec(totals.h),
		breakdowns: breakdowns.map((row) => ({
			part: row.part as SumPart,
			key: row.key!,
			breakdown: breakdownOfRow(row)
		})),
		behind,
		years: years.map((row) => yearOfRow(Number(row.year), row)),
		evidence: { strong: dec(totals.es), fair: dec(totals.ef), rough: dec(totals.er) },
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

/** A case row as the page lists it: what a file needs besides is left out. */
const figureOf = ({ caseId: _c, financial: _f, transfers: _t, ...figure }: CaseRow): CaseFigure =>
	figure;

/**
 * The rows of a year's case list, largest net present value first, as the report lists them:
 * one page at a time.
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
	return rows.map(({ id, figure }) => figureOf({ ...readCaseRow(figure), savedCaseId: id }));
}

/** How many case rows a file reads at once: a year of 250,000 never sits in memory whole. */
export const ROWS_PER_PAGE = 2_000;

/**
 * Every case row of a year in the order its cases were priced (by case code, then the order of
 * the cases in a saved scenario), a page at a time, for the year's files.
 */
export async function* caseRowsInOrder(
	db: Queryable,
	organisationId: string,
	year: number,
	basis: string,
	perPage = ROWS_PER_PAGE
): AsyncGenerator<CaseRow[]> {
	let after: { code: string; position: number } | null = null;
	for (;;) {
		const rows: { id: string; figure: string; code: string; position: number }[] = await db.query(
			`select case_id as id, figure, case_code as code, position::int as position
			 from case_result_rows ${OF_YEAR}
			 ${after ? 'and (case_code, position) > ($4, $5)' : ''}
			 order by case_code, position limit ${Number(perPage)}`,
			after
				? [organisationId, year, basis, after.code, after.position]
				: [organisationId, year, basis]
		);
		if (rows.length === 0) return;
		yield rows.map(({ id, figure }) => ({ ...readCaseRow(figure), savedCaseId: id }));
		const last = rows.at(-1)!;
		after = { code: last.code, position: last.position };
		if (rows.length < perPage) return;
	}
}

/**
 * The basis the year was last priced on in full (the one with the most cases, should an earlier
 * re-pricing have been cut short) other than `basis`, and when its figures last changed.
 */
export async function lastCompleteBasis(
	db: Queryable,
	organisationId: string,
	year: number,
	basis: string
): Promise<{ basis: string; at: Date } | undefined> {
	const [last] = await db.query<{ basis: string; at: Date }>(
		`select basis, changed_at as at from year_result_cases
		 where organisation_id = $1 and year = $2 and basis <> $3
		 order by saved_cases desc, changed_at desc limit 1`,
		[organisationId, year, basis]
	);
	return last;
}

/** Once the year is complete on `basis`, the sums of earlier bases are of no more use. */
export async function dropOtherBases(
	db: Queryable,
	organisationId: string,
	year: number,
	basis: string
) {
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
