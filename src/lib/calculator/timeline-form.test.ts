import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeScenario, simulate } from '../engine';
import { parseScenario } from '../calculate/calculate';
import { encodeResult } from '../schemas/result';
import { pattern, PATTERN_IDS } from './patterns';
import { scenarioOnTimelines } from './timeline-form';

const compute = (input: unknown) => {
	const outcome = parseScenario(input);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
	const { lines, ...rest } = encodeResult(computeScenario(outcome.scenario));
	return { ...rest, lines: lines.map(({ path: _path, ...line }) => line) };
};

describe('a scenario told on timelines', () => {
	it.each([
		'maatwerk-huurachterstand',
		'individueel-naar-groep',
		'ggz-naar-buurtteam',
		'jeugd-uithuisplaatsing'
	])('%s gives the same result as its effects form', (name) => {
		const input = JSON.parse(readFileSync(`examples/${name}.json`, 'utf8'));
		expect(compute(scenarioOnTimelines(input))).toEqual(compute(input));
	});

	it('keeps uncertain inputs pointing at the events their effects became', () => {
		const input = JSON.parse(readFileSync('examples/jeugd-uithuisplaatsing.json', 'utf8'));
		const run = (scenario: unknown) => {
			const outcome = parseScenario(scenario);
			if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
			return simulate(outcome.scenario, outcome.scenario.uncertainty ?? [], {
				draws: 200,
				seed: 4
			})!.npv;
		};
		expect(run(scenarioOnTimelines(input))).toEqual(run(input));
	});

	it('offers every pattern as a valid case on two timelines', () => {
		for (const id of PATTERN_IDS) {
			const scenario = pattern(id);
			expect(parseScenario(scenario).ok, id).toBe(true);
			expect(scenario.cases[0]!.costs ?? [], id).toEqual([]);
			expect(scenario.cases[0]!.timelines, id).toBeDefined();
		}
	});
});
