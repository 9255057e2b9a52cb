import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, screenshot, signedIn, visit } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('comparing scenarios in a browser', () => {
	it('makes a variant in one step, compares it side by side, and keeps the comparison in its link', async () => {
		const { page, errors } = await visit(browser, '/vergelijken');
		await page.getByLabel('Wat verandert').selectOption('flexible-budget');
		await page.getByLabel('Factor').fill('2');
		await page.getByLabel('Naam van de variant').fill('Dubbel maatwerkbudget');
		await page.getByRole('button', { name: 'Voeg variant toe' }).click();
		// twice the budget helps twice the households, each as the one helped now: all doubles
		expect(await page.locator('[data-compare="societal-costs-0"]').textContent()).toBe('€ 711,75');
		expect(await page.locator('[data-compare="societal-costs-1-difference"]').textContent()).toBe(
			'+€ 711,75'
		);
		const avoided = await page.locator('[data-compare="societal-benefits-0"]').textContent();
		expect(
			await page.locator('[data-compare="societal-benefits-1-difference"]').textContent()
		).toBe(`+${avoided}`);
		expect(await page.locator('.scenarios .changed').first().textContent()).toContain(
			'Aanname: elk extra huishouden krijgt dezelfde hulp'
		);

		await page.getByLabel('Wat verandert').selectOption('discount-rate');
		await page.getByLabel('Rente voor latere jaren (%)').fill('3,5');
		await page.getByRole('button', { name: 'Voeg variant toe' }).click();
		expect(await page.locator('table.comparison thead th').count()).toBe(6);
		expect(await page.locator('figure.chart').count()).toBe(3);
		expect(await page.locator('rect.net').count()).toBeGreaterThan(6);
		await screenshot(page, 'compare');

		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('header.site').isVisible()).toBe(false);
		expect(await page.locator('form.controls').first().isVisible()).toBe(false);
		expect(await page.locator('table.comparison').isVisible()).toBe(true);
		await page.pdf({ path: 'test-results/compare.pdf', format: 'A4' });
		// the printout says when it was printed, what each variant changed, and its assumptions
		const printed = execFileSync('pdftotext', ['test-results/compare.pdf', '-'], {
			encoding: 'utf8'
		}).replace(/\s+/g, ' ');
		expect(printed).toContain('Afgedrukt op');
		expect(printed).toContain('Aanname: elk extra huishouden krijgt dezelfde hulp');
		expect(printed).toContain('Prijsjaar 2024, rente voor latere jaren 3,5%');
		await page.emulateMedia({ media: 'screen' });

		const link = page.url();
		const again = await browser.newPage();
		await again.goto(link, { waitUntil: 'networkidle' });
		expect(await again.locator('[data-compare="societal-costs-1-difference"]').textContent()).toBe(
			'+€ 711,75'
		);
		expect(await again.locator('.scenarios li').count()).toBe(3);
		await again.close();
		expect(errors).toEqual([]);
		await page.close();
	});

	it('starts from a case saved in the calculator', async () => {
		const { page } = await visit(browser, '/');
		await page.getByLabel('Naam van de casus').fill('Onze wijk');
		await page.getByLabel('Aantal huishoudens met deze casus', { exact: true }).fill('40');
		await page.getByRole('button', { name: 'Bewaar in deze browser' }).click();
		await page.goto(page.url().replace(/\/(#.*)?$/, '/vergelijken'), { waitUntil: 'networkidle' });
		await page.getByLabel('Begin met').selectOption({
			label: 'Huurachterstand betaald uit maatwerkbudget voorkomt huisuitzetting (bewaard)'
		});
		await page.getByRole('button', { name: 'Begin opnieuw' }).click();
		// 40 households × (€300 + 6 h × €64 × 1.072254) = 40 × €711.745536
		expect(await page.locator('[data-compare="societal-costs-0"]').textContent()).toBe(
			'€ 28.469,82'
		);
		await page.close();
	});

	it('shifts a share of one provision to another', async () => {
		const { page } = await visit(browser, '/vergelijken');
		await page.getByLabel('Begin met').selectOption('pattern:care-to-social-work');
		await page.getByRole('button', { name: 'Begin opnieuw' }).click();
		await page.getByLabel('Wat verandert').selectOption('shift');
		await page.getByLabel('Deel dat verschuift (%)').fill('50%');
		await page.getByRole('button', { name: 'Voeg variant toe' }).click();
		expect(
			await page.locator('[data-compare="societal-costs-1-difference"]').textContent()
		).toMatch(/^−€/);
		await page.close();
	});

	it('starts from the organisation’s own year, with the same figures as its report', async () => {
		const { page, errors } = await signedIn(browser, 'beheer@welzijn-voorbeeldstad.example');
		const base = page.url().replace(/\/organisatie$/, '');
		await page.goto(`${base}/organisatie/portfolio/2026`, { waitUntil: 'networkidle' });
		const reported = await page.locator('[data-figure="societal-npv"]').textContent();
		await page.goto(`${base}/vergelijken`, { waitUntil: 'networkidle' });
		await page
			.getByLabel('Begin met')
			.selectOption({ label: 'Jaarportfolio 2026 van Welzijn Voorbeeldstad (alle casussen)' });
		await page.getByRole('button', { name: 'Begin opnieuw' }).click();
		await expect
			.poll(() => page.locator('.scenarios li strong').first().textContent())
			.toBe('Jaarportfolio 2026 (Welzijn Voorbeeldstad)');
		expect(await page.locator('[data-compare="societal-npv-0"]').textContent()).toBe(reported);
		await page.getByLabel('Wat verandert').selectOption('flexible-budget');
		await page.getByLabel('Factor').fill('1,5');
		await page.getByRole('button', { name: 'Voeg variant toe' }).click();
		expect(
			await page.locator('[data-compare="societal-costs-1-difference"]').textContent()
		).toMatch(/^\+€ [\d.]+,\d\d$/);
		expect(await page.locator('.scenarios .changed').first().textContent()).toContain(
			'Maatwerkbudget × 1,5'
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('lets a funder start from a provider’s shared version, with the figures it established', async () => {
		const { page, errors } = await signedIn(browser, 'beleid@gemeente-voorbeeldstad.example');
		const base = page.url().replace(/\/organisatie$/, '');
		await page.goto(`${base}/organisatie/gedeeld`, { waitUntil: 'networkidle' });
		await page.getByRole('link', { name: 'Jaarportfolio 2025 van Buurtwerk Noord' }).click();
		await page.waitForLoadState('networkidle');
		const reported = await page.locator('[data-figure="societal-npv"]').textContent();
		await page.goto(`${base}/vergelijken`, { waitUntil: 'networkidle' });
		await page
			.getByLabel('Begin met')
			.selectOption({ label: 'Jaarportfolio 2025 van Buurtwerk Noord (gedeeld, versie 1)' });
		await page.getByRole('button', { name: 'Begin opnieuw' }).click();
		await expect
			.poll(() => page.locator('.scenarios li strong').first().textContent())
			.toBe('Jaarportfolio 2025 van Buurtwerk Noord, versie 1');
		expect(await page.locator('[data-compare="societal-npv-0"]').textContent()).toBe(reported);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
