import { describe, expect, it } from 'vitest';
import { D } from '../engine';
import { calculate, maximumTotals } from './calculate';

/** One household whose eviction is prevented, with the corrections given. */
function eviction(corrections: Record<string, string>, optimism = true) {
	return {
		format: 'effectwijzer-scenario/1',
		id: 'corrections',
		label: 'Uitzetting voorkomen',
		assumptions: { priceYear: 2024, horizonYears: 5, optimism: { enabled: optimism } },
		cases: [
			{
				id: 'c',
				label: 'Uitzetting voorkomen',
				count: 1,
				costs: [{ id: 'uren', label: 'Uren', unitCostId: 'sociaalwerk.uur', quantity: '6' }],
				effects: [
					{
						id: 'opvang',
						label: 'Nachtopvang',
						unitCostId: 'wonen.nachtopvang-nacht',
						quantity: '30',
						probabilityWithout: '0.4',
						durationYears: 3,
						...corrections
					}
				]
			}
		]
	};
}

function realisticAndMaximum(input: unknown) {
	const outcome = calculate(input);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
	const optimism = outcome.result.lines
		.find((l) => l.id.endsWith('opvang'))!
		.factors.find((f) => f.name === 'optimism')?.value;
	return {
		realistic: outcome.result.total.societal,
		maximum: maximumTotals(outcome.scenario).societal,
		optimism: optimism ?? D(0)
	};
}

describe('the maximum beside the realistic result', () => {
	it('takes off exactly the corrections: deadweight, attribution, displacement and optimism', () => {
		const { realistic, maximum, optimism } = realisticAndMaximum(
			eviction({ deadweight: '0.2', attribution: '0.1', displacement: '0.05' })
		);
		expect(optimism.isZero()).toBe(false);
		const kept = D(0.8).times(0.9).times(0.95).times(D(1).minus(optimism));
		expect(realistic.benefits.toFixed(10)).toBe(maximum.benefits.times(kept).toFixed(10));
		// the costs are no estimate of what was avoided: no correction touches them
		expect(maximum.costs.eq(realistic.costs)).toBe(true);
	});

	it('keeps the drop-off, which is how an effect fades and no correction', () => {
		const fading = realisticAndMaximum(eviction({ dropOff: '0.5' }, false));
		const lasting = realisticAndMaximum(eviction({}, false));
		expect(fading.maximum.benefits.eq(fading.realistic.benefits)).toBe(true);
		expect(fading.maximum.benefits.lt(lasting.maximum.benefits)).toBe(true);
	});

	it('is the realistic result where nothing is corrected', () => {
		const { realistic, maximum } = realisticAndMaximum(eviction({}, false));
		expect(maximum.npv.eq(realistic.npv)).toBe(true);
	});
});
