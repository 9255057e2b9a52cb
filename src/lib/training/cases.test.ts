import { describe, expect, it } from 'vitest';
import { computeScenario, D } from '../engine';
import { parseScenario } from '../calculate/calculate';
import { TRAINING_CASES } from './cases';

/**
 * Every training case is a fixture: its result is pinned, so a change to the engine or the
 * catalog that moves what a trainer shows in a classroom is seen here first.
 */
const PINNED: Record<string, { societal: string; financial: string }> = {
	huurachterstand: { societal: '4895.07', financial: '4895.07' },
	verkeersboete: { societal: '3282.51', financial: '3226.83' },
	uithuisplaatsing: { societal: '59094.48', financial: '59094.48' },
	'psychische-crisis': { societal: '329.71', financial: '329.71' },
	'individueel-naar-groep': { societal: '26002.15', financial: '26002.15' },
	vrijwilligers: { societal: '10972.57', financial: '19680.99' },
	energie: { societal: '1206.23', financial: '1065.18' },
	'een-telefoontje': { societal: '733.01', financial: '3043.90' }
};

describe.each(TRAINING_CASES)('training case $id', (trainingCase) => {
	it('keeps its pinned result, and tells its story in Dutch and English with questions', () => {
		const outcome = parseScenario(trainingCase.scenario);
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		const { societal, financial } = computeScenario(outcome.scenario).total;
		const cents = (value: InstanceType<typeof D>) => value.toFixed(2, D.ROUND_HALF_EVEN);
		expect({ societal: cents(societal.npv), financial: cents(financial.npv) }).toEqual(
			PINNED[trainingCase.id]
		);
		expect(trainingCase.story.nl.length).toBeGreaterThan(100);
		expect(trainingCase.story.en.length).toBeGreaterThan(100);
		expect(trainingCase.questions.nl).toHaveLength(trainingCase.questions.en.length);
		expect(trainingCase.questions.nl.length).toBeGreaterThanOrEqual(3);
	});
});

describe('the training cases', () => {
	it('are eight, one of each kind the City Deal cities described, each with its own id', () => {
		expect(TRAINING_CASES).toHaveLength(8);
		expect(new Set(TRAINING_CASES.map((c) => c.id)).size).toBe(8);
	});
});
