import { describe, expect, it } from 'vitest';
import { csvLine, parseCsv } from './csv';

describe('reading CSV', () => {
	it('reads quoted fields with commas, doubled quotes and line breaks, keeping each row’s line', () => {
		const parsed = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\n\n"two\nlines",z\n');
		expect(parsed).toEqual({
			ok: true,
			rows: [
				{ line: 1, fields: ['a', 'b'] },
				{ line: 2, fields: ['x, y', 'say "hi"'] },
				{ line: 4, fields: ['two\nlines', 'z'] }
			]
		});
	});

	it('keeps empty fields and a last row without a line break', () => {
		expect(parseCsv('a,,c\n,,')).toEqual({
			ok: true,
			rows: [
				{ line: 1, fields: ['a', '', 'c'] },
				{ line: 2, fields: ['', '', ''] }
			]
		});
	});

	it.each([
		['a,"open\n', 'unclosed-quote', 1],
		['a,b\nab"c,d\n', 'stray-quote', 2]
	])('refuses %j (%s on line %i)', (text, reason, line) => {
		expect(parseCsv(text)).toEqual({ ok: false, reason, line });
	});

	it('writes what it reads', () => {
		const fields = ['plain', 'with, comma', 'with "quote"', 'multi\nline'];
		expect(parseCsv(csvLine(fields))).toEqual({ ok: true, rows: [{ line: 1, fields }] });
	});
});

describe('writing CSV that a spreadsheet opens safely', () => {
	it.each([
		[
			'=HYPERLINK("https://evil.example","klik")',
			`"'=HYPERLINK(""https://evil.example"",""klik"")"`
		],
		['+31 6 12345678', "'+31 6 12345678"],
		['@SUM(A1)', "'@SUM(A1)"],
		['-cmd', "'-cmd"],
		['-2+3+cmd|calc', "'-2+3+cmd|calc"],
		['\tverborgen', "'\tverborgen"]
	])('puts an apostrophe before %j', (value, written) => {
		expect(csvLine([value])).toBe(written);
	});

	it.each(['-300', '-0.5', '1250.50', 'Huurachterstand', 'a-b'])('writes %j as it is', (value) => {
		expect(csvLine([value])).toBe(value);
	});
});
