import { D, type Assumptions, type Dec } from '../../engine';
import type { CaseSums } from '../../portfolio/case-sums';
import {
	breakdownOfMeasures,
	fromText,
	measureValue,
	MEASURES,
	YEAR_MEASURES,
	yearOfMeasures,
	type MeasureName,
	type YearMeasureName
} from '../../portfolio/measures';
import type { CaseRow } from '../../portfolio/types';

/**
 * How a case's sums are kept in the database (migrations 4 and 5): one column per measure of
 * portfolio/measures.ts, named after it (societalCosts is societal_costs), read back under its
 * own name. Everything that writes or reads the sums' tables takes its column lists from here.
 */

/** A measure's column: its name in snake case. */
export const columnOf = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export const BREAKDOWN_COLUMNS = MEASURES.map((m) => columnOf(m.name));
export const YEAR_COLUMNS = YEAR_MEASURES.map((m) => columnOf(m.name));

/** `societal_costs::text as "societalCosts", …`: the measures as exact text, by name. */
const asText = (names: readonly string[], table = '') =>
	names.map((name) => `${table}${columnOf(name)}::text as "${name}"`).join(', ');
export const BREAKDOWN_TEXT = asText(MEASURES.map((m) => m.name));
export const YEAR_TEXT = asText(YEAR_MEASURES.map((m) => m.name));

/** The breakdowns' measures as arrays to insert, one per column. */
export const measureArrays = (b: SumColumns['breakdowns']) =>
	MEASURES.map((m): [string, string, unknown[]] => [columnOf(m.name), 'numeric', b[m.name]]);

/** The years' measures as arrays to insert, one per column. */
export const yearMeasureArrays = (y: SumColumns['years']) =>
	YEAR_MEASURES.map((m): [string, string, unknown[]] => [columnOf(m.name), 'numeric', y[m.name]]);

/** A breakdown as read back with BREAKDOWN_TEXT. */
export const breakdownOfRow = (row: Readonly<Record<string, unknown>>) =>
	breakdownOfMeasures((name) => fromText(row[name]));

/** A year as read back with YEAR_TEXT. */
export const yearOfRow = (year: number, row: Readonly<Record<string, unknown>>) =>
	yearOfMeasures(year, (name) => fromText(row[name]));

/**
 * Cases' sums as columns of exact decimal text, one array per database column, in case order:
 * what a worker hands back for storing, without a decimal to revive on the way.
 */
export interface SumColumns {
	/** How many breakdown rows and year rows each case has, in order. */
	breakdownCounts: number[];
	yearCounts: number[];
	breakdowns: { part: string[]; key: string[]; behind: (string | null)[] } & Record<
		MeasureName,
		string[]
	>;
	years: { year: number[] } & Record<YearMeasureName, string[]>;
	evidence: Record<'strong' | 'fair' | 'rough', string[]>;
	/** Per case, as JSON (listedText): what is listed rather than added (households, sources, provenance). */
	listed: string[];
}

const emptyOf = <N extends string>(names: readonly N[]) =>
	Object.fromEntries(names.map((name) => [name, [] as string[]])) as Record<N, string[]>;

export function sumColumns(list: readonly CaseSums[]): SumColumns {
	const s = (value: Dec) => value.toString();
	const b: SumColumns['breakdowns'] = {
		part: [],
		key: [],
		behind: [],
		...emptyOf(MEASURES.map((m) => m.name))
	};
	const y: SumColumns['years'] = { year: [], ...emptyOf(YEAR_MEASURES.map((m) => m.name)) };
	const evidence: SumColumns['evidence'] = { strong: [], fair: [], rough: [] };
	for (const sums of list) {
		for (const { part, key, breakdown, behind } of sums.breakdowns) {
			b.part.push(part);
			b.key.push(key);
			b.behind.push(behind === null ? null : s(behind));
			for (const m of MEASURES) b[m.name].push(s(measureValue(breakdown, m)));
		}
		for (const year of sums.years) {
			y.year.push(year.year);
			for (const m of YEAR_MEASURES) y[m.name].push(s(year[m.view][m.of]));
		}
		for (const k of ['strong', 'fair', 'rough'] as const) evidence[k].push(s(sums.evidence[k]));
	}
	return {
		breakdownCounts: list.map((c) => c.breakdowns.length),
		yearCounts: list.map((c) => c.years.length),
		breakdowns: b,
		years: y,
		evidence,
		listed: list.map(({ cases, sources, provenance, assumptions }) =>
			listedText({
				cases: cases.map(({ savedCaseId: _id, ...rest }) => rest),
				sources,
				provenance,
				assumptions
			})
		)
	};
}

/** The columns of some of the cases only, by their places in the columns. */
export function onlyCases(sums: SumColumns, keep: number[]): SumColumns {
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

/** What is listed of a case rather than added; which saved case it is comes from where it is kept. */
export type ListedSums = Pick<CaseSums, 'sources' | 'provenance' | 'assumptions'> & {
	cases: Omit<CaseRow, 'savedCaseId'>[];
};

/**
 * What is listed of a case as JSON, decimals as their exact text: read back 5,000 at a time
 * when a year is added up, where JSON.parse is several times faster than a general format.
 * The database reads its case rows out of it as well (migration 5, case_result_rows).
 */
export const listedText = (listed: ListedSums): string => JSON.stringify(listed);

const revived = (value: unknown) => new D(value as string);
const revivedTotals = (t: CaseRow['societal']) => ({
	costs: revived(t.costs),
	benefits: revived(t.benefits),
	npv: revived(t.npv),
	bcr: t.bcr === null ? null : revived(t.bcr)
});

/** One row of a case list as listed, each decimal a decimal again. */
function revivedRow(c: ListedSums['cases'][number]): ListedSums['cases'][number] {
	return {
		...c,
		count: revived(c.count),
		households: revived(c.households),
		societal: revivedTotals(c.societal),
		financial: revivedTotals(c.financial),
		financialNpv: revived(c.financialNpv),
		transfers: revived(c.transfers)
	};
}

/** A row of a case list from its JSON (as listedText wrote it, one element of its cases). */
export const readCaseRow = (text: string) =>
	revivedRow(JSON.parse(text) as ListedSums['cases'][number]);

/** The same back, each decimal a decimal again. */
export function readListed(text: string): ListedSums {
	const read = JSON.parse(text) as ListedSums;
	const { assumptions } = read;
	const table = assumptions.optimism.table.map(
		revived
	) as unknown as Assumptions['optimism']['table'];
	return {
		...read,
		cases: read.cases.map(revivedRow),
		assumptions: {
			...assumptions,
			discountRate: revived(assumptions.discountRate),
			optimism: { ...assumptions.optimism, table }
		}
	};
}
