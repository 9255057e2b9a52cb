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
		expect(await card.locator('.figure').textContent()).toContain('€ 733,01');
		await card.getByRole('link', { name: 'Open in de rekenmodule' }).click();
		await page.waitForURL(/#casus=/);
		await expect
			.poll(() => page.locator('[data-figure="societal-npv"]').textContent())
			.toBe('€ 733,01');
		expect(await page.locator('[data-figure="financial-npv"]').textContent()).toBe('€ 3.043,90');
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('a training case’s tables', () => {
	it('show every factor of a row, the correction for weak evidence included, adding up to its value', async () => {
		const { page, errors } = await visit(browser, '/training/uithuisplaatsing');
		const row = page.locator('table.events tbody tr', { hasText: 'na correctie bewijs' }).first();
		// as the reader sees it: each step of the sum on a line of its own
		const working = (await row.locator('td.sum').innerText()).replace(/\s+/g, ' ').trim();
		const value = (await row.locator('td.number').last().textContent())!.trim();
		expect(working).toMatch(
			/^1 × € [\d.]+,\d\d × .+ kans × .*\d+% na correctie bewijs = € [\d.]+,\d\d/
		);
		expect(working.endsWith(value)).toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('guess the cost in a browser', () => {
	it('states the handout’s assumptions as a Dutch reader writes them', async () => {
		const { page, errors } = await visit(browser, '/training/huurachterstand');
		expect(await page.locator('.assumptions').textContent()).toContain('discontovoet 2,25%,');
		expect(errors).toEqual([]);
	});

	it('plays a round with the keyboard: two groups guess, the reveal shows the figure, its source, the points and how far off each was', async () => {
		const { page, errors } = await visit(browser, '/training/raden');
		await page.getByLabel('Schatting van Groep A (€)').fill('9.000');
		await page.getByLabel('Schatting van Groep B (€)').fill('2.000');
		await page.keyboard.press('Enter');
		expect(await page.locator('[data-actual]').textContent()).toBe('€ 9.825,09');
		expect(await page.getByRole('status').textContent()).toContain('Eropaf!');
		expect(await page.locator('[data-points="0"]').textContent()).toBe('3 punten · 8% te laag');
		expect(await page.locator('[data-points="1"]').textContent()).toBe('0 punten · 80% te laag');
		await page.keyboard.press('Enter');
		// the unit is said once, not "per nacht (per nacht)"
		expect(await page.locator('#question').textContent()).toBe('Dag- en nachtopvang, per nacht');
		expect(await page.locator('.score').textContent()).toBe('Stand: Groep A 3 · Groep B 0');
		await page.getByLabel('Schatting van Groep A (€)').fill('veel');
		expect(await page.getByText('is geen getal').textContent()).toBe(
			'“veel” is geen getal. Typ bijvoorbeeld 1.500 of 0,25.'
		);
		expect(errors).toEqual([]);
		await page.close();
	});
});
