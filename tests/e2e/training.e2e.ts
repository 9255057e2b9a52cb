import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, visit } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('the training cases in a browser', () => {
	it('lists eight stories with questions, and opens one in the calculator', async () => {
		const { page, errors } = await visit(browser, '/training');
		expect(await page.locator('article').count()).toBe(8);
		const card = page.locator('article', { hasText: 'één telefoontje' });
		expect(await card.locator('.figure').textContent()).toContain('€ 464,09');
		await card.getByRole('link', { name: 'Open in de rekenmodule' }).click();
		await page.waitForURL(/#casus=/);
		await expect
			.poll(() => page.locator('[data-figure="societal-npv"]').textContent())
			.toBe('€ 464,09');
		expect(await page.locator('[data-figure="financial-npv"]').textContent()).toBe('€ 2.774,98');
		expect(errors).toEqual([]);
		await page.close();
	});
});
