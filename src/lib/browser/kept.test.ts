import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonCodec, keptInBrowser, listOf } from './kept';

/** A browser's storage: a map, or one that refuses everything. */
function storage(refuses = false) {
	const items = new Map<string, string>();
	const no = () => {
		throw new Error('QuotaExceededError');
	};
	return {
		getItem: (key: string) => (refuses ? no() : (items.get(key) ?? null)),
		setItem: (key: string, value: string) => (refuses ? no() : void items.set(key, value)),
		removeItem: (key: string) => (refuses ? no() : void items.delete(key))
	};
}

describe('what the browser keeps', () => {
	const held = globalThis as { localStorage?: unknown };
	beforeEach(() => (held.localStorage = storage()));
	afterEach(() => delete held.localStorage);
	const rounds = () => keptInBrowser('rounds', jsonCodec(listOf<{ name: string }>('name')));

	it('reads back what it wrote, and nothing once forgotten', () => {
		expect(rounds().read()).toBeNull();
		expect(rounds().write([{ name: 'Wonen' }])).toBe(true);
		expect(rounds().read()).toEqual([{ name: 'Wonen' }]);
		rounds().forget();
		expect(rounds().read()).toBeNull();
	});

	it('reads a damaged or foreign store as nothing', () => {
		(held.localStorage as Storage).setItem('rounds', '{not json');
		expect(rounds().read()).toBeNull();
		(held.localStorage as Storage).setItem('rounds', '[{"name": 3}]');
		expect(rounds().read()).toBeNull();
	});

	it('says so when the browser will not keep it, and reads nothing', () => {
		held.localStorage = storage(true);
		expect(rounds().write([{ name: 'Wonen' }])).toBe(false);
		expect(rounds().read()).toBeNull();
	});
});
