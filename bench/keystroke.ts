// npm run bench:browser: how long the calculator takes from a keystroke to the figure on screen,
// in Debian's Chromium against the built app started as npm start starts it. Prints figures.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startApp, waitFor } from './app';

const PORT = 3998;
const KEYSTROKES = 20;
const WIDTHS = [1366, 375];

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** The JavaScript the start page loads before it is usable, raw and gzip-compressed. */
async function firstLoad(browser: import('playwright-core').Browser): Promise<void> {
	const page = await browser.newPage();
	const scripts = new Set<string>();
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
	});
	await page.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: 'networkidle' });
	await page.close();
	let raw = 0;
	let gzip = 0;
	const sizes: [string, number][] = [];
	for (const path of scripts) {
		const bytes = readFileSync(join('build/client', path));
		const packed = gzipSync(bytes, { level: 9 }).length;
		raw += bytes.length;
		gzip += packed;
		sizes.push([path.split('/').pop()!, packed]);
	}
	sizes.sort((a, b) => b[1] - a[1]);
	const kb = (n: number) => (n / 1024).toFixed(1);
	console.log(
		`start page JavaScript: ${scripts.size} files, ${kb(raw)} KB raw, ${kb(gzip)} KB gzip (target < 120 KB, #31); largest: ${sizes
			.slice(0, 3)
			.map(([name, size]) => `${name} ${kb(size)} KB`)
			.join(', ')}`
	);
}

async function main() {
	const dataDir = mkdtempSync(join(tmpdir(), 'effectwijzer-keystroke-'));
	const app = startApp(PORT, { EFFECTWIJZER_DATA_DIR: dataDir });
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
	});
	try {
		await waitFor(`http://127.0.0.1:${PORT}/`);
		await firstLoad(browser);
		for (const width of WIDTHS) {
			const page = await browser.newPage({ viewport: { width, height: 800 } });
			await page.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: 'networkidle' });
			// the first quantity of the intervention timeline: hours of social work
			const field = page.locator('[data-quantity], #intervention-0-quantity').first();
			await field.click();
			await field.press('End');
			await page.evaluate(() => {
				const w = window as unknown as { keyAt: number; took: number[] };
				w.took = [];
				const figure = document.querySelector('[data-figure="societal-npv"]')!;
				document.addEventListener('keydown', (e) => (w.keyAt = e.timeStamp), true);
				new MutationObserver(() =>
					requestAnimationFrame(() => w.took.push(performance.now() - w.keyAt))
				).observe(figure, { characterData: true, childList: true, subtree: true });
			});
			for (let i = 0; i < KEYSTROKES; i++) {
				await field.press(i % 2 === 0 ? '5' : 'Backspace');
				await page.waitForFunction(
					(n) => (window as unknown as { took: number[] }).took.length >= n,
					i + 1
				);
			}
			const took = await page.evaluate(() => (window as unknown as { took: number[] }).took);
			const sorted = [...took].sort((a, b) => a - b);
			console.log(
				`keystroke to figure at ${width} px, ${KEYSTROKES} keystrokes: median ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`
			);
			await page.close();
		}
	} finally {
		await browser.close();
		app.kill('SIGTERM');
		await new Promise((r) => app.once('exit', r));
		rmSync(dataDir, { recursive: true, force: true });
	}
}

await main();
