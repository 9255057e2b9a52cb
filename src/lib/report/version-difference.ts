import { D, type Breakdown, type Dec, type Domain, type Payer, type PayerGroup } from '../engine';
import type { Listed, PortfolioReport } from '../portfolio/types';
import { payerRows } from '../explain/payer-rows';

/** A saved case as a version of a report counted it. */
export interface CountedCase {
	savedCaseId: string;
	caseCode: string;
	version: number;
	times: number;
}

/** One side of a comparison: a version (or the concept) with the cases it counted. */
export interface ReportSide {
	report: Pick<Listed<PortfolioReport>, 'summary' | 'cases' | 'households' | 'savedCases'>;
	cases: readonly CountedCase[];
}

/** A figure before and after; null where the earlier or later side does not have it. */
export interface Change {
	before: Dec | null;
	after: Dec | null;
	difference: Dec;
}

export interface CaseChange {
	savedCaseId: string;
	caseCode: string;
	/** The net societal value of the case in each side, all its households. */
	societal: Change;
	versions: { before: number | null; after: number | null };
	times: { before: number | null; after: number | null };
}

export interface VersionDifference {
	societal: Change;
	financial: Change;
	households: Change;
	/** Net for each payer's budget (financial), the municipality's and the state's total first. */
	byPayer: { key: Payer | PayerGroup; level: 'group' | 'part' | 'alone'; change: Change }[];
	/** Net societal value per domain. */
	byDomain: { key: Domain; change: Change }[];
	added: CaseChange[];
	removed: CaseChange[];
	changed: CaseChange[];
}

function change(before: Dec | null | undefined, after: Dec | null | undefined): Change {
	const a = before ?? null;
	const b = after ?? null;
	return { before: a, after: b, difference: (b ?? new D(0)).minus(a ?? new D(0)) };
}

/** Net societal value per saved case: one saved case may hold several households' cases. */
function societalBySavedCase(report: ReportSide['report']): Map<string, Dec> {
	const sums = new Map<string, Dec>();
	for (const c of report.cases)
		sums.set(c.savedCaseId, (sums.get(c.savedCaseId) ?? new D(0)).plus(c.societal.npv));
	return sums;
}

function caseChanges(older: ReportSide, newer: ReportSide) {
	const before = new Map(older.cases.map((c) => [c.savedCaseId, c]));
	const after = new Map(newer.cases.map((c) => [c.savedCaseId, c]));
	const valueBefore = societalBySavedCase(older.report);
	const valueAfter = societalBySavedCase(newer.report);
	const entry = (id: string): CaseChange => {
		const a = before.get(id);
		const b = after.get(id);
		return {
			savedCaseId: id,
			caseCode: (b ?? a)!.caseCode,
			societal: change(a && valueBefore.get(id), b && valueAfter.get(id)),
			versions: { before: a?.version ?? null, after: b?.version ?? null },
			times: { before: a?.times ?? null, after: b?.times ?? null }
		};
	};
	const byCode = (x: CaseChange, y: CaseChange) => x.caseCode.localeCompare(y.caseCode);
	const ids = [...new Set([...before.keys(), ...after.keys()])];
	return {
		added: ids
			.filter((id) => !before.has(id))
			.map(entry)
			.sort(byCode),
		removed: ids
			.filter((id) => !after.has(id))
			.map(entry)
			.sort(byCode),
		changed: ids
			.filter((id) => {
				const a = before.get(id);
				const b = after.get(id);
				return a && b && (a.version !== b.version || a.times !== b.times);
			})
			.map(entry)
			// a case may be saved again with the same figures, say with new notes: that is no change
			.filter((c) => !c.societal.difference.isZero() || c.times.before !== c.times.after)
			.sort(byCode)
	};
}

/**
 * What changed between two versions of a year report: the totals, each payer's budget and each
 * domain, and the cases added, removed or changed. Exact: each difference is after − before.
 */
export function versionDifference(older: ReportSide, newer: ReportSide): VersionDifference {
	const a = older.report.summary;
	const b = newer.report.summary;
	// the payers of either side, in the order of the newer, with the rows only the older has after
	const rows = payerRows(
		{
			byPayer: { ...a.byPayer, ...b.byPayer },
			byPayerGroup: { ...a.byPayerGroup, ...b.byPayerGroup }
		},
		(breakdown: Breakdown) => breakdown.financial.npv.abs()
	);
	const domains = [
		...new Set([...Object.keys(b.byDomain), ...Object.keys(a.byDomain)])
	] as Domain[];
	return {
		societal: change(a.total.societal.npv, b.total.societal.npv),
		financial: change(a.total.financial.npv, b.total.financial.npv),
		households: change(older.report.households, newer.report.households),
		byPayer: rows.map(({ key, level }) => {
			const pick = (s: typeof a) =>
				(level === 'group' ? s.byPayerGroup[key as PayerGroup] : s.byPayer[key as Payer])?.financial
					.npv;
			return { key, level, change: change(pick(a), pick(b)) };
		}),
		byDomain: domains.map((key) => ({
			key,
			change: change(a.byDomain[key]?.societal.npv, b.byDomain[key]?.societal.npv)
		})),
		...caseChanges(older, newer)
	};
}

/** A difference with its case lists cut to the largest changes: a page, not every case. */
export interface ShortDifference extends VersionDifference {
	counts: { added: number; removed: number; changed: number };
}

const CASES_SHOWN = 25;

export function shortDifference(full: VersionDifference, shown = CASES_SHOWN): ShortDifference {
	const largest = (list: CaseChange[]) =>
		[...list]
			.sort((a, b) => b.societal.difference.abs().comparedTo(a.societal.difference.abs()))
			.slice(0, shown);
	return {
		...full,
		added: largest(full.added),
		removed: largest(full.removed),
		changed: largest(full.changed),
		counts: { added: full.added.length, removed: full.removed.length, changed: full.changed.length }
	};
}

/** Whether nothing at all moved: every total, payer, domain and case the same. */
export function unchanged(difference: VersionDifference): boolean {
	const rows = [
		difference.societal,
		difference.financial,
		difference.households,
		...difference.byPayer.map((r) => r.change),
		...difference.byDomain.map((r) => r.change),
		...[...difference.added, ...difference.removed, ...difference.changed].map((c) => c.societal)
	];
	return rows.every((c) => c.difference.isZero() && (c.before === null) === (c.after === null));
}
