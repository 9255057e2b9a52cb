import { describe, expect, it } from 'vitest';
import { Kept } from './kept';

describe('what a process keeps', () => {
	it('holds at most its limit, forgetting the oldest first', () => {
		const kept = new Kept<string, number>(2);
		kept.set('a', 1);
		kept.set('b', 2);
		kept.set('c', 3);
		expect([...kept.keys()]).toEqual(['b', 'c']);
		kept.set('b', 4);
		kept.set('d', 5);
		expect([...kept.keys()]).toEqual(['b', 'd']);
		expect(kept.get('b')).toBe(4);
	});

	it('shares one computation among readers, and forgets one that failed or is not to be kept', async () => {
		const kept = new Kept<string, Promise<number | null>>(10);
		let runs = 0;
		const compute = (value: number | null) => () => (runs++, Promise.resolve(value));
		await Promise.all([kept.remember('a', compute(1)), kept.remember('a', compute(1))]);
		expect(runs).toBe(1);
		await kept.remember('b', compute(null), (v) => v !== null);
		expect(kept.has('b')).toBe(false);
		await expect(kept.remember('c', () => Promise.reject(new Error('gone')))).rejects.toThrow();
		expect(kept.has('c')).toBe(false);
		expect(kept.has('a')).toBe(true);
	});
});
