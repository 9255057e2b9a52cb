import { describe, expect, it } from 'vitest';
import { load } from './+page.server';

describe('the home page', () => {
	it('shows the example case with its headline figures and payer balance', () => {
		const data = (load as () => Awaited<ReturnType<typeof load>>)();
		if (!data) throw new Error('no data');
		expect(data.example.figures.nl.npv).toBe('€ 3.773,46');
		expect(data.example.figures.nl.payers).toContainEqual({
			payer: 'Woningcorporatie',
			net: '€ 2.751,03'
		});
		expect(data.example.figures.en.payers).toContainEqual({
			payer: 'Housing corporation',
			net: '€2,751.03'
		});
	});
});
