import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '$test/databases';
import { MEASURES, measureCode, YEAR_MEASURES } from '../../portfolio/measures';
import { summarise } from '../../portfolio/portfolio';
import { resultCsv } from '../../report/files/result-csv';
import { reportWorkbook } from '../../report/files/workbook';
import { calculate } from '../../calculate/calculate';
import type { Database } from '../db/database';
import { BREAKDOWN_COLUMNS, columnOf, YEAR_COLUMNS } from './columns';

/**
 * The measures are named once (portfolio/measures.ts). A measure added there and not kept by
 * the database, not added up by its triggers, or not written to a year's files fails here.
 */
describe('every kept measure', () => {
	let db: Database;
	beforeAll(async () => (db = await freshDatabase('embedded')));
	afterAll(() => db.close());

	const columnsOf = async (table: string) =>
		(
			await db.query<{ name: string }>(
				`select column_name as name from information_schema.columns where table_name = $1`,
				[table]
			)
		).map((c) => c.name);
	const triggerSource = async (fn: string) =>
		(
			await db.query<{ src: string }>('select prosrc as src from pg_proc where proname = $1', [fn])
		)[0]!.src;

	it('is a column of each case’s sums and of the year’s totals', async () => {
		expect(BREAKDOWN_COLUMNS).toEqual(MEASURES.map((m) => columnOf(m.name)));
		for (const table of ['case_results', 'year_results'])
			expect(await columnsOf(table)).toEqual(expect.arrayContaining(BREAKDOWN_COLUMNS));
		for (const table of ['case_result_years', 'year_result_years'])
			expect(await columnsOf(table)).toEqual(expect.arrayContaining(YEAR_COLUMNS));
	});

	it('is added to the year and taken off it by the triggers', async () => {
		const pairs = [
			['case_results', 'year_results', BREAKDOWN_COLUMNS],
			['case_result_years', 'year_result_years', YEAR_COLUMNS]
		] as const;
		for (const [source, target, columns] of pairs) {
			const added = await triggerSource(`${source}_added`);
			const removed = await triggerSource(`${source}_removed`);
			for (const c of columns) {
				expect(added).toContain(`${c} = ${target}.${c} + excluded.${c}`);
				expect(removed).toContain(`${c} = t.${c} - g.${c}`);
			}
		}
	});

	it('is written to the year’s CSV and workbook', async () => {
		const input = JSON.parse(readFileSync('examples/maatwerk-huurachterstand.json', 'utf8'));
		const outcome = calculate(input);
		if (!outcome.ok) throw new Error('the example no longer computes');
		const csv = resultCsv(outcome.result, 'en');
		for (const m of MEASURES) expect(csv).toContain(`total,total,Total,${measureCode(m)},`);
		const excel = resultCsv(outcome.result, 'nl', 'excel-nl');
		// a row per measure, and each view's ratio after its net present value
		const totals = excel.split('\r\n').filter((line) => line.startsWith('Totaal;Totaal;'));
		expect(totals).toHaveLength(MEASURES.length + 2);
		for (const m of YEAR_MEASURES.filter((y) => y.of !== 'net'))
			expect(csv).toContain(`,${m.view}.${m.of},`);
		const row = {
			id: 's',
			caseCode: 'W-1',
			times: 1,
			scenario: input
		};
		const book = new ExcelJS.Workbook();
		const bytes = await reportWorkbook(summarise(2026, [row], []), 'Welzijn');
		await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
		for (const sheet of ['Per financier', 'Per domein', 'Per soort waarde']) {
			const head = book.getWorksheet(sheet)!.getRow(1).values as unknown[];
			expect(head.slice(2)).toEqual(MEASURES.map((m) => m.label.nl));
		}
	});
});
