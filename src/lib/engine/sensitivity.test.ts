import { describe, expect, it } from 'vitest';
import {
	aCase,
	assumptions,
	cents,
	cost,
	d,
	effect,
	scenario,
	unitCost,
	UNIT_COSTS
} from '$test/builders';
import { breakEven } from './break-even';
import { NO_ADJUSTMENTS } from './timeline';
import { sensitivityInputs, tornado } from './sensitivity';

// C = 10 h × €50 = €500; B = 1 × €8,000 × 0.5 = €4,000; NPV = €3,500
const simple = scenario([
	aCase('a', {
		costs: [cost('c', 'hour', 10)],
		effects: [
			effect('e', 'eviction', 1, '0.5', {
				adjustments: { ...NO_ADJUSTMENTS, attribution: d('0.2') }
			})
		]
	})
]);

const input = (id: string) => sensitivityInputs(simple).find((i) => i.id === id)!;

describe('sensitivity', () => {
	it('finds every input that matters, with ±25% where no range is known', () => {
		expect(
			sensitivityInputs(simple).map((i) => [i.id, i.low.toString(), i.high.toString()])
		).toEqual([
			['unitCost:hour', '37.5', '62.5'],
			['unitCost:eviction', '6000', '10000'],
			['effect:a/e:probabilityWithout', '0.375', '0.625'],
			['effect:a/e:attribution', '0.15', '0.25']
		]);
	});

	it("uses a unit cost's own range where the catalog gives one", () => {
		const ranged = scenario(simple.cases, {
			unitCosts: new Map(
				[
					...UNIT_COSTS,
					unitCost('eviction', '8000', { payer: 'woningcorporatie', low: d(5000), high: d(10000) })
				].map((u) => [u.id, u])
			)
		});
		expect(sensitivityInputs(ranged).find((i) => i.id === 'unitCost:eviction')).toMatchObject({
			low: d(5000),
			high: d(10000)
		});
	});

	it('ranks inputs by how far each alone moves the net value', () => {
		const bars = tornado(simple);
		// B = €8,000 × 0.5 × (1 − 0.2) = €3,200. Eviction €6,000 … €10,000 and p 0.375 … 0.625 each
		// move B by ±25%, a swing of €1,600 (a tie, ordered by id); attribution 0.15 … 0.25 moves
		// it from €3,400 to €3,000; the hours €375 … €625
		expect(bars.map((b) => [b.input.id, cents(b.swing)])).toEqual([
			['effect:a/e:probabilityWithout', '1600.00'],
			['unitCost:eviction', '1600.00'],
			['effect:a/e:attribution', '400.00'],
			['unitCost:hour', '250.00']
		]);
		expect(cents(bars[0]!.low.npv)).toBe('1900.00');
	});

	it('moves the discount rate too when there is one', () => {
		const discounted = scenario(simple.cases, {
			assumptions: assumptions({ discountRate: d('0.04') })
		});
		expect(sensitivityInputs(discounted).at(-1)).toMatchObject({
			id: 'assumption:discountRate',
			low: d('0.03'),
			high: d('0.05')
		});
	});
});

describe('break-even', () => {
	it('solves the break-even success exactly: C divided by the present value of one success', () => {
		// one success is worth €8,000 × (1 − 0.2) = €6,400; €500 / €6,400 = 0.078125
		const result = breakEven(simple, input('effect:a/e:probabilityWithout'));
		expect(result).toMatchObject({ method: 'linear', assumed: d('0.5') });
		expect(result.value?.toString()).toBe('0.078125');
	});

	it('says when the net value never reaches zero in the range', () => {
		const hopeless = scenario([
			aCase('a', { costs: [cost('c', 'hour', 1000)], effects: [effect('e', 'hour', 1, '0.5')] })
		]);
		const p = sensitivityInputs(hopeless).find((i) => i.kind === 'probability')!;
		expect(breakEven(hopeless, p).value).toBeNull();
	});

	it('bisects where the net value is not a straight line in the input', () => {
		// the larger of two overlapping effects counts: NPV bends where they swap
		const bent = scenario([
			aCase('a', {
				costs: [cost('c', 'hour', 100)],
				effects: [
					effect('x', 'eviction', 1, '0.5', { overlapGroup: 'g' }),
					effect('y', 'crisis-day', 4, '1', { overlapGroup: 'g' })
				]
			})
		]);
		const p = sensitivityInputs(bent).find((i) => i.id === 'effect:a/x:probabilityWithout')!;
		const costInput = sensitivityInputs(bent).find((i) => i.id === 'unitCost:hour')!;
		// NPV = max(8,000 p, €2,000 × 0.8) − €5,000 never reaches 0 for p < 0.625; above it 8,000 p = 5,000
		const result = breakEven(bent, p);
		expect(result.method).toBe('bisection');
		expect(result.value!.toFixed(9)).toBe('0.625000000');
		expect(breakEven(bent, costInput).method).toBe('linear');
	});
});
