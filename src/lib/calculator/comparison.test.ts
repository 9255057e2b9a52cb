import { describe, expect, it } from 'vitest';
import { Comparison, COMPARISON_HASH, MAX_SCENARIOS } from './comparison.svelte';
import { pattern } from './patterns';
import { encodeShare } from './share';

describe('a comparison of scenarios', () => {
	it('starts with the flexible-budget pattern, computed', () => {
		const comparison = new Comparison('nl');
		expect(comparison.names).toHaveLength(1);
		expect(comparison.valid).toBe(true);
		expect(comparison.results[0]!.total.societal.npv.isPositive()).toBe(true);
	});

	it('prefills the variant form as its reader types numbers, and reads the prefill back', () => {
		const dutch = new Comparison('nl');
		expect([dutch.perUnit, dutch.pct]).toEqual(['0,25', '3,5']);
		const english = new Comparison('en');
		expect([english.perUnit, english.pct]).toEqual(['0.25', '3.5']);
		dutch.leverKind = 'discount-rate';
		expect(dutch.lever('nl')).toEqual({ kind: 'discount-rate', pct: '3.5' });
		dutch.leverKind = 'shift';
		expect(dutch.lever('nl')).toMatchObject({ share: '0.33', perUnit: '0.25' });
	});

	it('adds a variant with another discount rate, named after the lever unless named', () => {
		const comparison = new Comparison('nl');
		comparison.leverKind = 'discount-rate';
		comparison.pct = '0';
		comparison.addVariant('discontovoet', 'nl');
		comparison.leverKind = 'discount-rate';
		comparison.pct = '3.5';
		comparison.name = 'Britse voet';
		comparison.addVariant('discontovoet', 'nl');
		const [base, undiscounted, british] = comparison.results;
		expect(comparison.names[1]).toBe(`${comparison.names[0]}: discontovoet`);
		expect(comparison.names[2]).toBe('Britse voet');
		expect(comparison.name).toBe('');
		// the same stream, discounted less, is worth more
		expect(undiscounted!.total.societal.npv.gt(base!.total.societal.npv)).toBe(true);
		expect(british!.total.societal.npv.lt(base!.total.societal.npv)).toBe(true);
	});

	it('holds at most four scenarios', () => {
		const comparison = new Comparison('nl');
		for (let i = 0; i < MAX_SCENARIOS + 2; i++) comparison.addVariant('variant', 'nl');
		expect(comparison.scenarios).toHaveLength(MAX_SCENARIOS);
		expect(comparison.full).toBe(true);
	});

	it('keeps the first scenario when a variant is removed, and the variant form on one that exists', () => {
		const comparison = new Comparison('nl');
		comparison.addVariant('a', 'nl');
		comparison.from = 1;
		comparison.remove(1);
		comparison.remove(0);
		expect(comparison.scenarios).toHaveLength(1);
		expect(comparison.from).toBe(0);
	});

	it('reads the numbers of a variant as they are typed in Dutch, and refuses one it cannot read', () => {
		const comparison = new Comparison('nl');
		comparison.leverKind = 'discount-rate';
		comparison.pct = '3,5';
		comparison.addVariant('discontovoet', 'nl');
		expect(comparison.scenarios[1]!.assumptions.discountRatePct).toBe('3.5');
		comparison.leverKind = 'flexible-budget';
		comparison.factor = '1,5.0';
		comparison.addVariant('maatwerkbudget', 'nl');
		expect(comparison.scenarios).toHaveLength(2);
		expect(comparison.leverProblems.factor).toMatch(/door elkaar/);
		comparison.factor = '1,5';
		comparison.addVariant('maatwerkbudget', 'nl');
		expect(comparison.scenarios).toHaveLength(3);
		expect(comparison.leverProblems).toEqual({});
	});

	it('shows a variant that does not compute with its problems, and the rest as invalid', () => {
		const comparison = new Comparison('nl');
		comparison.leverKind = 'discount-rate';
		comparison.pct = '-4';
		comparison.addVariant('discontovoet', 'nl');
		expect(comparison.valid).toBe(false);
		expect(comparison.computed[1]!.problems[0]!.path).toBe('assumptions.discountRate');
	});

	it('comes back from its link, and ignores a damaged one', () => {
		const comparison = new Comparison('nl');
		comparison.addVariant('x', 'nl');
		const restored = new Comparison('nl');
		restored.restore(comparison.hash);
		expect(restored.names).toEqual(comparison.names);
		restored.restore(`${COMPARISON_HASH}not-base64!`);
		restored.restore(`${COMPARISON_HASH}${encodeShare([] as never)}`);
		expect(restored.names).toEqual(comparison.names);
	});

	it('starts again from a case saved in the browser', () => {
		const comparison = new Comparison('nl');
		const saved = { ...pattern('individual-to-collective'), label: 'Mijn groep' };
		comparison.saved = [{ name: 'Mijn groep', savedAt: '2026-01-01', scenario: saved }];
		comparison.addVariant('x', 'nl');
		comparison.start = 'saved:0';
		comparison.restart();
		expect(comparison.names).toEqual(['Mijn groep']);
	});
});
