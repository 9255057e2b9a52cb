import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/**
 * What Chromium reported as blocked by the pages' Content-Security-Policy, or as wrong in their
 * Permissions-Policy, in any page of this test file; tests/e2e/no-policy-violations.ts fails the
 * file if there is anything here.
 */
export const policyViolations: string[] = [];

function watchPolicy(context: BrowserContext): void {
	context.on('console', (message) => {
		if (/Content Security Policy|Permissions-Policy/.test(message.text()))
			policyViolations.push(`${message.text()} (${message.location().url})`);
	});
}

/** Debian's Chromium, headless, with the flags this closed network needs; its pages watched. */
export async function launch(): Promise<Browser> {
	const browser = await launchChromium();
	const newContext = browser.newContext.bind(browser);
	const newPage = browser.newPage.bind(browser);
	browser.newContext = async (options) => {
		const context = await newContext(options);
		watchPolicy(context);
		return context;
	};
	browser.newPage = async (options) => {
		const page = await newPage(options);
		watchPolicy(page.context());
		return page;
	};
	return browser;
}

function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

export interface Visit {
	page: Page;
	/** Uncaught errors and console errors seen on the page, for asserting there were none. */
	errors: string[];
}

export async function visit(
	browser: Browser,
	path: string,
	viewport = { width: 1280, height: 900 }
): Promise<Visit> {
	const page = await browser.newPage({ viewport });
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
	});
	// networkidle: the app's modules have loaded and hydrated, so handlers are attached
	await page.goto(inject('baseUrl') + path, { waitUntil: 'networkidle' });
	return { page, errors };
}

/** The demo accounts' password, from the seeded demo organisations. */
export const DEMO_PASSWORD = 'demo-wachtwoord-2026';

/** A fresh browser context (its own cookies) signed in as a demo user, with errors collected. */
export async function signedIn(browser: Browser, email: string, width = 1280): Promise<Visit> {
	const context = await browser.newContext({
		viewport: { width, height: width < 500 ? 800 : 900 }
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	await page.goto(`${inject('baseUrl')}/inloggen`, { waitUntil: 'networkidle' });
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await page.waitForURL(/\/organisatie$/);
	return { page, errors };
}

export const ARTEFACTS = 'test-results';

export async function screenshot(page: Page, name: string): Promise<void> {
	mkdirSync(ARTEFACTS, { recursive: true });
	await page.screenshot({ path: `${ARTEFACTS}/${name}.png`, fullPage: true });
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The page's serious and critical accessibility violations, by axe-core rule and count. */
export async function seriousViolations(page: Page): Promise<string[]> {
	// Evaluated by the test driver, not added as a script tag, which the pages' policy refuses.
	await page.evaluate(readFileSync(AXE, 'utf8'));
	return page.evaluate(async () => {
		const { violations } = await (
			window as unknown as {
				axe: {
					run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
				};
			}
		).axe.run();
		return violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id} (${v.nodes.length})`);
	});
}
