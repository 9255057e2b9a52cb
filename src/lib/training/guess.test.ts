import { describe, expect, it } from 'vitest';
import { D } from '../engine';
import { guessItems, howFarOff, missInWords, scoreGuess } from './guess';

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

describe('how far off a guess was', () => {
	const percent = (share: { times(n: number): { toFixed(p: number): string } }) =>
		`${share.times(100).toFixed(0)}%`;
	it.each([
		['6000', '10000', 'nl', '40% te laag'],
		['13000', '10000', 'nl', '30% te hoog'],
		['25000', '10000', 'nl', '2,5 keer zo hoog'],
		['10030', '10000', 'nl', 'precies goed'],
		['500', '10000', 'en', '95% too low'],
		['31000', '10000', 'en', '3.1 times as high']
	] as const)('a guess of %s for %s says “%s”', (guess, actual, lang, words) => {
		expect(missInWords(howFarOff(new D(guess), new D(actual)), lang, percent)).toBe(words);
	});

	it('says low or high by the real figure, never by the guess', () => {
		expect(howFarOff(new D(50), new D(100))).toMatchObject({ direction: 'low' });
		expect(howFarOff(new D(50), new D(100)).share.toString()).toBe('0.5');
	});
});
