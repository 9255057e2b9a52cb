import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, screenshot, visit } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('uncertainty in a browser', () => {
	it('ranks the inputs in a tornado and gives each probability its break-even value', async () => {
		const { page, errors } = await visit(browser, '/');
		await page.getByRole('button', { name: 'Bekijk hoe zeker de uitkomst is' }).click();
		await page.getByRole('button', { name: 'Bereken de gevoeligheid' }).click();
		const tornado = page.locator('figure.chart', { hasText: 'Gevoeligheid' });
		expect(await tornado.locator('g.bar').count()).toBeGreaterThan(3);
		// €711.75 invested against €9,825.09 × (1 − 30%) for one avoided eviction, its chain included
		expect(await page.locator('[data-break-even]').first().textContent()).toMatch(/^0,0\d+/);
		await tornado.screenshot({ path: 'test-results/chart-tornado.png' });
		// every euro paid from the flexible budget would have to cost €17.32 before the case stops paying:
		// 1 + €4,895.07 / €300
		await page
			.getByLabel('Quitte voor een andere invoer')
			.selectOption('unitCost:sociaalwerk.maatwerkbudget-euro');
		expect(await page.locator('[data-break-even-chosen]').textContent()).toMatch(
			/aangenomen: 1 · quitte bij:\s+17,3169/
		);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('runs a Monte Carlo in a worker with progress, can cancel it, and shows the histogram', async () => {
		const { page, errors } = await visit(browser, '/');
		await page.getByRole('button', { name: 'Bekijk hoe zeker de uitkomst is' }).click();
		await page.getByLabel('Trekkingen').fill('200000');
		await page.getByRole('button', { name: 'Start simulatie' }).click();
		await page.locator('progress').waitFor();
		// the page stays responsive while the worker draws
		await page.getByRole('button', { name: 'Kansen en correcties' }).click();
		await page.getByRole('button', { name: 'Annuleren' }).click();
		expect(await page.locator('.uncertainty [role="status"]').textContent()).toBe(
			'Simulatie geannuleerd.'
		);
		expect(await page.locator('progress').count()).toBe(0);

		await page.getByLabel('Trekkingen').fill('5000');
		await page.getByRole('button', { name: 'Start simulatie' }).click();
		await page.getByText('Simulatie klaar.').waitFor({ timeout: 20_000 });
		expect(await page.locator('[data-simulation="npv-mean"]').textContent()).toMatch(/€/);
		expect(await page.locator('[data-simulation="odds"]').textContent()).toMatch(/%$/);
		const histogram = page.locator('figure.chart', { hasText: 'Verdeling' });
		expect(await histogram.locator('rect.bin').count()).toBeGreaterThan(5);
		await histogram.screenshot({ path: 'test-results/chart-histogram.png' });
		await screenshot(page, 'calculator-uncertainty');
		expect(errors).toEqual([]);
		await page.close();
	});
});
