import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../calculate/calculate';
import { resultText } from './text';

const example = (convention: 'year-0' | 'year-1') => {
	const input = JSON.parse(readFileSync('examples/maatwerk-huurachterstand.json', 'utf8'));
	input.assumptions.discountConvention = convention;
	const outcome = calculate(input);
	if (!outcome.ok) throw new Error('the example no longer computes');
	return outcome.result;
};

describe('the text report', () => {
	it('says the discounting convention in the calculator’s words', () => {
		expect(resultText(example('year-0'), 'x', 'nl')).toContain('(disconteren vanaf jaar 1)');
		expect(resultText(example('year-1'), 'x', 'nl')).toContain('(disconteren al vanaf jaar 0)');
		expect(resultText(example('year-0'), 'x', 'en')).toContain('(discounted from year 1)');
	});

	it('lists the municipality’s total with its budgets indented beneath it', () => {
		const lines = resultText(example('year-0'), 'x', 'nl').split('\n');
		const total = lines.findIndex((line) => line.startsWith('Gemeente totaal'));
		expect(total).toBeGreaterThan(0);
		expect(lines[total + 1]).toMatch(/^ {2}Gemeente \(/);
	});
});
