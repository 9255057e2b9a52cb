import { describe, expect, it } from 'vitest';
import { pattern } from './patterns';
import { toCalculator, toKeptCase } from './keep';

describe('keeping a case from the calculator with the organisation', () => {
	it('takes the name the worker gave the case, and not the stock text of the pattern', () => {
		const scenario = pattern('blank');
		scenario.cases[0]!.label = 'Huurachterstand €300';
		const { scenario: kept } = toKeptCase(scenario);
		expect(kept.label).toBe('Huurachterstand €300');
		expect(kept.description).toBeUndefined();
	});

	it('keeps a description the worker wrote', () => {
		const scenario = {
			...pattern('maatwerk'),
			description: 'Moeder met drie kinderen, brief van de corporatie.'
		};
		expect(toKeptCase(scenario).scenario.description).toBe(
			'Moeder met drie kinderen, brief van de corporatie.'
		);
	});

	it('counts households once: the calculator’s count becomes how often the case occurred', () => {
		const scenario = pattern('maatwerk');
		scenario.cases[0]!.count = '25';
		const kept = toKeptCase(scenario);
		expect(kept.times).toBe(25);
		expect(kept.scenario.cases[0]!.count).toBe(1);
		expect(toCalculator(kept).cases[0]!.count).toBe('25');
	});

	it('leaves the counts of a scenario with several types of case where they are', () => {
		const scenario = pattern('maatwerk');
		scenario.cases.push({ ...structuredClone(scenario.cases[0]!), id: 'tweede', count: 3 });
		const kept = toKeptCase(scenario);
		expect(kept.times).toBe(1);
		expect(kept.scenario.cases.map((c) => c.count)).toEqual([1, 3]);
	});
});
