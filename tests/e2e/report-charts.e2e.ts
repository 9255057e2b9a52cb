import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, screenshot, seriousViolations, signedIn } from './browser';

/**
 * The year report's charts as a reader sees them: the municipality's total with its budgets, a
 * swatch in each legend, and no label that is clipped or runs into another, on a laptop, on a
 * phone and printed.
 */
const MANAGER = 'beheer@welzijn-voorbeeldstad.example';
const REPORT = '/organisatie/portfolio/2026';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

interface Clash {
	chart: string;
	what: string;
}

/**
 * Every chart's texts that overlap another text of the chart or stick out of it, by the outline
 * each text really has on screen (a rotated label is a rotated rectangle, not its bounding box).
 */
function clashes(page: Page): Promise<Clash[]> {
	return page.locator('figure.chart').evaluateAll((figures) => {
		type Point = { x: number; y: number };
		const outline = (text: SVGTextElement): Point[] => {
			const box = text.getBBox();
			const matrix = text.getScreenCTM()!;
			return [
				[box.x, box.y],
				[box.x + box.width, box.y],
				[box.x + box.width, box.y + box.height],
				[box.x, box.y + box.height]
			].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
		};
		// two convex outlines overlap unless some edge's normal separates them
		const overlap = (a: Point[], b: Point[]) =>
			![a, b].some((shape) =>
				shape.some((p, i) => {
					const q = shape[(i + 1) % shape.length]!;
					const normal = { x: q.y - p.y, y: p.x - q.x };
					const project = (s: Point[]) => s.map((r) => r.x * normal.x + r.y * normal.y);
					const [pa, pb] = [project(a), project(b)];
					const slack = 0.5 * Math.hypot(normal.x, normal.y);
					return (
						Math.max(...pa) <= Math.min(...pb) + slack || Math.max(...pb) <= Math.min(...pa) + slack
					);
				})
			);
		const found: { chart: string; what: string }[] = [];
		for (const figure of figures) {
			const chart = figure.querySelector('figcaption')?.textContent?.trim() ?? '?';
			const svg = figure.querySelector('svg:not(.swatch)')!.getBoundingClientRect();
			const texts = [...figure.querySelectorAll<SVGTextElement>('svg:not(.swatch) text')]
				.filter((t) => t.textContent?.trim() && t.getBBox().width > 0)
				.map((t) => ({ text: t.textContent!, outline: outline(t) }));
			for (const [i, a] of texts.entries()) {
				const out = a.outline.some(
					(p) =>
						p.x < svg.left - 0.5 ||
						p.x > svg.right + 0.5 ||
						p.y < svg.top - 0.5 ||
						p.y > svg.bottom + 0.5
				);
				if (out) found.push({ chart, what: `“${a.text}” is cut off` });
				for (const b of texts.slice(i + 1))
					if (overlap(a.outline, b.outline))
						found.push({ chart, what: `“${a.text}” runs into “${b.text}”` });
			}
		}
		return found;
	});
}

describe('the year report’s charts', () => {
	it.each([1366, 375])('read without clipped or overlapping labels at %i px', async (width) => {
		const { page } = await signedIn(browser, MANAGER, width);
		await page.goto(page.url().replace(/\/organisatie$/, REPORT), { waitUntil: 'networkidle' });
		expect(await page.locator('figure.chart').count()).toBe(3);
		await screenshot(page, `report-charts-${width}`);
		expect(await clashes(page)).toEqual([]);
		expect(await seriousViolations(page)).toEqual([]);
		await page.emulateMedia({ media: 'print' });
		// A4 less the report's 14 mm margins, at 96 dpi: the width the printout lays out in
		await page.setViewportSize({ width: 688, height: 1123 });
		expect(await clashes(page), 'printed').toEqual([]);
		// chart text on paper: at least 8pt (10.7 CSS px at 96 dpi), as drawn times the chart's scale
		const smallest = await page.locator('figure.chart svg:not(.swatch)').evaluateAll((svgs) =>
			Math.min(
				...svgs.flatMap((svg) => {
					const scale =
						svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
					return [...svg.querySelectorAll('text')].map(
						(t) => parseFloat(getComputedStyle(t).fontSize) * scale
					);
				})
			)
		);
		expect(smallest).toBeGreaterThanOrEqual(10.6);
		// the small print (assumptions, sources, where the hours come from) between 8 and 9pt on paper
		const smallPrint = await page
			.locator('.portfolio .small')
			.evaluateAll((all) => all.map((e) => parseFloat(getComputedStyle(e).fontSize)));
		expect(Math.min(...smallPrint)).toBeGreaterThanOrEqual(10.6);
		expect(Math.max(...smallPrint)).toBeLessThanOrEqual(12);
		await page.context().close();
	});

	it('shows the municipality’s total above its budgets, in the chart and in the table', async () => {
		const { page } = await signedIn(browser, MANAGER);
		await page.goto(page.url().replace(/\/organisatie$/, REPORT), { waitUntil: 'networkidle' });
		const chart = page.locator('figure.chart', { hasText: 'Wie investeert, wie bespaart' });
		const labels = await chart.locator('svg text.label').allTextContents();
		const total = labels.indexOf('Gemeente totaal');
		expect(total).toBeGreaterThanOrEqual(0);
		expect(labels[total + 1]).toMatch(/^Gemeente \(/);
		const rows = page.locator('table.breakdown').first().locator('tbody tr');
		const first = await rows.filter({ hasText: 'Gemeente totaal' }).getAttribute('class');
		expect(first).toContain('group');
		expect(await rows.filter({ hasText: 'Gemeente (Wmo)' }).getAttribute('class')).toContain(
			'part'
		);
		// every legend has its swatches, at the size of the text beside them
		const swatches = await page
			.locator('figure.chart .legend .swatch')
			.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
		expect(swatches.length).toBeGreaterThanOrEqual(5);
		for (const height of swatches) expect(height).toBeGreaterThan(6);
		for (const height of swatches) expect(height).toBeLessThan(20);
		await page.context().close();
	});
});
