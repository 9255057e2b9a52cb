import { describe, expect, it } from 'vitest';
import { aCase, assumptions, cost, d, effect, scenario, TEST_INDEX } from '$test/builders';
import { computeScenario } from './compute';
import type { Scenario } from './model';
import { ProblemsError } from './problems';
import { NO_ADJUSTMENTS } from './timeline';
import { validateScenario } from './validate';

const errorPaths: { name: string; input: Scenario; path: string; code: string; caseId?: string }[] =
	[
		{
			name: 'a probability of 1.2',
			input: scenario([aCase('a', { effects: [effect('e', 'hour', 1, '1.2')] })]),
			path: 'cases[0].effects[0].probabilityWithout',
			code: 'fraction-out-of-range',
			caseId: 'a'
		},
		{
			name: 'a negative count',
			input: scenario([aCase('a'), aCase('b', { count: d(-1) })]),
			path: 'cases[1].count',
			code: 'not-positive',
			caseId: 'b'
		},
		{
			name: 'a price index of 0',
			input: scenario([aCase('a')], {
				priceIndex: { ...TEST_INDEX, values: new Map([...TEST_INDEX.values, [2023, d(0)]]) }
			}),
			path: 'priceIndex.values.2023',
			code: 'not-positive'
		},
		{
			name: 'an adjustment above 1',
			input: scenario([
				aCase('a', {
					effects: [
						effect('e', 'hour', 1, 1, { adjustments: { ...NO_ADJUSTMENTS, dropOff: d('1.5') } })
					]
				})
			]),
			path: 'cases[0].effects[0].adjustments.dropOff',
			code: 'fraction-out-of-range'
		},
		{
			name: 'a horizon of 0',
			input: scenario([aCase('a')], { assumptions: assumptions({ horizonYears: 0 }) }),
			path: 'assumptions.horizonYears',
			code: 'not-whole'
		},
		{
			name: 'an unknown unit cost',
			input: scenario([aCase('a', { costs: [cost('c', 'nope', 1)] })]),
			path: 'cases[0].costs[0].unitCostId',
			code: 'unknown-unit-cost'
		},
		{
			name: 'a price year the index does not cover',
			input: scenario([aCase('a')], { assumptions: assumptions({ priceYear: 2030 }) }),
			path: 'assumptions.priceYear',
			code: 'index-year-missing'
		},
		{
			name: "a unit cost's price year the index does not cover",
			input: scenario([aCase('a')], {
				priceIndex: {
					...TEST_INDEX,
					values: new Map([...TEST_INDEX.values].filter(([year]) => year !== 2022))
				}
			}),
			path: 'unitCosts.old-price.priceYear',
			code: 'index-year-missing'
		},
		{
			name: 'a parent that does not exist',
			input: scenario([
				aCase('a', { effects: [effect('e', 'hour', 1, 1, { parentId: 'ghost' })] })
			]),
			path: 'cases[0].effects[0].parentId',
			code: 'unknown-parent'
		},
		{
			name: 'a chain that loops',
			input: scenario([
				aCase('a', {
					effects: [
						effect('x', 'hour', 1, 1, { parentId: 'y' }),
						effect('y', 'hour', 1, 1, { parentId: 'x' })
					]
				})
			]),
			path: 'cases[0].effects[0].parentId',
			code: 'chain-cycle'
		},
		{
			name: 'two lines with one id',
			input: scenario([
				aCase('a', { costs: [cost('same', 'hour', 1)], effects: [effect('same', 'hour', 1, 1)] })
			]),
			path: 'cases[0].effects[0].id',
			code: 'duplicate-id'
		},
		{
			name: 'two cases with one id',
			input: scenario([aCase('a'), aCase('a')]),
			path: 'cases[1].id',
			code: 'duplicate-id'
		},
		{
			name: 'a collective cost shared by 0 participants',
			input: scenario([aCase('a', { costs: [cost('c', 'hour', 1, { sharedBy: d(0) })] })]),
			path: 'cases[0].costs[0].sharedBy',
			code: 'not-positive'
		},
		{
			name: 'a cohort success rate of 2',
			input: scenario([
				aCase('a', {
					effects: [
						effect('e', 'hour', 1, 1, {
							cohort: { participants: d(5), engagementRate: d(1), successRate: d(2) }
						})
					]
				})
			]),
			path: 'cases[0].effects[0].cohort.successRate',
			code: 'fraction-out-of-range'
		},
		{
			name: 'a reference event with a probability below 0',
			input: scenario([
				aCase('a', {
					timelines: {
						intervention: [],
						reference: [
							{
								id: 'r',
								label: 'r',
								month: 0,
								unitCostId: 'hour',
								quantity: d(1),
								durationYears: 1,
								probability: d('-0.1'),
								probabilityWith: d(0),
								adjustments: NO_ADJUSTMENTS
							}
						]
					}
				})
			]),
			path: 'cases[0].timelines.reference[0].probability',
			code: 'fraction-out-of-range'
		},
		{
			name: 'a cost in the year after a five-year horizon',
			input: scenario([aCase('a', { costs: [cost('c', 'hour', 1, { year: 5 })] })]),
			path: 'cases[0].costs[0].year',
			code: 'beyond-horizon'
		},
		{
			name: 'an effect that starts after the horizon',
			input: scenario([aCase('a', { effects: [effect('e', 'hour', 1, 1, { startYear: 9 })] })]),
			path: 'cases[0].effects[0].startYear',
			code: 'beyond-horizon'
		},
		{
			name: 'support in month 60 of a five-year horizon',
			input: scenario([
				aCase('a', {
					timelines: {
						intervention: [
							{
								id: 'i',
								label: 'i',
								kind: 'support',
								month: 60,
								unitCostId: 'hour',
								quantity: d(1),
								durationYears: 1,
								volunteer: false
							}
						],
						reference: []
					}
				})
			]),
			path: 'cases[0].timelines.intervention[0].month',
			code: 'beyond-horizon'
		}
	];

describe.each(errorPaths)('$name', ({ input, path, code, caseId }) => {
	it('is named by its path and refused whole', () => {
		const problems = validateScenario(input);
		expect(problems).toContainEqual(
			expect.objectContaining({ path, code, ...(caseId ? { caseId } : {}) })
		);
		expect(() => computeScenario(input)).toThrow(ProblemsError);
	});
});

describe('validation', () => {
	it('lists every problem at once, not just the first', () => {
		const input = scenario([aCase('a', { count: d(-2), effects: [effect('e', 'nope', -1, 3)] })]);
		expect(validateScenario(input).map((p) => p.path)).toEqual([
			'cases[0].count',
			'cases[0].effects[0].unitCostId',
			'cases[0].effects[0].quantity',
			'cases[0].effects[0].probabilityWithout'
		]);
	});

	it('takes the last year and month of the horizon, and names the horizon one later', () => {
		const last = scenario([
			aCase('a', {
				costs: [cost('c', 'hour', 1, { year: 4, durationYears: 3 })],
				effects: [effect('e', 'hour', 1, 1, { startYear: 4 })]
			})
		]);
		expect(validateScenario(last)).toEqual([]);
		const later = scenario([
			aCase('a', { effects: [effect('e', 'hour', 1, 1, { startYear: 5 })] })
		]);
		expect(validateScenario(later)).toEqual([
			{
				path: 'cases[0].effects[0].startYear',
				code: 'beyond-horizon',
				caseId: 'a',
				params: { value: 5, unit: 'year', last: 4, horizon: 5 }
			}
		]);
	});

	it('finds nothing wrong with a sound scenario', () => {
		expect(
			validateScenario(scenario([aCase('a', { effects: [effect('e', 'hour', 1, 1)] })]))
		).toEqual([]);
	});
});
