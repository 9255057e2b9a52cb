import { describe, expect, it } from 'vitest';
import { computeScenario } from '../engine';
import { parseScenario } from '../calculate/calculate';
import { TRAINING_CASES } from '../training/cases';
import { lineArithmetic, lineSum, MULTIPLIER_NAMES, stepText } from './arithmetic';

/** A Dutch number as shown ("€ 9.825,09", "40%", "0,9780", "1/8") back to a number. */
function shownNumber(text: string): number {
	const plain = (t: string) =>
		Number(
			t
				.replace(/[€\s.]/g, '')
				.replace(',', '.')
				.replace('−', '-')
		);
	if (text.includes('/')) {
		const [a, b] = text.split('/');
		return plain(a!) / plain(b!);
	}
	if (text.includes(' − ')) {
		const [a, b] = text.split(' − ');
		return shownNumber(a!) - shownNumber(b!);
	}
	return text.endsWith('%') ? plain(text.slice(0, -1)) / 100 : plain(text);
}

const NAMES = Object.values(MULTIPLIER_NAMES.nl).filter(Boolean);

/** What a sum says: the product of its factors, and the amount it says that is. */
function readSum(sum: string): { product: number; shown: number } {
	const [left, right] = sum.split(' = ') as [string, string];
	const factors = left
		.split(' × ')
		.map((f) => NAMES.reduce((text, name) => text.replace(` ${name}`, ''), f));
	return {
		product: factors.map(shownNumber).reduce((a, b) => a * b, 1),
		shown: shownNumber(right)
	};
}

describe.each(TRAINING_CASES)('the rows of training case $id', (trainingCase) => {
	const outcome = parseScenario(trainingCase.scenario);
	if (!outcome.ok) throw new Error('training case does not validate');
	const result = computeScenario(outcome.scenario);

	it('add up on paper: the factors shown multiply to the amounts shown, to the rounding', () => {
		for (const line of result.lines) {
			const arithmetic = lineArithmetic(line, 'nl');
			const [first, ...then] = lineSum(arithmetic, 'nl').map((step, i) => stepText(step, i === 0));
			const sum = readSum(first!);
			expect(Math.abs(sum.product - sum.shown)).toBeLessThanOrEqual(
				0.01 + 0.0005 * Math.abs(sum.shown)
			);
			let amount = sum.shown;
			// each further sum takes the amount before it by one more factor
			for (const next of then) {
				const [, factor, right] = next.match(/^× (\S+) .* = (.*)$/)!;
				const shown = shownNumber(right!);
				const product = amount * shownNumber(factor!);
				expect(Math.abs(product - shown)).toBeLessThanOrEqual(0.01 + 0.0005 * Math.abs(shown));
				amount = shown;
			}
			// the last amount is the present value the table's value column shows
			expect(amount).toBeCloseTo(line.weightedPresentValue.toNumber(), 2);
		}
	});

	it('name every correction that changes a line, the one for weak evidence included', () => {
		for (const line of result.lines) {
			const sum = lineSum(lineArithmetic(line, 'nl'), 'nl')
				.map((step, i) => stepText(step, i === 0))
				.join(' ');
			const optimism = line.factors.find((f) => f.name === 'optimism')?.value;
			if (optimism && !optimism.isZero()) expect(sum).toContain('na correctie bewijs');
		}
	});
});
