import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeScenario, D, type Dec, type ScenarioResult } from '../src/lib/engine';
import { parseScenario } from '../src/lib/calculate/calculate';

function run(name: string): ScenarioResult {
	const outcome = parseScenario(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
	return computeScenario(outcome.scenario);
}

const n = (value: number | string) => new D(value);
const product = (...factors: (number | string)[]) =>
	factors.reduce<Dec>((p, f) => p.times(f), n(1));
const cents = (value: Dec) => value.toFixed(2, D.ROUND_HALF_EVEN);

// CBS CPI yearly changes in % (83131NED), chained from a price year to 2024.
const CPI_CHANGE_PCT: Record<number, string> = {
	2012: '2.5',
	2013: '2.5',
	2014: '1.0',
	2015: '0.6',
	2016: '0.3',
	2017: '1.4',
	2018: '1.7',
	2019: '2.6',
	2020: '1.3',
	2021: '2.7',
	2022: '10.0',
	2023: '3.8',
	2024: '3.3'
};
const chainedTo2024 = (from: number) => {
	let factor = n(1);
	for (let year = from + 1; year <= 2024; year++)
		factor = factor.times(n(1).plus(n(CPI_CHANGE_PCT[year]!).dividedBy(100)));
	return factor;
};
const cpi = {
	2023: chainedTo2024(2023),
	2022: chainedTo2024(2022),
	2015: chainedTo2024(2015),
	2014: chainedTo2024(2014),
	2011: chainedTo2024(2011)
};
const year1 = n(1).dividedBy('1.0225'); // discount factor of year 1 at 2.25%
const year2 = year1.pow(2);
const year3 = year1.pow(3);

function line(result: ScenarioResult, id: string) {
	return result.lines.find((l) => l.id === id)!;
}

function expectTotals(result: ScenarioResult, costs: Dec, benefits: Dec) {
	expect(cents(result.total.societal.costs)).toBe(cents(costs));
	expect(cents(result.total.societal.benefits)).toBe(cents(benefits));
	expect(cents(result.total.societal.npv)).toBe(cents(benefits.minus(costs)));
}

describe('examples, checked by hand', () => {
	it('maatwerk-huurachterstand: €300 of arrears paid prevents an eviction chain', () => {
		const r = run('maatwerk-huurachterstand');
		const costs = n(300).plus(product(6, 64).times(cpi[2022])); // €300 paid + 6 h × €64 (2022)
		// eviction: €7,500 (2014) × p 0.4 × (1 − 30% optimism, grade 4)
		const eviction = product(7500, '0.4', '0.7').times(cpi[2014]);
		// shelter: 90 nights × €56.55 (2011) × (0.5 × 0.4 along the chain) × (1 − 30%)
		const shelter = product(90, '56.55', '0.5', '0.4', '0.7').times(cpi[2011]);
		// debt help in year 1: €8,121 (2022) × (0.6 × 0.4) × (1 − 20%, grade 3), discounted one year
		const debt = product(8121, '0.6', '0.4', '0.8').times(cpi[2022]).times(year1);
		// crisis in year 1: 14 days × €490 (2022) × (0.2 × 0.5 × 0.4) × (1 − 20%, grade 3), discounted
		const crisis = product(14, 490, '0.2', '0.5', '0.4', '0.8').times(cpi[2022]).times(year1);
		expect(cents(line(r, 'uitzetting').presentValue)).toBe(cents(eviction));
		expect(cents(line(r, 'crisisopname').presentValue)).toBe(cents(crisis));
		expectTotals(r, costs, eviction.plus(shelter).plus(debt).plus(crisis));
		expect(cents(r.total.societal.npv)).toBe('4895.07');
		expect(cents(r.byPayer.woningcorporatie!.societal.benefits)).toBe(cents(eviction));
	});

	it('individueel-naar-groep: eight clients from individual support to a group', () => {
		const r = run('individueel-naar-groep');
		const twoYears = n(1).plus(year1);
		// 320 half-days × €35.76 (2023) + 120 h × €64 (2022), in years 0 and 1
		const costs = product(320, '35.76')
			.times(cpi[2023])
			.plus(product(120, 64).times(cpi[2022]))
			.times(twoYears);
		// 640 h × €55.80 (2023) × p 1 × (1 − 10% optimism, grade 2), in years 0 and 1
		const benefits = product(640, '55.80', '0.9').times(cpi[2023]).times(twoYears);
		expectTotals(r, costs, benefits);
		expect(cents(r.total.societal.npv)).toBe('26002.15');
	});

	it('ggz-naar-buurtteam: specialist mental-health care replaced by neighbourhood social work', () => {
		const r = run('ggz-naar-buurtteam');
		const costs = product(25, 12, 64).times(cpi[2022]); // 25 households × 12 h × €64 (2022)
		// 25 × 20 contacts × €134 (2022) × p 0.7 × (1 − 20% attribution) × (1 − 10% optimism),
		// year 0 in full and year 1 at half (drop-off 50%), discounted
		const benefits = product(25, 20, 134, '0.7', '0.8', '0.9')
			.times(cpi[2022])
			.times(n(1).plus(year1.times('0.5')));
		expectTotals(r, costs, benefits);
		expect(line(r, 'huisartsconsulten')).toMatchObject({
			counted: false,
			excludedBecause: 'overlap',
			overlapKeptId: 'ggz-contacten'
		});
		expect(cents(r.total.societal.bcr!)).toBe('2.62');
	});

	it('schuldenspiraal-boetes: a fine spiralling into debt, told as two timelines', () => {
		const r = run('schuldenspiraal-boetes');
		const costs = product(8, 64).times(cpi[2022]);
		// surcharges are transfers: €240 × 0.5 × 0.9 + €240 × 1 × (0.7 × 0.9) = €108 + €151.20
		expect(cents(r.total.transfers)).toBe('259.20');
		// energy: €116 × 0.3 × (1 − 20%) for disconnection and again for reconnection (chain p 1 × 0.3)
		const energy = product(2, 116, '0.3', '0.8');
		// debt help from month 14 (year 1): €8,121 (2022) × 0.5 × (1 − 20%, grade 3), discounted one year
		const debt = product(8121, '0.5', '0.8').times(cpi[2022]).times(year1);
		// protective administration, years 1–3: €715 (2024) × (0.4 × 0.5) × (1 − 10%)
		const bewind = product(715, '0.4', '0.5', '0.9').times(year1.plus(year2).plus(year3));
		expectTotals(r, costs, energy.plus(debt).plus(bewind));
		// the household's energy costs are societal, not a public budget
		expect(cents(r.total.financial.benefits)).toBe(cents(debt.plus(bewind)));
	});

	it('jeugd-uithuisplaatsing: intensive home support instead of a placement', () => {
		const r = run('jeugd-uithuisplaatsing');
		// 12 families × (€7,024 (2023) + 40 h × €64 (2022))
		const costs = n(12).times(n(7024).times(cpi[2023]).plus(product(40, 64).times(cpi[2022])));
		// 12 × €40,000 (2014) × (0.35 − 0.05) × (1 − 20% attribution) × (1 − 40%, grade 5), years 0 and 1
		const benefits = product(12, 40000, '0.30', '0.8', '0.6')
			.times(cpi[2014])
			.times(n(1).plus(year1));
		expectTotals(r, costs, benefits);
		expect(r.payback.societal).toBe(1);
	});
});
