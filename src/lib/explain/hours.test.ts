import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { D, type Dec } from '../engine';
import { calculateText } from '../calculate/calculate';
import { explainHours, explainLineHours } from './hours';

const EXAMPLES = readdirSync('examples').filter((f) => f.endsWith('.json'));
const resultOf = (file: string) => {
	const calculation = calculateText(readFileSync(`examples/${file}`, 'utf8'));
	if (!calculation.ok) throw new Error(`${file} does not compute`);
	return calculation.result;
};
const WITH_HOURS = EXAMPLES.filter((f) => resultOf(f).professionalTime.lines.length > 0);

/** A Dutch number as the explanation writes it. */
const dutch = (text: string): Dec => new D(text.replaceAll('.', '').replace(',', '.'));

describe('how hours are explained', () => {
	it('writes a sum that adds up on paper: units × hours per unit × households × years', () => {
		const result = resultOf('individueel-naar-groep.json');
		const [line] = explainHours(result, 'begeleiding', 'avoided', 'nl');
		expect(line).toContain(
			'576 eenheden in het eerste jaar × 1 uur per eenheid × 2 jaar = 1.152 uur begeleiding'
		);
		expect(WITH_HOURS.length).toBeGreaterThanOrEqual(2);
	});

	it.each(WITH_HOURS)('multiplies to its total in every line without drop-off of %s', (file) => {
		const result = resultOf(file);
		for (const traced of result.professionalTime.lines) {
			const text = explainLineHours(result, traced, 'nl');
			const sum = /: ([\d.,]+) eenheden in het eerste jaar(.*?) = ([\d.,]+) uur/.exec(text);
			expect(sum, text).not.toBeNull();
			if (text.includes('afname per jaar')) continue;
			const factors = [...sum![2]!.matchAll(/× ([\d.,]+) /g)].map((m) => dutch(m[1]!));
			const product = factors.reduce((a, b) => a.times(b), dutch(sum![1]!));
			expect(product.toDecimalPlaces(1).toString(), text).toBe(
				dutch(sum![3]!).toDecimalPlaces(1).toString()
			);
		}
	});
});
