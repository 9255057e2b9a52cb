import { describe, expect, it } from 'vitest';
import { households, householdsText } from './households';

const scenario = (...counts: (number | string | undefined)[]) => ({
	cases: counts.map((count, i) => ({ id: `c${i}`, label: 'x', count }))
});

describe('the households a saved case stands for', () => {
	it.each([
		[scenario(1), 40, '40'],
		[scenario(undefined), 1, '1'],
		[scenario(125), 1, '125'],
		[scenario(25), 5, '25 × 5 = 125'],
		[scenario(12, '3'), 2, '15 × 2 = 30'],
		[scenario('2.5'), 1, '2,5']
	])('%j occurring %i times reads %s', (s, times, text) => {
		expect(householdsText(households(s, times), 'nl')).toBe(text);
	});

	it('writes thousands as the reader does', () => {
		expect(householdsText(households(scenario(1500), 2), 'en')).toBe('1,500 × 2 = 3,000');
	});
});
