import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTEFACTS, launch, screenshot, signedIn } from './browser';

/**
 * The year report as a controller reads it before signing: the realistic result beside the
 * maximum without corrections, and every amount rounded the one way the tables are, on a
 * laptop, on a phone and on paper.
 */
const MANAGER = 'beheer@welzijn-voorbeeldstad.example';
const REPORT = '/organisatie/portfolio/2026';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** "€ 12.480,25" as a whole number of cents. */
const cents = (text: string | null) =>
	Math.round(
		Number(
			text!
				.replace(/[€\s.]/g, '')
				.replace('−', '-')
				.replace(',', '.')
		) * 100
	);

/**
 * Every amount in euros the report writes in words and tables, text by text (the charts' axes
 * aside, and what a worker typed in a case's name, such as "€300").
 */
const amounts = (page: Page) =>
	page.locator('[data-report-slot] article.portfolio').evaluate((article) => {
		const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
		const found: string[] = [];
		for (let node = walker.nextNode(); node; node = walker.nextNode())
			if (!node.parentElement?.closest('svg'))
				found.push(
					...[...(node.textContent ?? '').matchAll(/−?€\s[\d.]+(?:,\d+)?/g)].map((m) => m[0])
				);
		return found;
	});

async function openReport(width: number) {
	const visit = await signedIn(browser, MANAGER, width);
	await visit.page.goto(visit.page.url().replace(/\/organisatie$/, REPORT), {
		waitUntil: 'networkidle'
	});
	return visit;
}

describe('the year report a controller signs', () => {
	it.each([1366, 375])(
		'shows realistic beside maximum and rounds every amount to the cent at %i px',
		async (width) => {
			const { page, errors } = await openReport(width);
			const corrections = page.locator('[data-report-slot] [data-corrections]');
			expect(await corrections.locator('caption').textContent()).toContain(
				'Realistisch naast maximaal'
			);
			const realistic = cents(
				await corrections.locator('[data-figure="realistic-npv"]').textContent()
			);
			const headline = page.locator(
				'[data-report-slot] table.headline [data-figure="societal-npv"]'
			);
			expect(realistic).toBe(cents(await headline.textContent()));
			const maximum = cents(
				await corrections.locator('[data-figure="maximum-benefits"]').textContent()
			);
			const avoided = cents(
				await corrections.locator('[data-figure="realistic-benefits"]').textContent()
			);
			expect(maximum).toBeGreaterThan(avoided);
			const takenOff = await page.locator('[data-report-slot] [data-taken-off]').textContent();
			const [, amount] = /halen (−?€\s[\d.]+,\d\d) van de vermeden kosten af: \d+%\./.exec(
				takenOff!
			)!;
			// the difference of the exact figures, rounded once: a cent from the rounded ones at most
			expect(Math.abs(cents(amount!) - (maximum - avoided))).toBeLessThanOrEqual(1);
			// the council's sentence on the municipal budget gives the table's very figure
			const municipal = await page
				.locator('[data-report-slot] table.headline [data-figure="municipal-npv"]')
				.textContent();
			expect(await page.locator('[data-report-slot] section.council').textContent()).toContain(
				`Voor de begroting van de gemeente als geheel is het saldo ${municipal!.trim()}.`
			);
			const found = await amounts(page);
			expect(found.length).toBeGreaterThan(20);
			expect(found.filter((a) => !/,\d\d$/.test(a))).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			expect(errors).toEqual([]);
			await screenshot(page, `year-report-maximum-${width}`);
			await page.context().close();
		}
	);

	it('prints realistic beside maximum with the amounts the screen shows', async () => {
		const { page } = await openReport(1366);
		const maximum = await page
			.locator('[data-report-slot] [data-figure="maximum-benefits"]')
			.textContent();
		mkdirSync(ARTEFACTS, { recursive: true });
		const file = `${ARTEFACTS}/year-report-maximum.pdf`;
		writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
		const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
		expect(text).toContain('Realistisch naast maximaal');
		expect(text).toContain(maximum!.replace(/\s+/g, ' ').trim());
		await page.context().close();
	});
});
