import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CATALOG } from '../../src/lib/catalog/catalog';
import { csvLine, parseCsv } from '../../src/lib/csv/csv';
import { launch, screenshot, visit } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('the catalog page in a browser', () => {
	it('finds a unit cost by a word, shows it in a chosen price year and opens its source', async () => {
		const { page, errors } = await visit(browser, '/catalogus');
		await page.getByLabel('Zoeken').fill('uitzetting');
		await page.getByLabel('Bedragen in prijsjaar').selectOption('2024');
		await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
		expect(await page.locator('tbody tr').first().textContent()).toContain('€ 9.825,09');
		// the source's range, in the same price year, without opening anything
		expect(await page.locator('[data-range="wonen.huisuitzetting"]').textContent()).toBe(
			'Bandbreedte: €\u00a06.550 – €\u00a013.100'
		);
		await page.getByRole('button', { name: 'Toon bron' }).click();
		expect(await page.locator('.details').textContent()).toContain('Eropaf! (2014)');
		// the index says which CBS table each year comes from, and when the next year comes
		await expect
			.poll(() => page.getByText(/^Prijsindex:/).textContent())
			.toMatch(
				/2005–2024 uit tabel 83131NED \(2015 = 100\), 2025 uit tabel 86141NED \(2025 = 100\)\. Van elk jaar telt de jaarmutatie van het hele kalenderjaar, uit één tabel\. Het CBS publiceert 2026 in januari 2027/
			);
		await screenshot(page, 'catalog');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('opens the unit cost a calculator line points to, with its source', async () => {
		const { page, errors } = await visit(browser, '/');
		await page.locator('.lane.reference .chosen a').first().click();
		await page.waitForURL(/catalogus\?kengetal=wonen\.huisuitzetting/);
		await expect
			.poll(() => page.getByLabel('Zoeken').inputValue())
			.toBe('Huisuitzetting, kosten verhuurder');
		expect(await page.locator('#source-wonen\\.huisuitzetting').textContent()).toContain('Eropaf!');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('sorts by amount when the column header is pressed, and says so to assistive technology', async () => {
		const { page } = await visit(browser, '/catalogus');
		await page.getByRole('button', { name: /Bedrag/ }).click();
		await page.getByRole('button', { name: /Bedrag/ }).click();
		expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Bedrag');
		// in their own price years the largest amount is the Kostenhandleiding's €106,076 for cybercrime
		expect(await page.locator('tbody th').first().textContent()).toContain('Computercriminaliteit');
		await page.close();
	});

	it('refuses a bad CSV whole and lists every problem by line and column', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'import-'));
		const exported = await (await fetch(`${inject('baseUrl')}/api/catalog.csv`)).text();
		const bad = join(dir, 'eigen.csv');
		writeFileSync(
			bad,
			exported.replace(',woningcorporatie,', ',de-buurman,').replace(',2011,', ',2031,')
		);
		const { page } = await visit(browser, '/catalogus');
		await page.getByLabel('Eigen catalogus inlezen').setInputFiles(bad);
		const alert = page.getByRole('alert');
		expect(await alert.textContent()).toContain('eigen.csv is geweigerd; er is niets ingelezen');
		expect(await alert.textContent()).toMatch(/regel \d+, payer: kies één van: "gemeente-wmo"/);
		expect(await alert.textContent()).toMatch(
			/regel \d+, price_year: prijsjaar 2031 valt buiten de CPI/
		);
		const n = CATALOG.entries.length;
		expect(await page.locator('.count').textContent()).toContain(`${n} van ${n}`);
		await page.close();
	});

	it("reads an organisation's own catalog, marks its own figures, and goes back to the standard one", async () => {
		const exported = await (await fetch(`${inject('baseUrl')}/api/catalog.csv`)).text();
		const own = join(mkdtempSync(join(tmpdir(), 'own-')), 'welzijn-oost.csv');
		const parsed = parseCsv(exported);
		if (!parsed.ok) throw new Error('the export is not CSV');
		const [header, ...rows] = parsed.rows.map((row) => row.fields);
		const amount = header!.indexOf('amount');
		const edited = rows.map((row) =>
			row[0] === 'sociaalwerk.uur' ? row.with(amount, '82.50') : row
		);
		writeFileSync(own, [header!, ...edited].map((row) => csvLine(row)).join('\r\n'));
		const { page } = await visit(browser, '/catalogus');
		await page.getByLabel('Eigen catalogus inlezen').setInputFiles(own);
		expect(await page.locator('.own').textContent()).toContain(
			'U bekijkt een eigen catalogus (welzijn-oost.csv)'
		);
		await page.getByLabel('Zoeken').fill('sociaalwerk.uur');
		expect(await page.locator('tbody tr').first().textContent()).toMatch(/eigen cijfer.*€ 82,50/s);
		await page.reload({ waitUntil: 'networkidle' });
		expect(await page.locator('.own').count()).toBe(1);
		await page.getByRole('button', { name: 'Terug naar de standaardcatalogus' }).click();
		expect(await page.locator('.own').count()).toBe(0);
		await page.close();
	});

	it('says what changed since an earlier version: old and new amount, added, withdrawn and why', async () => {
		const { page, errors } = await visit(browser, '/catalogus?sinds=2026.11');
		const summary = page.locator('[data-changes-summary]');
		await expect
			.poll(() => summary.textContent())
			.toMatch(
				/Van versie 2026\.11 naar 2026\.12: \d+ kengetallen gewijzigd, \d+ toegevoegd, 7 ingetrokken\./
			);
		const debt = page.locator('[data-id="schulden.schuldhulptraject"]');
		expect(await debt.textContent()).toMatch(
			/€ 2\.400,00 per huishouden \(2015\).*€ 8\.121,00 per hulpvrager \(2022\)/s
		);
		expect(await debt.textContent()).toContain('gewijzigd: bedrag, prijsjaar, eenheid, naam, bron');
		const police = page.locator('[data-id="veiligheid.politie-uur"]');
		expect(await police.getAttribute('data-change')).toBe('removed');
		expect(await police.textContent()).toContain('te zwak om te gebruiken');
		expect(
			await page
				.locator('[data-change="added"][data-id="schulden.deurwaarder-dagvaarding"]')
				.count()
		).toBe(1);
		await page.getByLabel('Sinds versie').selectOption('');
		expect(await summary.count()).toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('shows each unit cost as a card on a phone, with its hours of professional work and its note in Dutch', async () => {
		const { page, errors } = await visit(browser, '/catalogus', { width: 375, height: 800 });
		await page.getByLabel('Zoeken').fill('sociaal werk uur');
		const row = page.locator('tbody tr').first();
		expect(await row.textContent()).toContain('Sociaal werk, uur');
		await page.getByRole('button', { name: 'Toon bron' }).first().click();
		const details = page.locator('.details').first();
		expect(await details.locator('[data-hours]').textContent()).toMatch(
			/1 uur sociaal werk per uur/
		);
		expect(await details.textContent()).toContain(
			'Benadering: er is nog geen landelijk integraal uurtarief'
		);
		expect(await details.textContent()).not.toContain('sociaalwerk.uur');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			375
		);
		await screenshot(page, 'catalog-phone');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('switches to English', async () => {
		const { page } = await visit(browser, '/catalogus');
		await page.getByRole('button', { name: 'EN', exact: true }).click();
		expect(await page.locator('h1').textContent()).toBe('Unit costs');
		await page.close();
	});
});
