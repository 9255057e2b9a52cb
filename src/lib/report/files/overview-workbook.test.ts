import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formulasOf, numberIn } from '$test/spreadsheet';
import { exampleRow, sharedYear } from '$test/shared-year';
import { funderOverview } from '../../portfolio/overview';
import { columnName, overviewWorkbook } from './overview-workbook';

const shared = (providerName: string, examples: string[]) =>
	sharedYear(
		providerName,
		2026,
		examples.map((example, i) => exampleRow(`C-${i}`, example, 2 + i))
	);

const OVERVIEW = funderOverview(2026, [
	shared('Buurtwerk Noord', ['uitkering-met-een-telefoontje', 'jeugd-uithuisplaatsing']),
	shared('Wijkteam Zuid', ['maatwerk-huurachterstand', 'ggz-crisis-voorkomen']),
	shared('Welzijn West', ['schuldenspiraal-boetes'])
]);

async function readBack() {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load((await overviewWorkbook(OVERVIEW, 'Gemeente Voorbeeldstad')).slice().buffer);
	return book;
}

describe('a funder’s overview as an Excel workbook', () => {
	it('names spreadsheet columns as a spreadsheet does', () => {
		expect([1, 2, 26, 27, 52, 53, 702, 703].map(columnName)).toEqual([
			'A',
			'B',
			'Z',
			'AA',
			'AZ',
			'BA',
			'ZZ',
			'AAA'
		]);
	});

	it('has the providers, the payers and domains per provider, and the years', async () => {
		const book = await readBack();
		expect(book.worksheets.map((s) => s.name)).toEqual([
			'Aanbieders',
			'Per financier',
			'Per domein',
			'Door de jaren'
		]);
		const payers = book.getWorksheet('Per financier')!;
		expect(payers.getRow(1).values).toEqual([
			undefined,
			'Netto per financier (begroting)',
			'Buurtwerk Noord',
			'Welzijn West',
			'Wijkteam Zuid',
			'Samen'
		]);
	});

	it('writes every sum as a formula that gives the total it shows', async () => {
		const formulas = formulasOf(await readBack());
		expect(formulas.length).toBeGreaterThan(20);
		for (const { at, evaluated, shown } of formulas) expect(evaluated, at).toBeCloseTo(shown, 6);
		const providers = (await readBack()).getWorksheet('Aanbieders')!;
		expect(providers.getCell('H5').value).toMatchObject({ formula: 'SUM(H2:H4)' });
		expect(numberIn(providers, 'H5')).toBeCloseTo(
			OVERVIEW.combined.sums.total.societal.npv.toNumber(),
			6
		);
	});
});
