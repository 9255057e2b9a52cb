import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aCase, cost, d, effect, scenario } from '$test/builders';
import { computeScenario } from '../engine';
import { parseScenario } from '../calculate/calculate';
import { explainLine, explainLines } from './explain';

function example() {
	const outcome = parseScenario(
		JSON.parse(readFileSync('examples/maatwerk-huurachterstand.json', 'utf8'))
	);
	if (!outcome.ok) throw new Error('example does not validate');
	return computeScenario(outcome.scenario);
}

describe('explaining a figure', () => {
	it('names the quantity, the indexed unit cost with its price year and source, the probabilities and adjustments', () => {
		const result = example();
		const eviction = result.lines.find((l) => l.id === 'uitzetting')!;
		expect(explainLine(eviction, 2024, 'en')).toBe(
			"Huisuitzetting: 1 × €9,825.09 (Eviction, landlord's cost: €7,500.00 price year 2014, indexed to 2024; " +
				'source: Eropaf! (2014), Quickscan versterken preventie huisuitzettingen) × (p 0.4 − p′ 0) × ' +
				'(1 − optimism correction 30%) = €2,751.03 a year in year 0; present value €2,751.03'
		);
	});

	it('says along the chain when a probability is multiplied through parents, in Dutch', () => {
		const shelter = example().lines.find((l) => l.id === 'nachtopvang')!;
		expect(explainLine(shelter, 2024, 'nl')).toMatch(/\(p 0,2 − p′ 0 langs de keten\)/);
	});

	it('shows a shared collective cost, the households it counts for, and why a line does not count', () => {
		const result = computeScenario(
			scenario([
				aCase('a', {
					count: d(3),
					costs: [cost('group', 'hour', 40, { sharedBy: d(8) })],
					effects: [
						effect('x', 'hour', 1, 1, { overlapGroup: 'g' }),
						effect('y', 'crisis-day', 1, 1, { overlapGroup: 'g' })
					]
				})
			])
		);
		const [group, x] = explainLines(result, ['group', 'x'], 'en');
		expect(group).toBe(
			'group: 40 × €50.00 (hour: price year 2024; source: test) ÷ 8 participants = €250.00 a year in year 0; present value €250.00 × 3 households = €750.00'
		);
		expect(x).toMatch(/\(not counted: overlaps with y\)$/);
	});
});
