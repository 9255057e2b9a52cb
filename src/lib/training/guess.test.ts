import { describe, expect, it } from 'vitest';
import { D } from '../engine';
import { guessItems, scoreGuess } from './guess';

describe('guess the cost', () => {
	it('asks for six catalog figures in one price year, each with its source', () => {
		const items = guessItems(2024);
		expect(items).toHaveLength(6);
		const eviction = items.find((i) => i.id === 'wonen.huisuitzetting')!;
		expect(eviction.amount.toFixed(2)).toBe('9825.09');
		expect(eviction.source).toMatch(/Eropaf!/);
	});

	it.each([
		['9825', 3],
		['9000', 3],
		['8000', 2],
		['13000', 2],
		['5000', 1],
		['2000', 0],
		['30000', 0],
		['0', 0]
	])('scores a guess of €%s for a €9,825 eviction with %i points', (guess, points) => {
		expect(scoreGuess(new D(guess), new D('9825.09'))).toBe(points);
	});
});
