import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, visit } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('the home page in a browser', () => {
	it('starts with the example case and its payer balance, in Dutch and in English, without errors', async () => {
		const { page, errors } = await visit(browser, '/');
		expect(await page.locator('h1').textContent()).toBe('Effectwijzer');
		expect(await page.locator('.headline').textContent()).toContain('€ 3.773,46');
		await page.getByRole('button', { name: 'EN', exact: true }).click();
		expect(await page.locator('.headline').textContent()).toContain('€3,773.46');
		expect(await page.locator('table').textContent()).toContain('Housing corporation');
		await page.reload({ waitUntil: 'networkidle' });
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		expect(errors).toEqual([]);
		await page.close();
	});
});
