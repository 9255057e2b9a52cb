import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, launch, screenshot, seriousViolations } from './browser';
import { startApp, type RunningApp } from './server';

/**
 * Two-step verification as an administrator and a social worker meet it, in Chromium, on an
 * app of its own (the requirement binds the demo organisation): required by the administrator,
 * set up from the QR code's key, asked at every sign-in, a recovery code for a lost phone, and
 * set up at sign-in itself after an administrator has reset it.
 */
const MANAGER = 'beheer@welzijn-voorbeeldstad.example';
const WORKER = 'wijkcoach@welzijn-voorbeeldstad.example';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
	app = await startApp();
	browser = await launch();
}, 60_000);
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

/** The code an authenticator app shows for the key, `ahead` steps of 30 s from now. */
const appCode = (key: string, ahead = 0) =>
	new TOTP({ secret: Secret.fromBase32(key.replace(/ /g, '')) }).generate({
		timestamp: Date.now() + ahead * 30_000
	});

async function signInWithPassword(page: Page, email: string) {
	await page.goto(`${app.baseUrl}/inloggen`, { waitUntil: 'networkidle' });
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Inloggen' }).click();
}

async function signOut(page: Page) {
	await page.getByRole('button', { name: 'Uitloggen' }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/organisatie'));
}

const newPage = async (width = 1366) =>
	(await browser.newContext({ viewport: { width, height: 900 } })).newPage();

describe('two-step verification in the browser', () => {
	let key = '';
	let recovery: string[] = [];

	it('an administrator requires it, is sent to set it up, and gets recovery codes', async () => {
		const page = await newPage();
		await signInWithPassword(page, MANAGER);
		await page.waitForURL(/\/organisatie$/);
		await page.getByRole('link', { name: 'Gebruikers' }).click();
		await page.getByLabel('Verplicht voor beheerders, analisten en financiers').check();
		await page.getByRole('button', { name: 'Opslaan' }).click();
		// without it set up, every page of the organisation leads to setting it up
		await page.waitForURL(/\/organisatie\/beveiliging$/);
		expect(await page.getByText('Uw organisatie vereist tweestapsverificatie').count()).toBe(1);
		await page.goto(`${app.baseUrl}/organisatie`, { waitUntil: 'networkidle' });
		expect(new URL(page.url()).pathname).toBe('/organisatie/beveiliging');

		key = (await page.locator('[data-secret]').textContent()) ?? '';
		expect(key.replace(/ /g, '')).toMatch(/^[A-Z2-7]{32}$/);
		await screenshot(page, 'second-factor-setup-1366');
		expect(await seriousViolations(page)).toEqual([]);
		await page.getByLabel('Code uit de app').fill('123456');
		await page.getByRole('button', { name: 'Tweede stap instellen' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('Code: deze code klopt niet');
		await page.getByLabel('Code uit de app').fill(appCode(key));
		await page.getByRole('button', { name: 'Tweede stap instellen' }).click();
		await page.locator('[data-recovery-codes]').waitFor();
		recovery = await page.locator('[data-recovery-codes] code').allTextContents();
		expect(recovery).toHaveLength(10);
		expect(await page.getByRole('status').textContent()).toContain(
			'Tweestapsverificatie is ingesteld'
		);
		await page.goto(`${app.baseUrl}/organisatie`, { waitUntil: 'networkidle' });
		expect(new URL(page.url()).pathname).toBe('/organisatie');
		await page.context().close();
	});

	it('asks every sign-in for a code, takes a recovery code once, and lets a social worker in without', async () => {
		const page = await newPage(375);
		await signInWithPassword(page, MANAGER);
		await page.waitForURL(/\/inloggen\/tweede-stap/);
		// the password alone opens nothing
		await page.goto(`${app.baseUrl}/organisatie`, { waitUntil: 'networkidle' });
		expect(new URL(page.url()).pathname).toBe('/inloggen');
		await signInWithPassword(page, MANAGER);
		await page.waitForURL(/\/inloggen\/tweede-stap/);
		await screenshot(page, 'second-factor-code-375');
		await page.getByLabel('Code').fill('000000');
		await page.getByRole('button', { name: 'Inloggen' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('Code: deze code klopt niet');
		// the code that set it up was used; the app's next one goes in
		await page.getByLabel('Code').fill(appCode(key, 1));
		await page.getByRole('button', { name: 'Inloggen' }).click();
		await page.waitForURL(/\/organisatie$/);
		await signOut(page);

		await signInWithPassword(page, MANAGER);
		await page.waitForURL(/\/inloggen\/tweede-stap/);
		await page.getByLabel('Code').fill(recovery[0]!);
		await page.getByRole('button', { name: 'Inloggen' }).click();
		await page.waitForURL(/\/organisatie$/);
		await page.getByRole('link', { name: 'Beveiliging' }).click();
		expect(await page.locator('[data-second-factor="on"]').textContent()).toContain(
			'9 ongebruikte herstelcodes'
		);
		await signOut(page);
		await signInWithPassword(page, MANAGER);
		await page.getByLabel('Code').fill(recovery[0]!);
		await page.getByRole('button', { name: 'Inloggen' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('is al gebruikt');

		const worker = await newPage();
		await signInWithPassword(worker, WORKER);
		await worker.waitForURL(/\/organisatie$/);
		await worker.context().close();
		await page.context().close();
	});

	it('after an administrator resets it, the next sign-in sets it up before anything else', async () => {
		const page = await newPage();
		await signInWithPassword(page, MANAGER);
		await page.getByLabel('Code').fill(recovery[1]!);
		await page.getByRole('button', { name: 'Inloggen' }).click();
		await page.waitForURL(/\/organisatie$/);
		await page.getByRole('link', { name: 'Gebruikers' }).click();
		await page
			.getByRole('button', { name: 'Tweestapsverificatie opnieuw laten instellen' })
			.click();
		await page.waitForURL(/\/organisatie\/beveiliging$/);
		await signOut(page);

		await signInWithPassword(page, MANAGER);
		await page.waitForURL(/\/inloggen\/tweede-stap/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
			'stel eerst de tweede stap in'
		);
		// the old recovery codes went with it
		const fresh = (await page.locator('[data-secret]').textContent()) ?? '';
		expect(fresh).not.toBe(key);
		await screenshot(page, 'second-factor-setup-at-sign-in-1366');
		await page.getByLabel('Code uit de app').fill(appCode(fresh));
		await page.getByRole('button', { name: 'Tweede stap instellen' }).click();
		await page.locator('[data-recovery-codes]').waitFor();
		await page.getByRole('link', { name: 'Verder' }).click();
		await page.waitForURL(/\/organisatie$/);
		await page.context().close();
	});
});
