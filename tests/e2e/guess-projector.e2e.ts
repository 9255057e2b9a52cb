import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launch } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** The selectors whose element lies (partly) outside the screen. */
function offScreen(page: Page, selectors: string[]) {
	return page.evaluate(
		(selectors) =>
			selectors.filter((selector) => {
				const box = document.querySelector(selector)?.getBoundingClientRect();
				return !box || box.top < 0 || box.bottom > innerHeight + 1 || box.right > innerWidth + 1;
			}),
		selectors
	);
}

describe('guess the cost on the projector', () => {
	it.each([
		[1280, 720, 2],
		[1024, 768, 4]
	])(
		'at %i × %i with %i groups, shows the reveal, the points and how far off each was on one screen',
		async (width, height, groups) => {
			const page = await browser.newPage({ viewport: { width, height } });
			await page.goto(`${inject('baseUrl')}/training/raden`, { waitUntil: 'networkidle' });
			for (let i = 2; i < groups; i++)
				await page.getByRole('button', { name: 'Groep toevoegen' }).click();
			await page.getByRole('button', { name: 'Op de beamer' }).click();
			const projector = page.getByRole('region', { name: 'Raad de kosten: Op de beamer' });
			for (let i = 0; i < groups; i++) await page.locator(`#guess-${i}`).fill(`${(i + 1) * 4}.000`);
			await page.keyboard.press('Enter');
			await page.locator('[data-actual]').waitFor();
			await page.waitForTimeout(100); // the scale is found in a few measured steps
			expect(
				await offScreen(page, [
					'[data-actual]',
					'.answer .source',
					...Array.from({ length: groups }, (_, i) => `[data-miss="${i}"]`),
					'.score',
					'.leave'
				])
			).toEqual([]);
			expect(await projector.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
			expect(await page.locator('[data-miss="0"]').textContent()).toMatch(
				/te (hoog|laag)|keer zo hoog|precies goed/
			);
			await page.keyboard.press('Escape');
			expect(await projector.count()).toBe(0);
			await page.close();
		}
	);
});
