import { describe, expect, it } from 'vitest';
import { computeScenario, D, type Breakdown, type Payer } from '../engine';
import { aCase, cost, effect, scenario } from '$test/builders';
import { payerRows } from './payer-rows';

const net = (b: Breakdown) => b.societal.npv;

describe('payer rows', () => {
	it("puts the municipality's total above its budgets, and the other payers beside it by net", () => {
		const result = computeScenario(
			scenario([
				aCase('a', {
					costs: [cost('gesprek', 'hour', 10)],
					effects: [
						effect('uitzetting', 'eviction', 1, '0.5'),
						effect('bijstand', 'benefit-month', 6, '0.5')
					]
				})
			])
		);
		const rows = payerRows(result, net);
		expect(rows.map((r) => `${r.level}:${r.key}`)).toEqual([
			'alone:woningcorporatie',
			'group:gemeente',
			'part:gemeente-participatie',
			'part:gemeente-wmo'
		]);
		const parts = rows.filter((r) => r.level === 'part').map((r) => r.breakdown.societal.npv);
		expect(rows[1]!.breakdown.societal.npv.toFixed(20)).toBe(
			parts.reduce((a, b) => a.plus(b), new D(0)).toFixed(20)
		);
	});

	it('lists a payer without a group once, and never a group without its parts', () => {
		const result = computeScenario(
			scenario([aCase('a', { costs: [], effects: [effect('uitzetting', 'eviction', 1, '0.5')] })])
		);
		expect(payerRows(result, net).map((r) => r.key)).toEqual(['woningcorporatie' as Payer]);
	});
});
