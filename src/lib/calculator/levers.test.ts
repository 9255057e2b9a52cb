import { describe, expect, it } from 'vitest';
import { pattern } from './patterns';
import { computeScenario } from '../engine';
import { parseScenario } from '../calculate/calculate';
import type { ScenarioInput } from '../schemas/scenario';
import { applyLever } from './levers';

const compute = (scenario: ScenarioInput) => {
	const outcome = parseScenario(scenario);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
	return computeScenario(outcome.scenario).total.societal;
};

describe('levers', () => {
	it('scales the count of a case type, and every total with it', () => {
		const base = pattern('maatwerk');
		const variant = applyLever(base, {
			kind: 'scale-count',
			caseId: 'huurachterstand',
			factor: '40'
		});
		expect(compute(variant).npv.toFixed(8)).toBe(compute(base).npv.times(40).toFixed(8));
	});

	it('doubles the flexible budget: twice the households helped, each as the ones helped now', () => {
		const base = pattern('maatwerk');
		const variant = applyLever(base, { kind: 'flexible-budget', factor: '2' });
		expect(compute(variant).costs.toFixed(10)).toBe(compute(base).costs.times(2).toFixed(10));
		expect(compute(variant).benefits.toFixed(10)).toBe(compute(base).benefits.times(2).toFixed(10));
	});

	it('leaves a case without flexible budget as it is', () => {
		const base = pattern('care-to-social-work');
		const variant = applyLever(base, { kind: 'flexible-budget', factor: '3' });
		expect(compute(variant).costs.eq(compute(base).costs)).toBe(true);
	});

	it('shifts a share of one provision to another, at a chosen rate per unit', () => {
		const base = pattern('care-to-social-work');
		const variant = applyLever(base, {
			kind: 'shift',
			from: 'sociaalwerk.uur',
			to: 'zorg.begeleiding-groep-dagdeel',
			share: '0.5',
			perUnit: '0.25'
		});
		const events = variant.cases[0]!.timelines!.intervention!;
		expect(events.map((e) => [e.unitCostId, e.quantity])).toEqual([
			['sociaalwerk.uur', '6'],
			['zorg.begeleiding-groep-dagdeel', '1.5']
		]);
		expect(compute(variant).costs.lt(compute(base).costs)).toBe(true);
	});

	it('changes the discount rate', () => {
		const variant = applyLever(pattern('care-to-social-work'), { kind: 'discount-rate', pct: '0' });
		expect(variant.assumptions.discountRatePct).toBe('0');
		expect(compute(variant).benefits.gt(compute(pattern('care-to-social-work')).benefits)).toBe(
			true
		);
	});

	it('leaves the scenario it started from unchanged', () => {
		const base = pattern('maatwerk');
		const before = JSON.stringify(base);
		applyLever(base, { kind: 'flexible-budget', factor: '3' });
		expect(JSON.stringify(base)).toBe(before);
	});
});
