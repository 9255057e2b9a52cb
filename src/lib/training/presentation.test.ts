import { describe, expect, it } from 'vitest';
import { computeScenario } from '../engine';
import { parseScenario } from '../calculate/calculate';
import type { ScenarioInput } from '../schemas/scenario';
import { TRAINING_CASES } from './cases';
import { liveEvents, PRESENTER_STEPS, presenterMove, trainingScenario } from './presentation';
import { usedSources } from '../explain/sources';

const computed = (scenario: unknown) => {
	const outcome = parseScenario(scenario);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
	return computeScenario(outcome.scenario);
};
const byId = (id: string) => TRAINING_CASES.find((c) => c.id === id)!;

describe('presenter keys', () => {
	const last = PRESENTER_STEPS.length - 1;
	it.each([
		['ArrowRight', false, 1, 2],
		[' ', false, 1, 2],
		['PageDown', false, 1, 2],
		['ArrowLeft', false, 1, 0],
		[' ', true, 1, 0],
		['PageUp', false, 1, 0],
		['Home', false, 3, 0],
		['End', false, 0, last],
		['ArrowRight', false, last, last],
		['ArrowLeft', false, 0, 0]
	] as const)('%j (shift %s) moves from step %i to %i', (key, shift, from, to) => {
		expect(presenterMove(key, shift, from)).toBe(to);
	});

	it('leaves with Escape and ignores other keys', () => {
		expect(presenterMove('Escape', false, 2)).toBe('exit');
		expect(presenterMove('a', false, 2)).toBeNull();
		expect(presenterMove('Tab', false, 2)).toBeNull();
	});
});

describe('a training case in the presenter', () => {
	it.each(TRAINING_CASES.map((c) => [c.id, c] as const))(
		'%s told on two timelines gives the result of its example file',
		(_id, trainingCase) => {
			const scenario = trainingScenario(trainingCase);
			expect(scenario.cases[0]!.timelines!.reference!.length).toBeGreaterThan(0);
			expect(computed(scenario).total.societal.npv.toFixed(2)).toBe(
				computed(trainingCase.scenario).total.societal.npv.toFixed(2)
			);
		}
	);

	it('does not change the shared example when the trainer turns a probability', () => {
		const trainingCase = byId('energie');
		const scenario = trainingScenario(trainingCase);
		liveEvents(scenario)[0]!.probability = 0.1;
		const original = (trainingCase.scenario as ScenarioInput).cases[0]!.timelines!.reference![0]!;
		expect(original.probability).toBe(0.8);
	});

	it('offers only the first link of each chain to turn live', () => {
		const live = liveEvents(trainingScenario(byId('energie')));
		expect(live.map((e) => e.id)).toEqual(['afsluiting']);
		expect(live.every((e) => e.parentId === undefined)).toBe(true);
	});

	it('lists every catalog source behind the counted lines, once, with its citation', () => {
		const result = computed(trainingScenario(byId('energie')));
		const sources = usedSources(result);
		const ids = sources.map((s) => s.unitCostId);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toEqual(
			expect.arrayContaining([
				'energie.afsluiting',
				'sociaalwerk.uur',
				'schulden.schuldhulptraject'
			])
		);
		for (const source of sources) expect(source.citation).toMatch(/\(\d{4}\), /);
	});
});
