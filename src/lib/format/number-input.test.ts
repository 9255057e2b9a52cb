import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../engine';
import type { Lang } from '../i18n/lang';
import { numberProblemMessage, readNumber, showNumber, type NumberKind } from './number-input';

type Case = [text: string, lang: Lang, kind: NumberKind, read: string];

/** Typed text, language, kind of field, and the number read ("!" and a problem kind if refused). */
const TABLE: Case[] = [
	// Dutch, as the Dutch type
	['1.500', 'nl', 'amount', '1500'],
	['1500', 'nl', 'amount', '1500'],
	['1.500,50', 'nl', 'amount', '1500.5'],
	['1500,5', 'nl', 'amount', '1500.5'],
	['€ 300', 'nl', 'amount', '300'],
	['€300', 'nl', 'amount', '300'],
	['300 €', 'nl', 'amount', '300'],
	['EUR 300', 'nl', 'amount', '300'],
	['1.500.000', 'nl', 'amount', '1500000'],
	['1 500', 'nl', 'amount', '1500'],
	['0,25', 'nl', 'amount', '0.25'],
	[',5', 'nl', 'amount', '0.5'],
	['1,500', 'nl', 'amount', '!ambiguous'],
	['7,500', 'nl', 'amount', '!ambiguous'],
	['0,500', 'nl', 'amount', '0.5'],
	['7,5', 'nl', 'amount', '7.5'],
	['1234,500', 'nl', 'amount', '1234.5'],
	['0.25', 'nl', 'amount', '0.25'],
	['2.5', 'nl', 'amount', '2.5'],
	['-12,5', 'nl', 'amount', '-12.5'],
	['−12,5', 'nl', 'amount', '-12.5'],
	['  7 ', 'nl', 'amount', '7'],
	['40%', 'nl', 'fraction', '0.4'],
	['40 %', 'nl', 'fraction', '0.4'],
	['12,5%', 'nl', 'fraction', '0.125'],
	['0,4', 'nl', 'fraction', '0.4'],
	['1', 'nl', 'fraction', '1'],
	['0', 'nl', 'fraction', '0'],
	['2,25', 'nl', 'percent', '2.25'],
	['3,5%', 'nl', 'percent', '3.5'],
	['0', 'nl', 'percent', '0'],
	// refused in Dutch, with what was understood
	['', 'nl', 'amount', '!empty'],
	['   ', 'nl', 'amount', '!empty'],
	['vijf', 'nl', 'amount', '!not-a-number'],
	['1,5.0', 'nl', 'amount', '!mixed-separators'],
	['1.5.0', 'nl', 'amount', '!mixed-separators'],
	['1..5', 'nl', 'amount', '!not-a-number'],
	['5,', 'nl', 'amount', '!not-a-number'],
	['1,500.50', 'nl', 'amount', '!other-notation'],
	['1,500,000', 'nl', 'amount', '!other-notation'],
	['40%', 'nl', 'amount', '!percent-here'],
	['40', 'nl', 'fraction', '!fraction-above-one'],
	['€ 40', 'nl', 'fraction', '!euro-here'],
	['1e5', 'nl', 'amount', '!not-a-number'],
	['12 34', 'nl', 'amount', '!not-a-number'],
	// English
	['1,500', 'en', 'amount', '1500'],
	['1,500.50', 'en', 'amount', '1500.5'],
	['1.5', 'en', 'amount', '1.5'],
	['0.500', 'en', 'amount', '0.5'],
	['1,5', 'en', 'amount', '1.5'],
	['€1,500', 'en', 'amount', '1500'],
	['40%', 'en', 'fraction', '0.4'],
	['3.5', 'en', 'percent', '3.5'],
	['1.500', 'en', 'amount', '!ambiguous'],
	['12.345', 'en', 'amount', '!ambiguous'],
	['1.500,50', 'en', 'amount', '!other-notation'],
	['1.500.000', 'en', 'amount', '!other-notation'],
	['1,5.0', 'en', 'amount', '!mixed-separators']
];

const outcome = (text: string, lang: Lang, kind: NumberKind) => {
	const reading = readNumber(text, lang, kind);
	return reading.ok ? reading.decimal : `!${reading.problem.kind}`;
};

describe('reading a typed number', () => {
	it.each(TABLE)('reads %j (%s, %s) as %s', (text, lang, kind, read) => {
		expect(outcome(text, lang, kind)).toBe(read);
	});

	it('says what it understood of an ambiguous number, and how to type it', () => {
		const reading = readNumber('1.500', 'en', 'amount');
		if (reading.ok) throw new Error('read');
		expect(numberProblemMessage(reading.problem, 'en', 'amount')).toBe(
			'“1.500” could mean 1.5 or 1,500. Type it so it can only mean one, for example 1.5 or 1500.'
		);
	});

	it.each([
		['1,5.0', 'nl', 'amount', /door elkaar/],
		['1,500.50', 'nl', 'amount', /Bedoelt u 1\.500,5\?/],
		['40', 'nl', 'fraction', /Bedoelt u 40%\?/],
		['vijf', 'nl', 'amount', /“vijf” is geen getal/],
		['40%', 'en', 'amount', /a number belongs here/]
	] as const)('words the refusal of %j (%s, %s) plainly', (text, lang, kind, message) => {
		const reading = readNumber(text, lang, kind);
		if (reading.ok) throw new Error('read');
		expect(numberProblemMessage(reading.problem, lang, kind)).toMatch(message);
	});
});

describe('showing a number', () => {
	it.each([
		['1500', 'nl', 'amount', '1.500'],
		['1500.5', 'nl', 'amount', '1.500,5'],
		['0.25', 'nl', 'amount', '0,25'],
		['0.4', 'nl', 'fraction', '40%'],
		['0.125', 'nl', 'fraction', '12,5%'],
		['2.25', 'nl', 'percent', '2,25'],
		['1500', 'en', 'amount', '1,500'],
		['1.234', 'en', 'amount', '1.2340'],
		[300, 'nl', 'amount', '300'],
		[undefined, 'nl', 'amount', ''],
		['1,5.0', 'nl', 'amount', '1,5.0']
	] as const)('shows %j (%s, %s) as %j', (value, lang, kind, shown) => {
		expect(showNumber(value, lang, kind)).toBe(shown);
	});

	it('reads back every number it shows as the same number, in both languages and every kind', () => {
		const decimal = fc
			.tuple(fc.integer({ min: -2_000_000, max: 2_000_000_000 }), fc.integer({ min: 0, max: 6 }))
			.map(([units, places]) => new D(units).dividedBy(new D(10).pow(places)));
		fc.assert(
			fc.property(
				decimal,
				fc.constantFrom<Lang>('nl', 'en'),
				fc.constantFrom<NumberKind>('amount', 'fraction', 'percent'),
				(value, lang, kind) => {
					const shown = showNumber(value.toFixed(), lang, kind);
					const reading = readNumber(shown, lang, kind);
					expect(reading.ok && reading.value.toFixed(), shown).toBe(value.toFixed());
				}
			),
			{ numRuns: 2000 }
		);
	});
});
