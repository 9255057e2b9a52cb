import { describe, expect, it } from 'vitest';
import { exampleRows } from '$test/example-rows';
import type { Breakdown, Dec } from '../engine';
import { addCaseSums, caseSums, manyCaseSums, summaryOfSums } from './case-sums';
import { summarise } from './portfolio';
import type { CaseFigure, YearSummary } from './types';

const ROWS = exampleRows(
	(i) => 1 + (i % 4),
	(i) => `saved-${i}`
);

const cents = (value: Dec | null) => (value === null ? null : value.toFixed(2));
const ratio = (value: Dec | null) => (value === null ? null : value.toFixed(6));
const shown = (b: Breakdown | undefined) =>
	b && {
		societal: [cents(b.societal.costs), cents(b.societal.benefits), cents(b.societal.npv)],
		bcr: ratio(b.societal.bcr),
		financial: [cents(b.financial.costs), cents(b.financial.benefits), cents(b.financial.npv)],
		transfers: cents(b.transfers)
	};

/** Everything a report shows of a year, rounded as it shows it. */
function asShown(s: YearSummary) {
	const r = s.summary;
	const each = (slices: Partial<Record<string, Breakdown>>) =>
		Object.fromEntries(
			Object.entries(slices)
				.map(([k, b]) => [k, shown(b)] as const)
				.sort(([a], [b]) => a.localeCompare(b))
		);
	return {
		savedCases: s.savedCases,
		households: cents(s.households),
		total: shown(r.total),
		maximum: shown(s.maximum),
		byPayer: each(r.byPayer),
		byPayerGroup: each(r.byPayerGroup),
		byDomain: each(r.byDomain),
		byValueType: each(r.byValueType),
		byYear: r.byYear.map((y) => [
			y.year,
			ratio(y.discountFactor),
			cents(y.societal.presentNet),
			cents(y.societal.cumulativePresentNet),
			cents(y.financial.cumulativePresentNet)
		]),
		payback: r.payback,
		caseRows: s.caseRows,
		behind: Object.fromEntries(
			Object.entries(s.behind)
				.map(([k, b]) => [k, [b.count, b.top.map((t) => [t.caseCode, cents(t.value)])]] as const)
				.sort(([a], [b]) => a.localeCompare(b))
		),
		evidence: [cents(s.evidence.strong), cents(s.evidence.fair), cents(s.evidence.rough)],
		sources: s.sources.map((x) => x.unitCostId).sort(),
		overridden: [...r.provenance.overriddenUnitCosts].sort()
	};
}

describe('a year as the sum of its saved cases', () => {
	const priced = summarise(2026, ROWS, []);
	const summed = summaryOfSums(
		2026,
		addCaseSums(
			ROWS.map((row) => ({ savedCaseId: row.id, caseCode: row.caseCode, sums: caseSums(row, []) }))
		)!
	);

	it('gives every figure the whole year priced at once gives, to the cent', () => {
		expect(asShown(summed)).toEqual(asShown(priced));
	});

	it('keeps the exact totals, not only the rounded ones', () => {
		const difference = summed.summary.total.societal.npv.minus(priced.summary.total.societal.npv);
		expect(difference.abs().lt('1e-20')).toBe(true);
	});

	it('names each saved case once behind a figure, however many households types it holds', () => {
		for (const behind of Object.values(summed.behind)) {
			const codes = behind.top.map((t) => t.caseCode);
			expect(new Set(codes).size).toBe(codes.length);
		}
	});

	it('lists each case’s households as the whole year lists them, largest first', () => {
		const rows = ROWS.flatMap((row) => caseSums(row, []).cases).sort((a, b) =>
			b.societal.npv.comparedTo(a.societal.npv)
		);
		const listed = (c: Omit<CaseFigure, 'savedCaseId'>) => [
			c.caseCode,
			c.label,
			cents(c.households),
			cents(c.societal.npv)
		];
		expect(rows.map(listed)).toEqual(priced.cases.map(listed));
	});

	it('keeps beside the realistic total the maximum without corrections: the same costs, more avoided', () => {
		const { total } = summed.summary;
		expect(summed.maximum!.societal.costs.toFixed(2)).toBe(total.societal.costs.toFixed(2));
		expect(summed.maximum!.societal.benefits.gt(total.societal.benefits)).toBe(true);
	});

	it('is nothing for a year without cases', () => {
		expect(addCaseSums([])).toBeNull();
	});
});

describe('many saved cases priced in one pass', () => {
	it('gives each the sums it has priced alone', () => {
		const alone = ROWS.map((row) => caseSums(row, []));
		const together = manyCaseSums(ROWS, []);
		const figures = (s: (typeof alone)[number]) => ({
			breakdowns: s.breakdowns.map((b) => [
				b.part,
				b.key,
				b.breakdown.societal.npv.toString(),
				b.behind?.toString()
			]),
			years: s.years.map((y) => [
				y.year,
				y.societal.presentNet.toString(),
				y.financial.net.toString()
			]),
			evidence: [s.evidence.strong.toString(), s.evidence.fair.toString()],
			cases: s.cases.map((c) => [c.savedCaseId, c.label, c.households.toString()]),
			sources: s.sources.map((x) => x.unitCostId)
		});
		expect(together.map(figures)).toEqual(alone.map(figures));
	});
});
