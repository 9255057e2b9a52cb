import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db/database';
import { ThrowawayPostgres } from '../support/throwaway-postgres';
import { DEMO_PASSWORD } from './browser';
import { Visitor } from './http';
import { startApp, type RunningApp } from './server';

/**
 * Two app processes behind a load balancer on one PostgreSQL, with no sticky sessions: a
 * request may land on either, so what one process changes holds in the other on its very next
 * request, not when a kept reading runs out (sessions are kept 10 s, revisions 1 s).
 */
const SCENARIO = JSON.parse(readFileSync('examples/energie-afsluiting-voorkomen.json', 'utf8'));
const MANAGER = 'beheer@welzijn-voorbeeldstad.example';
const REPORT = '/organisatie/portfolio/2026';

let pg: ThrowawayPostgres;
let first: RunningApp;
let second: RunningApp;

beforeAll(async () => {
	pg = await ThrowawayPostgres.create();
	const admin = await openDatabase({ url: pg.url });
	await admin.exec('create database effectwijzer_two');
	await admin.close();
	const url = pg.url.replace(/\/postgres$/, '/effectwijzer_two');
	first = await startApp({ DATABASE_URL: url, EFFECTWIJZER_DEMO: 'on' });
	second = await startApp({ DATABASE_URL: url, EFFECTWIJZER_DEMO: 'off' });
}, 120_000);
afterAll(async () => {
	// both have ended by themselves when the last test passed; this is for when it did not
	await Promise.all([first?.stop(), second?.stop()]);
	pg?.remove();
});

/** A visitor signed in through `via`, and the same browser's requests landing on `other`. */
async function signedInOnBoth(via: RunningApp, other: RunningApp) {
	const here = new Visitor(via.baseUrl);
	const answer = await here.post('/inloggen', { email: MANAGER, password: DEMO_PASSWORD });
	expect(answer.action?.type).toBe('redirect');
	const there = new Visitor(other.baseUrl);
	there.cookie = here.cookie;
	return { here, there };
}

describe('two app processes on one PostgreSQL', () => {
	it('refuse a session signed out in the other on the next request, writes and reads alike', async () => {
		const { here, there } = await signedInOnBoth(first, second);
		// the second process has seen the session, so it would keep trusting it for a while
		expect((await there.get('/organisatie')).status).toBe(200);

		expect((await here.post('/uitloggen', {})).status).toBe(303);

		const page = await there.get('/organisatie');
		expect(page.status).toBe(303);
		expect(page.location).toMatch(/^\/inloggen/);
		const write = await there.request(
			'POST',
			'/api/cases',
			{ caseCode: 'NA-UIT', year: 2026, times: 1, notes: '', scenario: SCENARIO },
			true
		);
		expect(write.status).toBe(401);
	});

	it("put a case saved in one into the other's report on its next request", async () => {
		const { here, there } = await signedInOnBoth(first, second);
		for (const [caseCode, saver, reader] of [
			['TWEE-A1', here, there],
			['TWEE-B1', there, here],
			['TWEE-A2', here, there]
		] as const) {
			// the reader has the report at hand, so it would serve it again unless told otherwise
			expect((await reader.get(REPORT)).text).not.toContain(caseCode);
			const saved = await saver.request(
				'POST',
				'/api/cases',
				{ caseCode, year: 2026, times: 1, notes: '', scenario: SCENARIO },
				true
			);
			expect(saved.status).toBe(201);
			expect((await reader.get(REPORT)).text).toContain(caseCode);
		}
	});

	it('each end when asked, although each listens to what the other commits', async () => {
		expect(await Promise.all([first.terminate('SIGTERM'), second.terminate('SIGINT')])).toEqual([
			0, 0
		]);
	});
});
