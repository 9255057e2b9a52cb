import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exampleRows } from '$test/example-rows';
import { summarise } from '../../portfolio/portfolio';
import { evaluate, numberIn } from '$test/spreadsheet';
import { reportWorkbook } from './workbook';

const ROWS = exampleRows((i) => 1 + (i % 3));
const REPORT = summarise(2026, ROWS, []);

async function readBack() {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(
		(await reportWorkbook(REPORT, 'Welzijn Voorbeeldstad')).buffer as ArrayBuffer
	);
	return book;
}

describe('the report as an Excel workbook', () => {
	it('has a sheet for the summary, each breakdown, the years, the cases, the sources and the assumptions', async () => {
		const book = await readBack();
		expect(book.worksheets.map((s) => s.name)).toEqual([
			'Samenvatting',
			'Per financier',
			'Per domein',
			'Per soort waarde',
			'Per jaar',
			'Casussen',
			'Bronnen',
			'Aannames'
		]);
	});

	it('writes figures as numbers in euros, and every formula gives the figure it shows', async () => {
		const book = await readBack();
		let formulas = 0;
		book.eachSheet((sheet) =>
			sheet.eachRow((row) =>
				row.eachCell((cell) => {
					const value = cell.value;
					if (value && typeof value === 'object' && 'formula' in value && value.formula) {
						formulas++;
						expect(evaluate(sheet, value.formula), `${sheet.name}!${cell.address}`).toBeCloseTo(
							numberIn(sheet, cell.address),
							6
						);
					}
				})
			)
		);
		expect(formulas).toBeGreaterThan(50);
		// every net figure is avoided minus invested, on every row of every breakdown
		for (const name of ['Per financier', 'Per domein', 'Per soort waarde']) {
			const sheet = book.getWorksheet(name)!;
			for (let row = 2; row <= sheet.rowCount; row++)
				for (const column of ['D', 'G'])
					expect(sheet.getCell(`${column}${row}`).value, `${name}!${column}${row}`).toHaveProperty(
						'formula'
					);
		}
		const summary = book.getWorksheet('Samenvatting')!;
		expect(summary.getCell('B7').value).toMatchObject({ formula: 'B6-B5' });
		expect(numberIn(summary, 'B7')).toBeCloseTo(REPORT.summary.total.societal.npv.toNumber(), 6);
		expect(summary.getCell('B5').numFmt).toContain('€');
	});

	it('sums the municipality’s budgets into its total, and the payers into the grand total', async () => {
		const sheet = (await readBack()).getWorksheet('Per financier')!;
		const labels = sheet.getColumn(1).values.map(String);
		const total = labels.indexOf('Gemeente totaal');
		expect(labels[total + 1]).toMatch(/^ {3}Gemeente \(/);
		expect(sheet.getCell(`B${total}`).value).toMatchObject({
			formula: expect.stringMatching(/^B\d+\+B\d+/)
		});
		const grand = labels.indexOf('Totaal');
		expect(numberIn(sheet, `D${grand}`)).toBeCloseTo(
			REPORT.summary.total.societal.npv.toNumber(),
			6
		);
	});

	it('has the screen’s municipal column beside society and the budgets', async () => {
		const summary = (await readBack()).getWorksheet('Samenvatting')!;
		const municipal = REPORT.summary.byPayerGroup.gemeente!.financial;
		expect(summary.getCell('D4').value).toBe('Alleen de gemeentebegroting');
		expect(numberIn(summary, 'D5')).toBeCloseTo(municipal.costs.toNumber(), 6);
		expect(numberIn(summary, 'D6')).toBeCloseTo(municipal.benefits.toNumber(), 6);
		expect(summary.getCell('D7').value).toMatchObject({ formula: 'D6-D5' });
	});

	it('writes realistic beside maximum, and what the corrections take off as a formula', async () => {
		const summary = (await readBack()).getWorksheet('Samenvatting')!;
		const labels = [...summary.getColumn(1).values].map((v) => (v === undefined ? '' : String(v)));
		const head = labels.findIndex((l) => l.startsWith('Realistisch naast maximaal'));
		expect(head).toBeGreaterThan(0);
		const avoided = head + 1;
		expect(summary.getCell(`B${avoided}`).value).toMatchObject({ formula: 'B6' });
		expect(numberIn(summary, `C${avoided}`)).toBeCloseTo(
			REPORT.maximum!.societal.benefits.toNumber(),
			6
		);
		expect(summary.getCell(`D${avoided}`).value).toMatchObject({
			formula: `C${avoided}-B${avoided}`
		});
		const takenOff = REPORT.maximum!.societal.benefits.minus(
			REPORT.summary.total.societal.benefits
		);
		expect(takenOff.gt(0)).toBe(true);
		expect(evaluate(summary, `C${avoided}-B${avoided}`)).toBeCloseTo(takenOff.toNumber(), 6);
	});

	it('writes the discount rate as the report prints it, and as a number to calculate with', async () => {
		const sheet = (await readBack()).getWorksheet('Aannames')!;
		expect(sheet.getCell('B3').value).toBe('2,25% per jaar');
		expect(sheet.getCell('C3').value).toBe(0.0225);
		expect(sheet.getCell('C3').numFmt).toBe('0.00%');
	});
});
