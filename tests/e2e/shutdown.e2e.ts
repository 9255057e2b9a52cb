import { PGlite } from '@electric-sql/pglite';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/lib/server/demo';
import { Visitor } from './http';
import { startApp } from './server';

describe('stopping the app', () => {
	it.each(['SIGTERM', 'SIGINT'] as const)(
		'ends on %s, with the embedded database closed and free for a backup',
		async (signal) => {
			const app = await startApp();
			try {
				const analyst = new Visitor(app.baseUrl);
				const signedIn = await analyst.post('/inloggen', {
					email: 'beheer@welzijn-voorbeeldstad.example',
					password: DEMO_PASSWORD
				});
				expect(signedIn.action?.type, signedIn.text).toBe('redirect');
				expect((await analyst.get('/organisatie/portfolio/2026')).status).toBe(200);
				expect(existsSync(`${app.dataDir}.in-use`)).toBe(true);

				expect(await app.terminate(signal)).toBe(0);
				expect(existsSync(`${app.dataDir}.in-use`)).toBe(false);
				const reopened = await PGlite.create(app.dataDir);
				const { rows } = await reopened.query<{ cases: number }>(
					'select count(*)::int as cases from cases'
				);
				await reopened.close();
				expect(rows[0]!.cases).toBeGreaterThan(0);
			} finally {
				await app.stop();
			}
		},
		60_000
	);
});
