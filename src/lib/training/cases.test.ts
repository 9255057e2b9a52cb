import { describe, expect, it } from 'vitest';
import { computeScenario, D } from '../engine';
import { parseScenario } from '../schemas/parse';
import { TRAINING_CASES } from './cases';

/**
 * Every training case is a fixture: its result is pinned, so a change to the engine or the
 * catalog that moves what a trainer shows in a classroom is seen here first.
 */
const PINNED: Record<string, { societal: string; financial: string }> = {
	huurachterstand: { societal: '3773.46', financial: '3773.46' },
	verkeersboete: { societal: '945.82', financial: '890.14' },
	uithuisplaatsing: { societal: '59094.48', financial: '59094.48' },
	'psychische-crisis': { societal: '329.71', financial: '329.71' },
	'individueel-naar-groep': { societal: '26002.15', financial: '26002.15' },
	vrijwilligers: { societal: '15360.99', financial: '19680.99' },
	energie: { societal: '250.53', financial: '109.47' },
	'een-telefoontje': { societal: '464.09', financial: '2774.98' }
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
