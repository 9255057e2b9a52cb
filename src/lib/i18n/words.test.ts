import { describe, expect, it } from 'vitest';
import { defineWords } from './words';

describe('defineWords', () => {
	it('gives each language its own table of the same shape', () => {
		const words = defineWords({
			nl: { save: 'Bewaren', count: (n: number) => `${n} casussen` },
			en: { save: 'Save', count: (n: number) => `${n} cases` }
		});
		expect(words.nl.save).toBe('Bewaren');
		expect(words.en.count(2)).toBe('2 cases');
	});

	it('refuses an English table with a key missing or one too many (checked by the type checker)', () => {
		const missing = defineWords({
			nl: { save: 'Bewaren', cancel: 'Annuleren' },
			// @ts-expect-error: the English table lacks "cancel"
			en: { save: 'Save' }
		});
		const extra = defineWords({
			nl: { save: 'Bewaren' },
			// @ts-expect-error: "cancel" is not in the Dutch table
			en: { save: 'Save', cancel: 'Cancel' }
		});
		const nested = defineWords({
			nl: { rates: { low: 'laag', high: 'hoog' } },
			// @ts-expect-error: a nested key is missing too
			en: { rates: { low: 'low' } }
		});
		expect([missing.nl.cancel, extra.en.save, nested.nl.rates.high]).toEqual([
			'Annuleren',
			'Save',
			'hoog'
		]);
	});
});
