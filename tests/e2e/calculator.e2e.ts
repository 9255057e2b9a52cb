import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { launch, screenshot, seriousViolations, visit } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const figure = (page: Page, name: string) =>
	page.locator(`[data-figure="${name}"]`).first().textContent();
/** The charts load when the reader scrolls down to them. */
async function showCharts(page: Page) {
	await page.locator('section.charts').scrollIntoViewIfNeeded();
	await page.locator('figure.chart').nth(3).waitFor();
}
const barWidth = (page: Page, payer: string) =>
	page.locator('.chart g[aria-label^="' + payer + '"] rect.saves').getAttribute('width');

describe('the calculator in a browser', () => {
	it('opens with an example case, its result and its charts', async () => {
		const { page, errors } = await visit(browser, '/');
		expect(await page.locator('h1').textContent()).toBe('Rekenen aan een casus');
		expect(await figure(page, 'societal-npv')).toBe('€ 4.895,07');
		await showCharts(page);
		expect(await page.locator('figure.chart').count()).toBe(4);
		expect(await page.locator('#reference-0-unit').inputValue()).toBe(
			'Huisuitzetting, kosten verhuurder'
		);
		expect(await page.locator('.lane.reference .chosen').first().textContent()).toContain(
			'€ 7.500,00 per uitzetting · Woningcorporatie · prijsjaar 2014 · bewijs 4 van 5'
		);
		await screenshot(page, 'calculator');
		for (const [i, chart] of (await page.locator('figure.chart').all()).entries())
			await chart.screenshot({ path: `test-results/chart-${i + 1}.png` });
		expect(errors).toEqual([]);
		await page.close();
	});

	it('builds a case from a pattern, and a changed probability moves the numbers and the bars', async () => {
		const { page } = await visit(browser, '/');
		await page.getByLabel('Begin met een voorbeeld').selectOption('care-to-social-work');
		await page.getByRole('button', { name: 'Gebruik dit voorbeeld' }).click();
		expect(await figure(page, 'societal-npv')).toBe('€ 33.326,16');
		await showCharts(page);
		const before = await barWidth(page, 'Zorgverzekeraar');
		await page.getByRole('button', { name: 'Kansen en correcties' }).click();
		const probability = page.getByLabel('Kans zonder hulp', { exact: true }).first();
		await probability.fill('0,35');
		await expect.poll(() => figure(page, 'societal-npv')).not.toBe('€ 33.326,16');
		expect(await figure(page, 'societal-benefits')).toBe('€ 26.956,72');
		expect(Number(await barWidth(page, 'Zorgverzekeraar'))).toBeLessThan(Number(before));
		await page.close();
	});

	it('names a wrong field in place and keeps the last good result, marked as such', async () => {
		const { page } = await visit(browser, '/');
		const probability = page.locator('#reference-0-p');
		await probability.fill('1,2');
		expect(await page.locator('#reference-0-p-error').textContent()).toBe(
			'“1,2” is meer dan 1. Bedoelt u 1,2%? Typ een kans als percentage (40%) of als deel van 1 (0,4).'
		);
		expect(await probability.getAttribute('aria-invalid')).toBe('true');
		expect(await page.getByRole('status').first().textContent()).toContain(
			'laatste uitkomst die wel klopte'
		);
		// the list of what to mend says where, in the words of the page, not a JSON path
		expect(await page.locator('.problems li').first().textContent()).toContain(
			'Zonder hulp: wat er was gebeurd › “Huisuitzetting” › Kans zonder hulp'
		);
		expect(await figure(page, 'societal-npv')).toBe('€ 4.895,07');
		await probability.fill('0.4');
		await expect.poll(() => page.locator('.stale-note').count()).toBe(0);
		await page.close();
	});

	it('exports a case as JSON and imports it back to the same result', async () => {
		const { page } = await visit(browser, '/');
		await page.locator('#reference-0-p').fill('0.55');
		const npv = await figure(page, 'societal-npv');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Exporteer als bestand' }).click();
		const file = await (await download).path();
		const exported = JSON.parse(readFileSync(file, 'utf8'));
		expect(exported.format).toBe('effectwijzer-scenario/1');
		// the same file computes the same result on the command line
		const { code, stdout: printed } = cli(
			['compute', '-', '--format', 'csv'],
			new Uint8Array(readFileSync(file))
		);
		expect(code).toBe(0);
		const csvNpv = printed
			.split('\r\n')
			.find((line) => line.startsWith('total,total,Totaal,societal.npv,'));
		const shown = npv!
			.replace('−', '-')
			.replace(/[€\s.]/g, '')
			.replace(',', '.');
		expect(csvNpv!.split(',').at(-1)).toBe(shown);
		await page.getByRole('button', { name: 'Gebruik dit voorbeeld' }).click();
		expect(await figure(page, 'societal-npv')).not.toBe(npv);
		await page.getByLabel('Open een bestand').setInputFiles(file);
		await expect.poll(() => figure(page, 'societal-npv')).toBe(npv);
		await page.close();
	});

	it('imports a scenario of several cases and lets each be edited', async () => {
		const scenario = JSON.parse(readFileSync('examples/jeugd-uithuisplaatsing.json', 'utf8'));
		const second = {
			...structuredClone(scenario.cases[0]),
			id: 'tweede',
			label: 'Tweede gezin',
			count: 3
		};
		scenario.cases.push(second);
		const file = join(mkdtempSync(join(tmpdir(), 'cases-')), 'twee-casussen.json');
		writeFileSync(file, JSON.stringify(scenario));
		const { page } = await visit(browser, '/');
		await page.getByLabel('Open een bestand').setInputFiles(file);
		const choice = page.getByLabel('Casus in dit scenario');
		await choice.selectOption({ label: 'Tweede gezin' });
		expect(await page.getByLabel('Naam van de casus').inputValue()).toBe('Tweede gezin');
		// 12 + 3 families × (€7,024 × 1.033 + 40 h × €64 × 1.072254) = 15 × €10,000.76224
		expect(await figure(page, 'societal-costs')).toBe('€ 150.011,43');
		await page.close();
	});

	it('opens a shared link on the same case', async () => {
		const { page } = await visit(browser, '/');
		await page.locator('#reference-0-p').fill('0.25');
		const npv = await figure(page, 'societal-npv');
		await page.getByRole('button', { name: 'Kopieer deellink' }).click();
		const url = page.url();
		expect(url).toContain('#casus=');
		const other = await browser.newPage();
		await other.goto(url, { waitUntil: 'networkidle' });
		await expect.poll(() => figure(other, 'societal-npv')).toBe(npv);
		await other.close();
		await page.close();
	});

	it('explains where a figure comes from', async () => {
		const { page } = await visit(browser, '/');
		await page.locator('[data-figure="societal-benefits"]').click();
		const dialog = page.getByRole('dialog');
		expect(await dialog.textContent()).toMatch(
			/Huisuitzetting: 1 × € 9\.825,09 \(Huisuitzetting, kosten verhuurder: € 7\.500,00 prijsjaar 2014/
		);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);
		await page.close();
	});

	it('keeps millions of euros whole and inside their column on a phone', async () => {
		const { page, errors } = await visit(browser, '/', { width: 375, height: 800 });
		await page.getByLabel('Begin met een voorbeeld').selectOption('individual-to-collective');
		await page.getByRole('button', { name: 'Gebruik dit voorbeeld' }).click();
		await page.locator('#case-count').fill('1.500');
		await page.locator('#case-count').press('Tab');
		await expect.poll(() => figure(page, 'societal-costs')).toBe('€ 59.505.222,55');
		const broken = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.headline td')]
				.filter(
					(td) =>
						td.scrollWidth > td.clientWidth + 1 ||
						// a figure on two lines has its "€" apart from its amount
						(td.querySelector('button')?.getClientRects().length ?? 1) > 1 ||
						(td.querySelector('button')?.offsetHeight ?? 0) > 30
				)
				.map((td) => td.textContent)
		);
		expect(broken).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('on a phone, keeps every field reached with Tab clear of the result bar, and never scrolls sideways', async () => {
		const { page, errors } = await visit(browser, '/', { width: 375, height: 800 });
		const hidden: string[] = [];
		for (const view of ['Tijdlijnen', 'Kansen en correcties']) {
			await page.getByRole('button', { name: view }).click();
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth),
				`${view} is wider than the phone`
			).toBeLessThanOrEqual(375);
			await page.locator('h1').focus();
			for (let stop = 0; stop < 120; stop++) {
				await page.keyboard.press('Tab');
				const covered = await page.evaluate(() => {
					const focused = document.activeElement as HTMLElement | null;
					const bar = document.querySelector('.summary-bar');
					// past the last stop focus leaves the page (body) and comes round again
					if (!focused || focused === document.body || !bar || focused.closest('.summary-bar'))
						return null;
					const box = focused.getBoundingClientRect();
					const under = bar.getBoundingClientRect();
					return box.height > 0 && box.bottom > under.top + 1 && box.top < under.bottom - 1
						? `${focused.tagName}#${focused.id} “${focused.textContent?.trim().slice(0, 30)}”`
						: null;
				});
				if (covered) hidden.push(`${view}: ${covered}`);
			}
		}
		expect(hidden).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('switches to English', async () => {
		const { page } = await visit(browser, '/');
		await page.getByRole('button', { name: 'EN', exact: true }).click();
		expect(await page.locator('h1').textContent()).toBe('Working out a case');
		expect(await figure(page, 'societal-npv')).toBe('€4,895.07');
		await showCharts(page);
		expect(await page.locator('figure.chart figcaption').first().textContent()).toBe(
			'The two timelines side by side'
		);
		await page.reload({ waitUntil: 'networkidle' });
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		expect(await page.locator('h1').textContent()).toBe('Working out a case');
		await page.close();
	});

	it('can be worked with the keyboard: add, move and remove an event', async () => {
		const { page } = await visit(browser, '/');
		const events = page.locator('.lane.reference li.event');
		const count = await events.count();
		await page.getByRole('button', { name: '+ Gebeurtenis toevoegen' }).focus();
		await page.keyboard.press('Enter');
		expect(await events.count()).toBe(count + 1);
		await page.getByRole('button', { name: 'Omhoog: Nieuwe gebeurtenis' }).focus();
		await page.keyboard.press('Enter');
		expect(
			await events
				.nth(count - 1)
				.locator('input')
				.first()
				.inputValue()
		).toBe('Nieuwe gebeurtenis');
		await page.getByRole('button', { name: 'Verwijderen: Nieuwe gebeurtenis' }).focus();
		await page.keyboard.press('Enter');
		expect(await events.count()).toBe(count);
		await page.close();
	});

	it(
		'has no serious or critical accessibility violations (axe-core)',
		{ timeout: 90_000 },
		async () => {
			for (const path of [
				'/',
				'/catalogus',
				'/vergelijken',
				'/training',
				'/training/raden',
				'/training/energie',
				'/training/energie/presentatie',
				'/inloggen',
				'/registreren',
				'/woordenlijst'
			]) {
				const { page } = await visit(browser, path);
				const violations = await seriousViolations(page);
				expect(violations, path).toEqual([]);
				await page.close();
			}
		}
	);
});
