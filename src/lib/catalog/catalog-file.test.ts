import { describe, expect, it } from 'vitest';
import { csvLine, parseCsv } from '../csv/csv';
import { CATALOG } from './catalog';
import {
	CATALOG_COLUMNS,
	catalogToCsv,
	catalogToJson,
	describeImportProblem,
	importCatalogCsv,
	importCatalogJson
} from './catalog-file';

const META = { version: 'eigen-2026', date: '2026-11-22' };
const csv = catalogToCsv(CATALOG);
const [header, first, second] = csv.split('\r\n');

/** A CSV of the header and two real rows, one field of the second row replaced. */
function withField(column: string, value: string): string {
	const parsed = parseCsv([header, second].join('\r\n'));
	if (!parsed.ok) throw new Error('fixture');
	const [columns, row] = parsed.rows;
	const fields = [...row!.fields];
	fields[columns!.fields.indexOf(column)] = value;
	return [header, first, csvLine(fields)].join('\r\n');
}

describe('exporting and importing the catalog', () => {
	it('round-trips through CSV', () => {
		const back = importCatalogCsv(csv, META);
		expect(back.ok).toBe(true);
		if (!back.ok) return;
		expect(catalogToCsv(back.catalog)).toBe(csv);
		expect(back.catalog.entries).toHaveLength(CATALOG.entries.length);
	});

	it('reads a Dutch spreadsheet: semicolons between fields, amounts with a decimal comma', () => {
		const parsed = parseCsv([header, first].join('\r\n'));
		if (!parsed.ok) throw new Error('fixture');
		const [columns, row] = parsed.rows;
		const fields = [...row!.fields];
		const amount = columns!.fields.indexOf('amount');
		fields[amount] = '7.500,00';
		const dutch = '\uFEFF' + [csvLine(columns!.fields, ';'), csvLine(fields, ';')].join('\r\n');
		const read = importCatalogCsv(dutch, META);
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		expect(read.catalog.entries[0]!.amount.toString()).toBe('7500');
		fields[amount] = '7,500.00';
		const english = [csvLine(columns!.fields, ';'), csvLine(fields, ';')].join('\r\n');
		const refused = importCatalogCsv(english, META);
		expect(refused.ok || describeImportProblem(refused.problems[0]!, 'nl')).toBe(
			'regel 2, amount: “7,500.00” is Engelse schrijfwijze. Bedoelt u 7.500? Typ dan 7.500.'
		);
	});

	it('reads the hours of professional work, a note in two languages and a yes/no column from a Dutch spreadsheet', () => {
		const parsed = parseCsv([header, first].join('\r\n'));
		if (!parsed.ok) throw new Error('fixture');
		const [columns, row] = parsed.rows;
		const fields = [...row!.fields];
		const set = (column: string, value: string) =>
			(fields[columns!.fields.indexOf(column)] = value);
		set('hours', 'rechtspraak=2,5; politie=1');
		set('note', 'Eigen toelichting');
		set('note_en', 'Own note');
		set('face_value', 'ja');
		const dutch = [csvLine(columns!.fields, ';'), csvLine(fields, ';')].join('\r\n');
		const read = importCatalogCsv(dutch, META);
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		const entry = read.catalog.entries[0]!;
		expect(entry.hours?.map((h) => `${h.profession} ${h.hours.toString()}`)).toEqual([
			'rechtspraak 2.5',
			'politie 1'
		]);
		expect(entry.note).toEqual({ nl: 'Eigen toelichting', en: 'Own note' });
		expect(entry.faceValue).toBe(true);
		set('hours', 'rechters=2; politie=1,2,3');
		set('face_value', 'misschien');
		const wrong = [csvLine(columns!.fields, ';'), csvLine(fields, ';')].join('\r\n');
		const refused = importCatalogCsv(wrong, META);
		const messages = refused.ok ? [] : refused.problems.map((p) => describeImportProblem(p, 'nl'));
		expect(messages).toEqual([expect.stringMatching(/^regel 2, hours: politie: /)]);
		set('hours', 'rechters=2');
		const unknown = importCatalogCsv(
			[csvLine(columns!.fields, ';'), csvLine(fields, ';')].join('\r\n'),
			META
		);
		const named = unknown.ok ? [] : unknown.problems.map((p) => describeImportProblem(p, 'nl'));
		expect(named).toEqual([
			'regel 2, face_value: verwacht ja of nee (true of false)',
			expect.stringMatching(/^regel 2, hours: kies één van: "sociaal-werk", /)
		]);
	});

	it('round-trips through JSON', () => {
		const back = importCatalogJson(catalogToJson(CATALOG));
		expect(back.ok).toBe(true);
		if (back.ok) expect(catalogToJson(back.catalog)).toBe(catalogToJson(CATALOG));
	});
});

const badCsvFiles: { name: string; text: () => string; expected: string[] }[] = [
	{
		name: 'an unknown payer',
		text: () => withField('payer', 'de-buurman'),
		expected: ['line 3, payer: choose one of: "gemeente-wmo"']
	},
	{
		name: 'an amount that is not a number',
		text: () => withField('amount', 'twaalf'),
		expected: ['line 3, amount: expected a decimal number as text, such as "1250.50"']
	},
	{
		name: 'an amount with a decimal comma',
		text: () => withField('amount', '12,50'),
		expected: ['line 3, amount: expected a decimal number as text']
	},
	{
		name: 'a missing price year',
		text: () => withField('price_year', ''),
		expected: ['line 3, price_year: expected a number']
	},
	{
		name: 'a price year beyond the CPI',
		text: () => withField('price_year', '2031'),
		expected: ['line 3, price_year: price year 2031 lies outside the CPI (2005–2025)']
	},
	{
		name: 'a duplicate id',
		text: () => withField('id', first!.split(',')[0]!),
		expected: [`line 3, id: the id "${first!.split(',')[0]}" occurs twice`]
	},
	{ name: 'a grade of 7', text: () => withField('grade', '7'), expected: ['line 3, grade:'] },
	{
		name: 'a row with too few fields',
		text: () => [header, first, 'x,y,z'].join('\n'),
		expected: [`line 3: expected ${CATALOG_COLUMNS.length} fields, found 3`]
	},
	{
		name: 'a header without the amount column',
		text: () => header!.replace('amount', 'bedrag'),
		expected: [
			'line 1, amount: column "amount" is missing from the header',
			'line 1, bedrag: unknown column "bedrag"'
		]
	},
	{
		name: 'an unclosed quote',
		text: () => `${header}\n"oops,1\n`,
		expected: ['line 2: a quote is never closed']
	},
	{ name: 'an empty file', text: () => '', expected: ['line 1: the file is empty'] }
];

describe.each(badCsvFiles)('a CSV with $name', ({ text, expected }) => {
	it('is refused whole, every problem listed by line and column', () => {
		const result = importCatalogCsv(text(), META);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const messages = result.problems.map((p) => describeImportProblem(p, 'en'));
		expected.forEach((message, i) => expect(messages[i]).toContain(message));
		expect(describeImportProblem(result.problems[0]!, 'nl')).toMatch(/^(regel \d+|[a-z_]+)/);
	});
});

describe('a JSON catalog with problems', () => {
	it('lists every problem by its path, and the duplicates and unindexable years too', () => {
		const json = JSON.parse(catalogToJson(CATALOG));
		json.entries[1].payer = 'nobody';
		json.entries[2].amount = 12.5;
		expect(importCatalogJson(JSON.stringify(json))).toMatchObject({
			ok: false,
			problems: [
				{ column: 'entries.1.payer' },
				{
					column: 'entries.2.amount',
					message: { en: 'expected a decimal number as text, such as "1250.50"' }
				}
			]
		});
		const twice = JSON.parse(catalogToJson(CATALOG));
		twice.entries[3] = { ...twice.entries[0] };
		twice.entries[4].priceYear = 1999;
		const result = importCatalogJson(JSON.stringify(twice));
		expect(result.ok || result.problems.map((p) => describeImportProblem(p, 'nl'))).toEqual([
			`entries.3.id: de id "${twice.entries[0].id}" komt dubbel voor`,
			'entries.4.priceYear: prijsjaar 1999 valt buiten de CPI (2005–2025)'
		]);
	});

	it('reports malformed JSON', () => {
		expect(importCatalogJson('{')).toMatchObject({
			ok: false,
			problems: [{ line: null, message: { en: expect.stringMatching(/^not valid JSON/) } }]
		});
	});
});
