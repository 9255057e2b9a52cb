import { describe, expect, it } from 'vitest';
import { example } from '$test/world';
import { simulate } from '../engine';
import { calculate, parseScenario } from '../calculate/calculate';
import type { ScenarioInput } from '../schemas/scenario';
import { measuredUses, withMeasuredChances, type MeasuredChance } from './measured';

const arrears = (): ScenarioInput => JSON.parse(example('maatwerk-huurachterstand'));
const EVICTION: MeasuredChance = {
	unitCostId: 'wonen.huisuitzetting',
	probability: 'with',
	value: '0.0581',
	alpha: 2.5,
	beta: 40.5,
	grade: 2,
	provenance: 'eigen nameting 2026, n = 32'
};
const SHELTER = { ...EVICTION, unitCostId: 'wonen.nachtopvang-nacht', value: '0.1' };

describe('a measured chance in a case', () => {
	it('applies to an event that stands on its own, never to one down a chain', () => {
		expect(measuredUses(arrears(), [EVICTION, SHELTER])).toEqual([
			{
				input: 'effect:huurachterstand/uitzetting:probabilityWith',
				probability: 'with',
				label: 'Huisuitzetting',
				unitCostId: 'wonen.huisuitzetting',
				from: '0',
				to: '0.0581',
				provenance: 'eigen nameting 2026, n = 32'
			}
		]);
	});

	it('sets P′ and the grade the evidence earns, and lowers what is avoided by (P − P′) / P', () => {
		const before = calculate(arrears());
		const after = calculate(withMeasuredChances(arrears(), [EVICTION]));
		if (!before.ok || !after.ok) throw new Error('does not compute');
		const line = (r: typeof before) => r.result.lines.find((l) => l.id === 'uitzetting')!;
		expect(line(after).grade).toBe(Math.max(2, line(before).unitCost.grade));
		// no optimism correction at grade 2 or better, so the ratio is the probabilities' alone
		const ratio = line(after).presentValue.dividedBy(line(before).presentValue);
		expect(ratio.toFixed(10)).toBe('0.8547500000');
	});

	it('carries the posterior as the chance’s distribution, so the Monte Carlo draws from it', () => {
		const measured = withMeasuredChances(arrears(), [EVICTION]);
		expect(measured.uncertainty).toEqual([
			{
				input: 'effect:huurachterstand/uitzetting:probabilityWith',
				distribution: { kind: 'beta', alpha: 2.5, beta: 40.5 }
			}
		]);
		const parsed = parseScenario(measured);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
		const run = simulate(parsed.scenario, parsed.scenario.uncertainty ?? [], {
			draws: 2000,
			seed: 3
		})!;
		expect(run.npv.p5).toBeLessThan(run.npv.p95);
	});

	it('sets P, the chance without help, from a comparison group, with its own posterior', () => {
		const without: MeasuredChance = {
			...EVICTION,
			probability: 'without',
			value: '0.3',
			alpha: 12.5,
			beta: 29.5,
			grade: 3,
			provenance: 'eigen vergelijkingsgroep 2026, n = 32'
		};
		const measured = withMeasuredChances(arrears(), [EVICTION, without]);
		const eviction = measured.cases[0]!.effects!.find((e) => e.id === 'uitzetting')!;
		expect([eviction.probabilityWithout, eviction.probabilityWith, eviction.evidenceGrade]).toEqual(
			['0.3', '0.0581', 3]
		);
		expect(
			measured.uncertainty!.filter((u) =>
				u.input.startsWith('effect:huurachterstand/uitzetting:probability')
			)
		).toEqual([
			{
				input: 'effect:huurachterstand/uitzetting:probabilityWith',
				distribution: { kind: 'beta', alpha: 2.5, beta: 40.5 }
			},
			{
				input: 'effect:huurachterstand/uitzetting:probabilityWithout',
				distribution: { kind: 'beta', alpha: 12.5, beta: 29.5 }
			}
		]);
		const after = calculate(measured);
		if (!after.ok) throw new Error(JSON.stringify(after.problems));
	});

	it('changes nothing where the case already uses the measured value', () => {
		const once = withMeasuredChances(arrears(), [EVICTION]);
		expect(measuredUses(once, [EVICTION])).toEqual([]);
		expect(withMeasuredChances(once, [EVICTION]).uncertainty).toEqual(once.uncertainty);
	});
});
