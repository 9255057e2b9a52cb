import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { TRAINING_CASES } from '../../src/lib/training/cases';
import { PRESENTER_STEPS } from '../../src/lib/training/presentation';
import { launch } from './browser';

/** The projectors a trainer meets: old and new, 4:3 and 16:9. */
const SCREENS = [
	[1024, 768],
	[1280, 720],
	[1366, 768],
	[1920, 1080]
] as const;

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** What of the slide lies outside the screen, or would need scrolling to be seen. */
function outside(page: Page) {
	return page.evaluate(() => {
		const stage = document.querySelector<HTMLElement>('.presenter')!;
		const out: string[] = [];
		if (stage.scrollHeight > stage.clientHeight + 1) out.push(`scrolls ${stage.scrollHeight}px`);
		for (const element of stage.querySelectorAll<HTMLElement>('*')) {
			const box = element.getBoundingClientRect();
			// screen-reader text is a 1px box by design; a closed "as a table" is not on show
			if (box.width <= 1 || box.height <= 1) continue;
			if (element.closest('details:not([open])') && !element.closest('summary')) continue;
			if (box.bottom > innerHeight + 1 || box.right > innerWidth + 1 || box.left < -1)
				out.push(
					`${element.tagName.toLowerCase()}.${element.className} at ${Math.round(box.bottom)}`
				);
		}
		return out.slice(0, 3);
	});
}

describe.each(SCREENS)('the presenter at %i × %i', (width, height) => {
	it('fits every step of every case on the screen, without scrolling', async () => {
		const page = await browser.newPage({ viewport: { width, height } });
		const misfits: string[] = [];
		for (const { id } of TRAINING_CASES) {
			await page.goto(`${inject('baseUrl')}/training/${id}/presentatie`, {
				waitUntil: 'networkidle'
			});
			for (const step of PRESENTER_STEPS) {
				await page.waitForSelector(`.slide[data-step="${step}"][data-fitted]`);
				for (const what of await outside(page)) misfits.push(`${id}, ${step}: ${what}`);
				await page.keyboard.press('ArrowRight');
			}
		}
		expect(misfits).toEqual([]);
		await page.close();
	}, 120_000);
});
