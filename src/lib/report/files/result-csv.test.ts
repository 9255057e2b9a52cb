import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../csv/csv';
import { calculate } from '../../calculate/calculate';
import { resultCsv } from './result-csv';

function result(change: (input: { cases: { label: string }[] }) => void = () => {}) {
	const input = JSON.parse(readFileSync('examples/maatwerk-huurachterstand.json', 'utf8'));
	change(input);
	const outcome = calculate(input);
	if (!outcome.ok) throw new Error('the example no longer computes');
	return outcome.result;
}

describe('the result as CSV', () => {
	it('writes Dutch Excel’s dialect: BOM, semicolons, decimal commas and words, not codes', () => {
		const csv = resultCsv(result(), 'nl', 'excel-nl');
		expect(csv.startsWith('\uFEFFOnderdeel;Omschrijving;Maat;Waarde\r\n')).toBe(true);
		const parsed = parseCsv(csv, ';');
		if (!parsed.ok) throw new Error('does not read back');
		const net = parsed.rows.find(
			(r) => r.fields[0] === 'Totaal' && r.fields[2] === 'Maatschappelijk: netto contante waarde'
		)!;
		expect(net.fields[3]).toBe('4895,07');
		const municipal = parsed.rows.find(
			(r) =>
				r.fields[0] === 'Per overheid, totaal' &&
				r.fields[1] === 'Gemeente totaal' &&
				r.fields[2] === 'Financieel (begrotingen): netto contante waarde'
		);
		expect(municipal?.fields[3]).toMatch(/^-?\d+,\d{2}$/);
		expect(csv).not.toMatch(/societal|gemeente-wmo|payer/);
		expect(parsed.rows.every((r) => r.fields.length === 4)).toBe(true);
	});

	it('has the same figures in both dialects, to the cent', () => {
		const standard = parseCsv(resultCsv(result(), 'nl'));
		const excel = parseCsv(resultCsv(result(), 'nl', 'excel-nl'), ';');
		if (!standard.ok || !excel.ok) throw new Error('does not read back');
		expect(excel.rows.slice(1).map((r) => r.fields[3])).toEqual(
			standard.rows.slice(1).map((r) => r.fields[4]!.replace('.', ','))
		);
	});

	it('neutralises a label a spreadsheet would run as a formula, in both dialects', () => {
		const named = result((input) => (input.cases[0]!.label = '=HYPERLINK("http://x")'));
		for (const csv of [resultCsv(named, 'nl'), resultCsv(named, 'nl', 'excel-nl')])
			expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
	});
});
