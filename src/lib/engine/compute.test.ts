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
import { computeScenario } from './compute';
import { D } from './decimal';
import type { Scenario } from './model';

interface WorkedExample {
	name: string;
	scenario: Scenario;
	/** Each figure worked out by hand in the comment beside it. */
	expected: {
		costs: string;
		benefits: string;
		npv: string;
		bcr: string | null;
		payback: number | null;
	};
}

const workedExamples: WorkedExample[] = [
	{
		name: 'one avoided eviction, undiscounted',
		// C = 10 h × €50 = €500; B = 1 × €8,000 × (0.5 − 0) = €4,000
		scenario: scenario([
			aCase('a', { costs: [cost('c', 'hour', 10)], effects: [effect('e', 'eviction', 1, 0.5)] })
		]),
		expected: { costs: '500.00', benefits: '4000.00', npv: '3500.00', bcr: '8.00', payback: 0 }
	},
	{
		name: 'recurring effect discounted at 2.25%, year-0 convention',
		// B = 2 × €500 × 1 × (1 + 1/1.0225 + 1/1.0225²) = €1,000 × 2.934469... = €2,934.47
		scenario: scenario(
			[
				aCase('a', {
					costs: [cost('c', 'hour', 10)],
					effects: [effect('e', 'crisis-day', 2, 1, { durationYears: 3 })]
				})
			],
			{ assumptions: assumptions({ discountRate: d('0.0225'), horizonYears: 3 }) }
		),
		expected: { costs: '500.00', benefits: '2934.47', npv: '2434.47', bcr: '5.87', payback: 0 }
	},
	{
		name: 'year-1 convention discounts the first year too',
		// C = €500 / 1.1 = €454.55; B = €1,000 / 1.1² = €826.45
		scenario: scenario(
			[
				aCase('a', {
					costs: [cost('c', 'hour', 10)],
					effects: [effect('e', 'crisis-day', 2, 1, { startYear: 1 })]
				})
			],
			{
				assumptions: assumptions({
					discountRate: d('0.1'),
					discountConvention: 'year-1',
					horizonYears: 2
				})
			}
		),
		expected: { costs: '454.55', benefits: '826.45', npv: '371.90', bcr: '1.82', payback: 1 }
	},
	{
		name: 'adjustments, drop-off and optimism multiply',
		// year 0: 1 × €500 × 0.8 × (1 − 0.25) × (1 − 0.2) × (1 − 0.1) × (1 − 0.2 optimism, grade 3) = €172.80
		// year 1: × (1 − 0.5) drop-off = €86.40; B = €259.20
		scenario: scenario(
			[
				aCase('a', {
					costs: [cost('c', 'hour', 1)],
					effects: [
						effect('e', 'crisis-day', 1, 0.8, {
							durationYears: 2,
							adjustments: {
								deadweight: d('0.25'),
								attribution: d('0.2'),
								displacement: d('0.1'),
								dropOff: d('0.5')
							}
						})
					]
				})
			],
			{
				assumptions: assumptions({
					optimism: { enabled: true, table: [0, 0.1, 0.2, 0.3, 0.4].map((x) => new D(x)) as never }
				})
			}
		),
		expected: { costs: '50.00', benefits: '259.20', npv: '209.20', bcr: '5.18', payback: 0 }
	},
	{
		name: 'price-year indexation',
		// €100 of 2022 in prices of 2024: 100 × 121 / 100 = €121; 3 units = €363
		scenario: scenario([aCase('a', { effects: [effect('e', 'old-price', 3, 1)] })]),
		expected: { costs: '0.00', benefits: '363.00', npv: '363.00', bcr: null, payback: 0 }
	},
	{
		name: 'a collective cost shared over participants',
		// group of 8 costs 40 h × €50 = €2,000; this case bears €2,000 / 8 = €250
		scenario: scenario([
			aCase('a', {
				costs: [cost('c', 'hour', 40, { sharedBy: d(8) })],
				effects: [effect('e', 'hour', 10, 1)]
			})
		]),
		expected: { costs: '250.00', benefits: '500.00', npv: '250.00', bcr: '2.00', payback: 0 }
	},
	{
		name: 'a cost that pays back only in year 2',
		// C = €1,000 in year 0; B = €400 a year in years 0–2; cumulative −600, −200, +200
		scenario: scenario([
			aCase('a', {
				costs: [cost('c', 'hour', 20)],
				effects: [effect('e', 'hour', 8, 1, { durationYears: 3 })]
			})
		]),
		expected: { costs: '1000.00', benefits: '1200.00', npv: '200.00', bcr: '1.20', payback: 2 }
	},
	{
		name: 'an added cost is a negative benefit and may never pay back',
		// p = 0, p' = 1: the event still happens because of the intervention: B = −€50
		scenario: scenario([
			aCase('a', {
				costs: [cost('c', 'hour', 1)],
				effects: [effect('e', 'hour', 1, 0, { probabilityWith: d(1) })]
			})
		]),
		expected: { costs: '50.00', benefits: '-50.00', npv: '-100.00', bcr: '-1.00', payback: null }
	},
	{
		name: 'a payment at face value is not indexed, a price of an older year is',
		// C = €300 paid (per euro, priced 2022, at face value in 2024) + 1 × €100 (2022) × 121/100
		//   = €300 + €121 = €421
		scenario: scenario(
			[aCase('a', { costs: [cost('paid', 'per-euro', 300), cost('price', 'old-price', 1)] })],
			{
				unitCosts: new Map(
					[...UNIT_COSTS, unitCost('per-euro', '1', { priceYear: 2022, faceValue: true })].map(
						(u) => [u.id, u]
					)
				)
			}
		),
		expected: { costs: '421.00', benefits: '0.00', npv: '-421.00', bcr: '0.00', payback: null }
	}
];

describe.each(workedExamples)('$name', ({ scenario: input, expected }) => {
	it('matches the hand-checked result', () => {
		const result = computeScenario(input);
		const { societal } = result.total;
		expect({
			costs: cents(societal.costs),
			benefits: cents(societal.benefits),
			npv: cents(societal.npv),
			bcr: cents(societal.bcr),
			payback: result.payback.societal
		}).toEqual(expected);
	});
});

describe('chains of effects', () => {
	const chain = scenario([
		aCase('a', {
			effects: [
				effect('eviction', 'eviction', 1, 0.5, { probabilityWith: d('0.1') }),
				effect('shelter', 'shelter-night', 10, 0.4, {
					parentId: 'eviction',
					probabilityWith: d('0.4')
				}),
				effect('crisis', 'crisis-day', 2, 0.5, { parentId: 'shelter' })
			]
		})
	]);

	it('multiplies conditional probabilities along the chain, with and without', () => {
		const lines = computeScenario(chain).lines;
		const shelter = lines.find((l) => l.id === 'shelter')!;
		const crisis = lines.find((l) => l.id === 'crisis')!;
		// shelter: without 0.4 × 0.5 = 0.2, with 0.4 × 0.1 = 0.04 → 10 × €60 × 0.16 = €96
		expect(shelter.chain?.probabilityWithout.toString()).toBe('0.2');
		expect(shelter.chain?.probabilityWith.toString()).toBe('0.04');
		expect(cents(shelter.presentValue)).toBe('96.00');
		// crisis: without 0.5 × 0.2 = 0.1, with 0 × 0.04 = 0 → 2 × €500 × 0.1 = €100
		expect(crisis.chain?.ancestors).toEqual(['shelter', 'eviction']);
		expect(cents(crisis.presentValue)).toBe('100.00');
	});
});

describe('overlapping effects', () => {
	it('counts only the larger of two effects that measure the same change, and says which was dropped', () => {
		const result = computeScenario(
			scenario([
				aCase('a', {
					effects: [
						effect('gp-visits', 'hour', 2, 1, { overlapGroup: 'crisis' }),
						effect('crisis', 'crisis-day', 1, 1, { overlapGroup: 'crisis' })
					]
				})
			])
		);
		const dropped = result.lines.find((l) => l.id === 'gp-visits')!;
		expect(dropped).toMatchObject({
			counted: false,
			excludedBecause: 'overlap',
			overlapKeptId: 'crisis'
		});
		expect(cents(result.total.societal.benefits)).toBe('500.00');
		expect(result.total.lineIds).toEqual(['crisis']);
	});
});

describe('transfers', () => {
	const result = computeScenario(
		scenario([
			aCase('a', {
				costs: [cost('c', 'hour', 10)],
				effects: [effect('benefit', 'benefit-month', 6, 1), effect('e', 'hour', 4, 1)]
			})
		])
	);

	it('are left out of the societal case and shown on their own line', () => {
		expect(cents(result.total.societal.benefits)).toBe('200.00');
		expect(cents(result.total.transfers)).toBe('6000.00');
	});

	it('count in the financial case of the payer whose budget they relieve', () => {
		expect(cents(result.total.financial.benefits)).toBe('6200.00');
		expect(cents(result.byPayer['gemeente-participatie']!.financial.benefits)).toBe('6000.00');
	});
});

describe('value types and what a scenario values', () => {
	const input = (valueVolunteerTime: boolean, valueSocialEffects: boolean) =>
		scenario(
			[
				aCase('a', {
					costs: [cost('c', 'hour', 1), cost('v', 'volunteer-hour', 10, { volunteer: true })],
					effects: [effect('w', 'wellbeing', 1, 1)]
				})
			],
			{ assumptions: assumptions({ valueVolunteerTime, valueSocialEffects }) }
		);

	it('values volunteer time only when the scenario says so, and never in the financial case', () => {
		expect(cents(computeScenario(input(false, true)).total.societal.costs)).toBe('50.00');
		const valued = computeScenario(input(true, true));
		expect(cents(valued.total.societal.costs)).toBe('250.00');
		expect(cents(valued.total.financial.costs)).toBe('50.00');
		expect(
			computeScenario(input(false, true)).lines.find((l) => l.id === 'v')?.excludedBecause
		).toBe('volunteer-not-valued');
	});

	it('leaves social values out where the scenario does not value them', () => {
		expect(cents(computeScenario(input(false, true)).total.societal.benefits)).toBe('1000.00');
		expect(cents(computeScenario(input(false, false)).total.societal.benefits)).toBe('0.00');
		expect(cents(computeScenario(input(false, true)).total.financial.benefits)).toBe('0.00');
	});
});

describe('cohorts', () => {
	it('prices participants × engagement × success successes', () => {
		// 20 × 0.75 × 0.4 = 6 successes × 1 × €500 = €3,000
		const result = computeScenario(
			scenario([
				aCase('a', {
					effects: [
						effect('e', 'crisis-day', 1, 1, {
							cohort: { participants: d(20), engagementRate: d('0.75'), successRate: d('0.4') }
						})
					]
				})
			])
		);
		expect(cents(result.total.societal.benefits)).toBe('3000.00');
		expect(result.lines[0]!.factors.find((f) => f.name === 'successes')?.value.toString()).toBe(
			'6'
		);
	});
});

describe('ratios and payback', () => {
	it('leaves the BCR undefined, not infinite, where nothing is spent', () => {
		const result = computeScenario(
			scenario([aCase('a', { effects: [effect('e', 'hour', 1, 1)] })])
		);
		expect(result.total.societal.bcr).toBeNull();
	});

	it('has no payback year where nothing is spent or saved', () => {
		const result = computeScenario(
			scenario([aCase('a', { effects: [effect('e', 'hour', 0, 1)] })])
		);
		expect(result.payback).toEqual({ societal: null, financial: null });
	});

	it('cuts effects at the horizon', () => {
		const result = computeScenario(
			scenario(
				[aCase('a', { effects: [effect('e', 'hour', 1, 1, { startYear: 3, durationYears: 5 })] })],
				{ assumptions: assumptions({ horizonYears: 4 }) }
			)
		);
		expect(cents(result.total.societal.benefits)).toBe('50.00');
		expect(result.byYear).toHaveLength(4);
	});
});

describe('explanation', () => {
	it('carries every input of a line, so a figure can be traced to its unit cost and formula', () => {
		const result = computeScenario(
			scenario([
				aCase('a', { effects: [effect('e', 'old-price', 2, '0.8', { evidenceGrade: 2 })] })
			])
		);
		const line = result.lines[0]!;
		expect(line.path).toBe('cases[0].effects[0]');
		expect(line.unitCost).toMatchObject({ id: 'old-price', priceYear: 2022, source: 'test' });
		expect(line.unitCost.indexedAmount.toString()).toBe('121');
		expect(Object.fromEntries(line.factors.map((f) => [f.name, f.value.toString()]))).toMatchObject(
			{
				quantity: '2',
				unitCost: '121',
				probabilityWithout: '0.8',
				probabilityWith: '0'
			}
		);
		expect(cents(line.firstYearAmount)).toBe('193.60');
	});
});
