import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ONE } from '../engine';
import { readNumber } from '../format/number-input';
import { calculate } from '../calculate/calculate';
import { lineArithmetic } from './arithmetic';

const examples = readdirSync('examples').filter((f) => f.endsWith('.json') && f !== 'leeg.json');

function result(name: string) {
	const outcome = calculate(JSON.parse(readFileSync(`examples/${name}`, 'utf8')));
	if (!outcome.ok) throw new Error(`${name} does not validate`);
	return outcome.result;
}

describe('the arithmetic of a line, for checking by hand', () => {
	it('shows the eviction as quantity × unit cost × chance × what the weak evidence leaves', () => {
		const eviction = result('maatwerk-huurachterstand.json').lines.find(
			(l) => l.id === 'uitzetting'
		)!;
		const shown = lineArithmetic(eviction, 'nl');
		expect(shown.multipliers.map((m) => m.shown)).toEqual(['1', '€ 9.825,09', '40%', '70%']);
		expect(shown.firstYear.toFixed(2)).toBe('2751.03');
		expect(shown.unitCost).toBe('Huisuitzetting, kosten verhuurder');
	});

	it('multiplies the chained chance of a line that follows from another', () => {
		const shelter = result('maatwerk-huurachterstand.json').lines.find(
			(l) => l.id === 'nachtopvang'
		)!;
		expect(lineArithmetic(shelter, 'en').multipliers.find((m) => m.name === 'chance')!.shown).toBe(
			'20%'
		);
	});

	it.each(examples)('%s: every line is exactly the product of its factors', (name) => {
		for (const line of result(name).lines) {
			const { multipliers, firstYear } = lineArithmetic(line, 'nl');
			const product = multipliers.reduce((total, m) => total.times(m.value), ONE);
			expect(product.minus(firstYear).abs().lt('1e-20'), `${line.id}`).toBe(true);
		}
	});

	it.each(examples)(
		'%s: the factors as shown multiply to the amount as shown, to the cent',
		(name) => {
			for (const line of result(name).lines) {
				const { multipliers, firstYear } = lineArithmetic(line, 'nl');
				const number = (text: string, kind: 'amount' | 'fraction') => {
					const reading = readNumber(text, 'nl', kind);
					if (!reading.ok) throw new Error(`cannot read ${text}`);
					return reading.value;
				};
				const read = (text: string) => {
					if (text.startsWith('1/')) return ONE.dividedBy(number(text.slice(2), 'amount'));
					if (!text.endsWith('%')) return number(text, 'amount');
					const [p, pWith] = text.split(' − ');
					return number(p!, 'fraction').minus(pWith ? number(pWith, 'fraction') : 0);
				};
				const onPaper = multipliers.reduce((total, m) => total.times(read(m.shown)), ONE);
				// a unit cost shown to the cent moves the product by at most half a cent per unit
				const quantity = multipliers
					.filter((m) => m.name === 'quantity' || m.name === 'successes')
					.reduce((total, m) => total.times(m.value), ONE);
				const slack = quantity.abs().times('0.005').plus('0.005');
				expect(
					onPaper.minus(firstYear).abs().lte(slack),
					`${line.id}: ${onPaper} ≠ ${firstYear}`
				).toBe(true);
			}
		}
	);
});
