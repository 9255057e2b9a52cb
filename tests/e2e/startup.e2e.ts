import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { refusedStart, startApp } from './server';

/** A stack trace line, as Node prints one for an uncaught error. */
const STACK_LINE = /^\s+at /m;

describe('an app that cannot start', () => {
	it('says another app holds its data folder, plainly, and ends with code 1', async () => {
		const first = await startApp();
		try {
			const second = await refusedStart({ EFFECTWIJZER_DATA_DIR: first.dataDir });
			expect(second.code).toBe(1);
			expect(second.printed).toContain(`De database in ${first.dataDir} is al in gebruik`);
			expect(second.printed).toContain('choose another folder (EFFECTWIJZER_DATA_DIR)');
			expect(second.printed).not.toMatch(STACK_LINE);
		} finally {
			await first.stop();
		}
	}, 60_000);

	it('names the PostgreSQL server it cannot reach and DATABASE_URL, without the password', async () => {
		const refused = await refusedStart({
			DATABASE_URL: 'postgres://effectwijzer:geheim@127.0.0.1:1/effectwijzer'
		});
		expect(refused.code).toBe(1);
		expect(refused.printed).toContain(
			'Cannot connect to PostgreSQL at 127.0.0.1:1/effectwijzer (DATABASE_URL)'
		);
		expect(refused.printed).not.toContain('geheim');
		expect(refused.printed).not.toMatch(STACK_LINE);
	});
});

/** This machine's IPv4 addresses other than loopback: the app must not answer at them. */
function outwardAddresses(): string[] {
	return Object.values(networkInterfaces())
		.flat()
		.filter((entry) => entry && entry.family === 'IPv4' && !entry.internal)
		.map((entry) => entry!.address);
}

describe('an app started on one’s own machine', () => {
	it('listens on loopback, takes sign-ins at localhost and at 127.0.0.1, and says where to go', async () => {
		const app = await startApp({ ORIGIN: '', HOST: '' });
		try {
			const port = new URL(app.baseUrl).port;
			for (const host of [`http://localhost:${port}`, `http://127.0.0.1:${port}`]) {
				const response = await fetch(`${host}/inloggen`, {
					method: 'POST',
					headers: {
						origin: host,
						accept: 'text/html',
						'content-type': 'application/x-www-form-urlencoded'
					},
					body: new URLSearchParams({
						email: 'wijkcoach@welzijn-voorbeeldstad.example',
						password: 'demo-wachtwoord-2026'
					}),
					redirect: 'manual'
				});
				expect(response.status, host).toBe(303);
				expect(response.headers.get('set-cookie'), host).toContain('effectwijzer_session=');
			}
			const lines = app.printed().trim().split('\n');
			expect(lines.at(-2)).toBe(`Effectwijzer: open http://localhost:${port}`);
			expect(lines.at(-1)).toContain('demo-wachtwoord-2026');
			// adapter-node names the address the socket is bound to.
			expect(app.printed()).toContain(`Listening on http://127.0.0.1:${port}`);
			for (const address of outwardAddresses())
				await expect(fetch(`http://${address}:${port}/`), address).rejects.toThrow();
		} finally {
			await app.stop();
		}
	}, 60_000);
});
