import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, signedIn } from './browser';

/** The year report's downloads as a controller takes them: one for Excel, one for programs. */
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

async function download(name: string, exact = false) {
	const { page } = await signedIn(browser, 'beheer@welzijn-voorbeeldstad.example');
	await page.goto(page.url().replace(/\/organisatie$/, '/organisatie/portfolio/2026'), {
		waitUntil: 'networkidle'
	});
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name, exact }).click()
	]);
	const bytes = readFileSync((await file.path())!);
	const fileName = file.suggestedFilename();
	await page.context().close();
	return { text: bytes.toString('utf8'), bytes, fileName };
}

describe('the year report’s downloads', () => {
	it('gives an analyst a workbook that Excel opens, its figures numbers and its totals formulas', async () => {
		const { bytes, fileName } = await download('Excel-werkmap');
		expect(fileName).toBe('portfolio-2026-concept.xlsx');
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
		);
		const payers = book.getWorksheet('Per financier')!;
		const labels = payers.getColumn(1).values.map(String);
		const municipal = labels.indexOf('Gemeente totaal');
		expect(municipal).toBeGreaterThan(1);
		expect(payers.getCell(`D${municipal}`).value).toMatchObject({
			formula: `C${municipal}-B${municipal}`
		});
		expect(typeof payers.getCell(`B${municipal + 1}`).value).toBe('number');
		// a row per case, between the heading and the total
		const saved = book.getWorksheet('Samenvatting')!.getCell('B2').value;
		expect(book.getWorksheet('Casussen')!.rowCount).toBe(1 + Number(saved) + 1);
	});

	it('gives Excel a file it opens in columns, with Dutch words and decimal commas', async () => {
		const { text, fileName } = await download('CSV voor Excel');
		expect(fileName).toBe('portfolio-2026-concept-excel.csv');
		expect(text.startsWith('\uFEFFOnderdeel;Omschrijving;Maat;Waarde\r\n')).toBe(true);
		expect(text).toMatch(
			/\r\nPer overheid, totaal;Gemeente totaal;Maatschappelijk: investering;\d+,\d\d\r\n/
		);
		expect(text).not.toContain('societal');
	});

	it('keeps the CSV for programs as it was: commas, decimal points and codes', async () => {
		const { text, fileName } = await download('CSV', true);
		expect(fileName).toBe('portfolio-2026-concept.csv');
		expect(text.startsWith('section,key,label,measure,value\r\n')).toBe(true);
		expect(text).toMatch(/\r\npayerGroup,gemeente,Gemeente totaal,societal\.costs,\d+\.\d\d\r\n/);
	});
});
