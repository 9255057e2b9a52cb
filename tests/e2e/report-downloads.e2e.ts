import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, signedIn } from './browser';

/** The year report's downloads as a controller takes them: one for Excel, one for programs. */
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

async function download(name: string) {
	const { page } = await signedIn(browser, 'beheer@welzijn-voorbeeldstad.example');
	await page.goto(page.url().replace(/\/organisatie$/, '/organisatie/portfolio/2026'), {
		waitUntil: 'networkidle'
	});
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name }).click()
	]);
	const text = readFileSync((await file.path())!, 'utf8');
	const fileName = file.suggestedFilename();
	await page.context().close();
	return { text, fileName };
}

describe('the year report’s downloads', () => {
	it('gives Excel a file it opens in columns, with Dutch words and decimal commas', async () => {
		const { text, fileName } = await download('Download voor Excel');
		expect(fileName).toBe('portfolio-2026-excel.csv');
		expect(text.startsWith('\uFEFFOnderdeel;Omschrijving;Maat;Waarde\r\n')).toBe(true);
		expect(text).toMatch(
			/\r\nPer overheid, totaal;Gemeente totaal;Maatschappelijk: investering;\d+,\d\d\r\n/
		);
		expect(text).not.toContain('societal');
	});

	it('keeps the CSV for programs as it was: commas, decimal points and codes', async () => {
		const { text, fileName } = await download('Download als CSV');
		expect(fileName).toBe('portfolio-2026.csv');
		expect(text.startsWith('section,key,label,measure,value\r\n')).toBe(true);
		expect(text).toMatch(/\r\npayerGroup,gemeente,Gemeente totaal,societal\.costs,\d+\.\d\d\r\n/);
	});
});
