import { describe, expect, it } from 'vitest';
import { pattern } from './patterns';
import { computeScenario } from '../engine';
import { parseScenario } from '../schemas/parse';
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

	it('doubles the flexible budget: only the payment changes', () => {
		const base = pattern('maatwerk');
		const variant = applyLever(base, { kind: 'flexible-budget', factor: '2' });
		// €300 more paid, nothing else moves
		expect(compute(variant).costs.minus(compute(base).costs).toFixed(2)).toBe('300.00');
		expect(compute(variant).benefits.eq(compute(base).benefits)).toBe(true);
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
