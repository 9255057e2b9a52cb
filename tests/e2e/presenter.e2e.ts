import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeScenario } from '../../src/lib/engine';
import { formatMoney } from '../../src/lib/format/money';
import { parseScenario } from '../../src/lib/calculate/calculate';
import { TRAINING_CASES } from '../../src/lib/training/cases';
import { trainingScenario } from '../../src/lib/training/presentation';
import { ARTEFACTS, launch, screenshot, visit } from './browser';
import { startApp } from './server';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** The societal NPV the room should see for a training case with the trainer's live changes. */
function expectedNpv(id: string, change: (scenario: ReturnType<typeof trainingScenario>) => void) {
	const scenario = trainingScenario(TRAINING_CASES.find((c) => c.id === id)!);
	change(scenario);
	const outcome = parseScenario(scenario);
	if (!outcome.ok) throw new Error('the changed case should validate');
	return formatMoney(computeScenario(outcome.scenario).total.societal.npv, 'nl');
}

const slideTitle = (page: Page) => page.locator('#slide-title').textContent();

async function tabTo(page: Page, label: string): Promise<void> {
	for (let presses = 0; presses < 30; presses++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLInputElement | null;
			return el?.labels?.[0]?.textContent ?? '';
		});
		if (focused.includes(label)) return;
	}
	throw new Error(`no control labelled ${label} within 30 tabs`);
}

describe('presenter mode', () => {
	it('walks a case with the keyboard only, and the result follows a live change of chance and count', async () => {
		const { page, errors } = await visit(browser, '/training/energie/presentatie');
		expect(await slideTitle(page)).toBe('Een afsluiting van energie voorkomen');
		await page.keyboard.press('ArrowRight');
		expect(await slideTitle(page)).toBe('Wat de sociaal werker deed');
		expect(await page.locator('.slide').textContent()).toContain('Achterstand betaald');
		// the slide's heading is not said again above its table, except to a screen reader
		const caption = page.locator('.slide table caption');
		expect(await caption.textContent()).toBe('Wat de sociaal werker deed');
		expect((await caption.boundingBox())!.height).toBeLessThanOrEqual(1);
		await page.keyboard.press(' ');
		expect(await slideTitle(page)).toBe('Wat er anders was gebeurd');
		expect(await page.locator('.position').textContent()).toBe(
			'Stap 3 van 5: Wat er anders was gebeurd'
		);

		// 80% → 60%: four steps of 5 points on the slider, by keyboard
		await tabTo(page, 'Kans: Afsluiting energie');
		for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
		expect(await page.locator('.live output').textContent()).toBe('60%');
		await tabTo(page, 'Aantal huishoudens');
		await page.keyboard.press('Control+A');
		await page.keyboard.type('3');
		await page.keyboard.press('Escape');

		await page.keyboard.press('ArrowRight');
		expect(await slideTitle(page)).toBe('Wie betaalt, wie bespaart');
		expect(await page.locator('.slide svg rect.saves').count()).toBeGreaterThan(0);
		await page.keyboard.press('End');
		expect(await slideTitle(page)).toBe('De uitkomst');
		const npv = expectedNpv('energie', (scenario) => {
			scenario.cases[0]!.count = '3';
			scenario.cases[0]!.timelines!.reference![0]!.probability = 0.6;
		});
		expect(npv).not.toBe('€ 1.206,23');
		expect(await page.locator('[data-figure="net"] dd').textContent()).toBe(npv);
		await screenshot(page, 'presenter-result');

		await page.keyboard.press('Home');
		expect(await slideTitle(page)).toBe('Een afsluiting van energie voorkomen');
		await page.keyboard.press('Escape');
		await page.waitForURL(/\/training\/energie$/);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('says what is wrong with a count and keeps the last result, marked', async () => {
		const { page, errors } = await visit(browser, '/training/energie/presentatie');
		await page.keyboard.press('End');
		await page.getByLabel('Aantal huishoudens').fill('-2');
		expect(await page.getByRole('alert').textContent()).toMatch(/\S/);
		expect(await page.locator('.animated.stale').count()).toBe(1);
		expect(await page.locator('[data-figure="net"] dd').textContent()).toBe('€ 1.206,23');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('animates the charts, unless the viewer asked for reduced motion', async () => {
		const { page } = await visit(browser, '/training/energie/presentatie');
		await page.keyboard.press('End');
		const duration = () =>
			page
				.locator('.animated svg path')
				.first()
				.evaluate((el) => getComputedStyle(el).transitionDuration);
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		expect(await duration()).toMatch(/^0\.6s/);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		expect(await duration()).toMatch(/^0s/);
		await page.close();
	});
});

describe('the training area offline', () => {
	// Starts an app of its own (with no demo to seed) to stop it: a minute for a slow machine.
	it(
		'reloads a case and opens its presenter after the server has gone away',
		{ timeout: 90_000 },
		async () => {
			const app = await startApp({ EFFECTWIJZER_DEMO: 'off' });
			const context = await browser.newContext();
			try {
				const page = await context.newPage();
				await page.goto(`${app.baseUrl}/training/huurachterstand`, { waitUntil: 'networkidle' });
				await page.evaluate(() => navigator.serviceWorker.ready);
				await expect
					.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller))
					.toBe(true);

				await app.stop();
				await page.reload({ waitUntil: 'load' });
				expect(await page.locator('h1').textContent()).toBe(
					'Huurachterstand betaald, huisuitzetting voorkomen'
				);
				expect(await page.locator('[data-figure="net"] dd').textContent()).toBe('€ 4.895,07');
				await page.getByRole('link', { name: 'Presenteren' }).click();
				await page.waitForURL(/presentatie$/);
				await page.keyboard.press('End');
				expect(await page.locator('[data-figure="net"] dd').textContent()).toBe('€ 4.895,07');
				await page.goto(`${app.baseUrl}/training/raden`);
				expect(await page.locator('h1').textContent()).toMatch(/Raad/);
			} finally {
				await context.close();
				await app.stop();
			}
		}
	);
});

describe('a printed handout', () => {
	it('prints a case to A4 PDF, on at most two pages, with its figures, timelines and sources', async () => {
		const { page, errors } = await visit(browser, '/training/verkeersboete');
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		mkdirSync(ARTEFACTS, { recursive: true });
		const file = `${ARTEFACTS}/handout-verkeersboete.pdf`;
		writeFileSync(file, pdf);
		const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeLessThanOrEqual(2);
		expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
		const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
			/\s+/g,
			' '
		);
		expect(text).toContain('Een verkeersboete die een schuldenspiraal dreigde te worden');
		expect(text).toContain('€ 3.282,51');
		expect(text).toContain('€ 3.226,83');
		expect(text).toContain('Wat de sociaal werker deed');
		expect(text).toContain('Wat er zonder die hulp was gebeurd');
		expect(text).toContain('Wie investeert, wie bespaart');
		expect(text).toContain('Westland Infra');
		expect(text).toContain('Zorginstituut Nederland');
		expect(text).toContain('schattingen op basis van aannames');
		expect(text).not.toContain('Afdrukken');
		expect(errors).toEqual([]);
		await page.close();
	});

	it.each(TRAINING_CASES.map((c) => [c.id]))(
		'prints %s on one or two A4 pages with its net value',
		async (id) => {
			const { page } = await visit(browser, `/training/${id}`);
			const pdf = await page.pdf({ preferCSSPageSize: true });
			const file = `${ARTEFACTS}/handout-${id}.pdf`;
			writeFileSync(file, pdf);
			const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
			expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeLessThanOrEqual(2);
			const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
			expect(text.replace(/\s+/g, ' ')).toContain(expectedNpv(id, () => {}));
			await page.close();
		}
	);
});
