import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './browser';
import { refusedStart, startApp, type RunningApp } from './server';

/**
 * Failed sign-ins slow down whoever makes them, over HTTP, behind a proxy the app trusts and
 * directly: the account's owner signing in from elsewhere is never held up.
 */
const OWNER = 'wijkcoach@welzijn-voorbeeldstad.example';

async function signIn(app: RunningApp, password: string, forwardedFor?: string, cookie?: string) {
	const headers: Record<string, string> = {
		origin: app.baseUrl,
		accept: 'text/html',
		'content-type': 'application/x-www-form-urlencoded'
	};
	if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
	if (cookie) headers.cookie = cookie;
	const response = await fetch(`${app.baseUrl}/inloggen`, {
		method: 'POST',
		headers,
		body: new URLSearchParams({ email: OWNER, password }),
		redirect: 'manual'
	});
	const device = response.headers
		.getSetCookie()
		.find((c) => c.startsWith('effectwijzer_device='))
		?.split(';')[0];
	return {
		status: response.status,
		device,
		retryAfter: response.headers.get('retry-after'),
		text: await response.text()
	};
}

describe('behind a proxy the app trusts', () => {
	let app: RunningApp;
	beforeAll(async () => {
		app = await startApp({ EFFECTWIJZER_TRUSTED_PROXIES: '127.0.0.1, ::1' });
	}, 60_000);
	afterAll(() => app?.stop());

	it('slows the guesser’s address and lets the owner in from another at once', async () => {
		const attacker = '198.51.100.1';
		for (let i = 0; i < 5; i++)
			expect((await signIn(app, `guess-${i}`, attacker)).status).toBe(400);
		const slowed = await signIn(app, DEMO_PASSWORD, attacker);
		expect(slowed.status).toBe(429);
		expect(Number(slowed.retryAfter)).toBeGreaterThan(0);
		expect(slowed.text).toContain('Te veel mislukte pogingen. Wacht nog');
		const owner = await signIn(app, DEMO_PASSWORD, '198.51.100.2');
		expect(owner.status).toBe(303);
	});

	it('slows guesses at the account from many addresses, but lets the owner in on their own browser', async () => {
		const before = await signIn(app, DEMO_PASSWORD, '198.51.100.3');
		expect(before.status).toBe(303);
		expect(before.device).toMatch(/^effectwijzer_device=\S+/);
		for (let i = 0; i < 25; i++) await signIn(app, `spread-${i}`, `192.0.2.${i + 1}`);
		const stranger = await signIn(app, DEMO_PASSWORD, '192.0.2.200');
		expect(stranger.status).toBe(429);
		const owner = await signIn(app, DEMO_PASSWORD, '198.51.100.3', before.device);
		expect(owner.status).toBe(303);
	});
});

describe('reached directly, without a trusted proxy', () => {
	let app: RunningApp;
	beforeAll(async () => {
		app = await startApp();
	}, 60_000);
	afterAll(() => app?.stop());

	it('does not let a guesser escape the wait by writing another X-Forwarded-For', async () => {
		for (let i = 0; i < 5; i++)
			expect((await signIn(app, `guess-${i}`, `203.0.113.${i}`)).status).toBe(400);
		expect((await signIn(app, `guess-5`, '203.0.113.99')).status).toBe(429);
	});
});

describe('a trusted-proxy setting that is not an address', () => {
	it('stops the start and names the setting', async () => {
		const refused = await refusedStart({
			EFFECTWIJZER_TRUSTED_PROXIES: '10.0.0.0/33',
			EFFECTWIJZER_DATA_DIR: mkdtempSync(join(tmpdir(), 'effectwijzer-proxies-'))
		});
		expect(refused.code).toBe(1);
		expect(refused.printed).toContain('EFFECTWIJZER_TRUSTED_PROXIES: "10.0.0.0/33" is geen adres');
	});
});
