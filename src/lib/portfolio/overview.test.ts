import { describe, expect, it } from 'vitest';
import { exampleRow, sharedYear } from '$test/shared-year';
import { D, type Dec } from '../engine';
import { funderOverview, sumReports } from './overview';

const row = exampleRow;
const shared = sharedYear;

const WIJK = shared('Wijkteam Zuid', 2026, [
	row('Z-1', 'maatwerk-huurachterstand', 12),
	row('Z-2', 'ggz-crisis-voorkomen', 3)
]);
const BUURT = shared('Buurtwerk Noord', 2026, [
	row('N-1', 'uitkering-met-een-telefoontje', 7),
	row('N-2', 'jeugd-uithuisplaatsing', 1)
]);
const EARLIER = shared('Buurtwerk Noord', 2025, [row('N-0', 'energie-afsluiting-voorkomen', 4)]);
const ALL = [WIJK, BUURT, EARLIER];

describe('a funder’s overview of a year', () => {
	const overview = funderOverview(2026, ALL);

	it('lists the year’s providers side by side, in alphabetical order', () => {
		expect(overview.providers.map((p) => p.providerName)).toEqual([
			'Buurtwerk Noord',
			'Wijkteam Zuid'
		]);
	});

	it('adds every figure exactly: the total, each payer, each public body and each domain', () => {
		const { sums } = overview.combined;
		const both = [WIJK.report.summary, BUURT.report.summary];
		const add = (pick: (s: (typeof both)[number]) => Dec | undefined) =>
			both.reduce((total, s) => total.plus(pick(s) ?? 0), new D(0)).toString();
		expect(sums.total.societal.npv.toString()).toBe(add((s) => s.total.societal.npv));
		expect(sums.total.financial.costs.toString()).toBe(add((s) => s.total.financial.costs));
		expect(sums.byPayerGroup.gemeente!.financial.npv.toString()).toBe(
			add((s) => s.byPayerGroup.gemeente?.financial.npv)
		);
		for (const payer of Object.keys(sums.byPayer) as (keyof typeof sums.byPayer)[])
			expect(sums.byPayer[payer]!.societal.benefits.toString()).toBe(
				add((s) => s.byPayer[payer]?.societal.benefits)
			);
		for (const domain of overview.domains)
			expect(sums.byDomain[domain]!.societal.npv.toString()).toBe(
				add((s) => s.byDomain[domain]?.societal.npv)
			);
	});

	it('takes a ratio from the sums, never adds ratios', () => {
		const { societal } = overview.combined.sums.total;
		expect(societal.bcr!.toString()).toBe(societal.benefits.dividedBy(societal.costs).toString());
		const added = WIJK.report.summary.total.societal.bcr!.plus(
			BUURT.report.summary.total.societal.bcr!
		);
		expect(societal.bcr!.equals(added)).toBe(false);
	});

	it('gives the net value per household, for each provider and together', () => {
		const [buurt] = overview.providers;
		expect(buurt!.perHousehold!.toString()).toBe(
			BUURT.report.summary.total.societal.npv.dividedBy(BUURT.report.households).toString()
		);
		expect(overview.combined.households.toString()).toBe(
			WIJK.report.households.plus(BUURT.report.households).toString()
		);
	});

	it('follows the years, each the sum of that year’s reports', () => {
		expect(overview.trend.map((t) => [t.year, t.providers])).toEqual([
			[2025, 1],
			[2026, 2]
		]);
		expect(overview.trend[0]!.societal.npv.toString()).toBe(
			EARLIER.report.summary.total.societal.npv.toString()
		);
	});

	it('warns when the reports were computed with different assumptions', () => {
		expect(overview.assumptionsDiffer).toBe(false);
		const other = {
			...BUURT,
			report: {
				...BUURT.report,
				summary: {
					...BUURT.report.summary,
					assumptions: { ...BUURT.report.summary.assumptions, horizonYears: 10 }
				}
			}
		};
		expect(funderOverview(2026, [WIJK, other]).assumptionsDiffer).toBe(true);
	});

	it('sums nothing to zero', () => {
		expect(sumReports([]).total.societal.npv.isZero()).toBe(true);
	});
});
