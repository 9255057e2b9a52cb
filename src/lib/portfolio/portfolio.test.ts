import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { D } from '../engine';
import { calculate } from '../calculate/calculate';
import type { ScenarioInput } from '../schemas/scenario';
import { PORTFOLIO_ASSUMPTIONS, portfolioScenario, summarise } from './portfolio';
import type { PortfolioRow } from './types';

const example = (name: string): ScenarioInput =>
	JSON.parse(readFileSync(`examples/${name}.json`, 'utf8'));

const row = (id: string, caseCode: string, name: string, times: number): PortfolioRow => ({
	id,
	caseCode,
	times,
	scenario: example(name)
});

/** One example alone, on the portfolio's assumptions, counted `times`. */
function alone(name: string, times: number) {
	const outcome = calculate({ ...example(name), assumptions: { ...PORTFOLIO_ASSUMPTIONS } });
	if (!outcome.ok) throw new Error('example does not validate');
	return outcome.result.total.societal.npv.times(times);
}

describe('a year portfolio, assembled without a database', () => {
	const rows = [
		row('a', 'HUUR-1', 'maatwerk-huurachterstand', 40),
		row('b', 'ENERGIE-1', 'energie-afsluiting-voorkomen', 1)
	];

	it('makes one scenario of the saved cases, each case counted its households × its times', () => {
		const { scenario, origin } = portfolioScenario(rows, 'Portfolio 2026');
		expect(scenario.assumptions).toEqual(PORTFOLIO_ASSUMPTIONS);
		expect(scenario.cases.map((c) => [c.id, c.label, c.count])).toEqual([
			['huur-1.0', 'HUUR-1: Huurachterstand €300', '40'],
			['energie-1.0', 'ENERGIE-1: Gezin met energieschuld', '1']
		]);
		expect(origin.get('huur-1.0')).toMatchObject({
			savedCaseId: 'a',
			caseCode: 'HUUR-1',
			times: 40
		});
		expect(origin.get('huur-1.0')!.count.toString()).toBe('1');
	});

	it('sums to the cases alone, lists the cases by net value and the sources used', () => {
		const year = summarise(2026, rows, []);
		const expected = alone('maatwerk-huurachterstand', 40).plus(
			alone('energie-afsluiting-voorkomen', 1)
		);
		expect(year.summary.total.societal.npv.toFixed(6)).toBe(expected.toFixed(6));
		expect(year.households.toString()).toBe('41');
		expect(year.savedCases).toBe(2);
		expect(year.cases.map((c) => c.caseCode)).toEqual(['HUUR-1', 'ENERGIE-1']);
		expect(year.sources.map((s) => s.unitCostId)).toContain('wonen.huisuitzetting');
	});

	it('keeps the report small: no lines, no per-case results, no line ids in the summary', () => {
		const { summary } = summarise(2026, rows, []);
		expect(summary.lines).toEqual([]);
		expect(summary.byCase).toEqual([]);
		expect(summary.total.lineIds).toEqual([]);
		expect(Object.values(summary.byPayer).every((b) => b!.lineIds.length === 0)).toBe(true);
	});

	it('names the cases behind each figure, largest contribution first, and what they add up to', () => {
		const { behind, summary } = summarise(2026, rows, []);
		expect(behind.total!.count).toBe(2);
		expect(behind.total!.top.map((c) => c.caseCode)).toEqual(['HUUR-1', 'ENERGIE-1']);
		const sum = behind.total!.top.reduce((total, c) => total.plus(c.value), new D(0));
		expect(sum.toFixed(6)).toBe(
			summary.total.societal.npv.plus(summary.total.transfers).toFixed(6)
		);
		expect(behind['payer:woningcorporatie']!.top.map((c) => c.caseCode)).toContain('HUUR-1');
	});
});
