import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CATALOG } from '../../src/lib/catalog/catalog';
import { launch, screenshot, signedIn, visit } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const MANAGER = 'beheer@welzijn-voorbeeldstad.example';

describe('hours of professional work beside the euros', () => {
	it.each([1366, 375])(
		'shows the hours a group avoids and spends, each traced to its line and source, at %i px',
		async (width) => {
			const { page, errors } = await visit(browser, '/', { width, height: 900 });
			await page.getByLabel('Begin met een voorbeeld').selectOption('individual-to-collective');
			await page.getByRole('button', { name: 'Gebruik dit voorbeeld' }).click();
			const hours = page.locator('[data-hours]');
			// 640 h of support avoided with 90% certainty (grade 2) in years 0 and 1; 120 h of social work a year
			await expect
				.poll(() => page.locator('[data-figure="hours-avoided-begeleiding"]').textContent())
				.toBe('1.152 uur');
			expect(await page.locator('[data-figure="hours-spent-sociaal-werk"]').textContent()).toBe(
				'240 uur'
			);
			expect(await hours.locator('caption').textContent()).toContain('Professionele inzet');
			await page.locator('[data-figure="hours-avoided-begeleiding"]').click();
			const dialog = page.getByRole('dialog');
			const explained = await dialog.textContent();
			expect(explained).toContain('576 eenheden in het eerste jaar × 1 uur per eenheid');
			expect(explained).toMatch(/begeleiding \(bron: Gemeente Westerveld/);
			await screenshot(page, `calculator-hours-${width}`);
			await dialog.getByRole('button', { name: 'Sluiten' }).click();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			expect(errors).toEqual([]);
			await page.close();
		}
	);

	it('says when an opened case was kept with an older catalog, and links to what changed', async () => {
		const scenario = JSON.parse(readFileSync('examples/maatwerk-huurachterstand.json', 'utf8'));
		scenario.catalogVersion = '2026.11';
		const file = join(mkdtempSync(join(tmpdir(), 'older-')), 'oud.json');
		writeFileSync(file, JSON.stringify(scenario));
		const { page, errors } = await visit(browser, '/');
		await page.getByLabel('Open een bestand').setInputFiles(file);
		const notice = page.locator('[data-older-catalog]');
		await expect
			.poll(() => notice.textContent())
			.toMatch(
				new RegExp(
					`bewaard met kengetallen versie 2026\\.11; hij is nu berekend met versie ${CATALOG.version.replace('.', '\\.')}`
				)
			);
		await notice.getByRole('link', { name: 'Bekijk wat er veranderd is' }).click();
		await page.waitForURL(/\/catalogus\?sinds=2026\.11$/);
		await expect.poll(() => page.locator('[data-changes-summary]').count()).toBe(1);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('reports the year’s hours, and where they come from, and a saved case names its catalog release', async () => {
		const { page, errors } = await signedIn(browser, MANAGER);
		await page.goto(`${inject('baseUrl')}/organisatie/portfolio/2026`, {
			waitUntil: 'networkidle'
		});
		const table = page.locator('section[data-hours]');
		expect(await table.locator('h2').textContent()).toBe('Uren professionele inzet');
		expect(await table.locator('[data-hours-spent="sociaal-werk"]').textContent()).toMatch(
			/^\d[\d.]* uur$/
		);
		expect(await table.textContent()).toContain(
			'Sociaal werk, uur (proxy begeleiding thuis): 1 uur sociaal werk per uur'
		);
		// each column's name stands right over its figures
		const rightEdges = await table.evaluate((section) =>
			[...section.querySelectorAll('tr')].map((row) => {
				const text = document.createRange();
				text.selectNodeContents(row.children[1]!);
				return Math.round(text.getBoundingClientRect().right);
			})
		);
		expect(new Set(rightEdges).size).toBe(1);
		await page.goto(`${inject('baseUrl')}/organisatie`, { waitUntil: 'networkidle' });
		await page.locator('table a[href*="/organisatie/casussen/"]').first().click();
		await page.waitForURL(/\/organisatie\/casussen\/[0-9a-f-]{36}/);
		expect(await page.locator('[data-catalog-version]').textContent()).toContain(
			`Berekend met kengetallen versie ${CATALOG.version}.`
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
