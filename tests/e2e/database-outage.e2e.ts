import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/lib/server/db/database';
import { ThrowawayPostgres } from '../support/throwaway-postgres';
import { DEMO_PASSWORD } from './browser';
import { Visitor } from './http';
import { startApp, type RunningApp } from './server';

/**
 * PostgreSQL goes away for 1, 7 and 30 seconds (once as a crash) while social workers save and
 * read: each time the app serves again within seconds of its return, never holds more than its
 * pool's connections and its one listening connection, loses no acknowledged save, and it stops
 * on SIGTERM within 5 seconds even while the database is away.
 */
const SCENARIO = JSON.parse(readFileSync('examples/energie-afsluiting-voorkomen.json', 'utf8'));
const DATABASE = 'effectwijzer_outage';
/** The app's pool (db/database.ts) and its one listening connection. */
const MOST_CONNECTIONS = 10 + 1;

let pg: ThrowawayPostgres;
let app: RunningApp;
let worker: Visitor;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
	pg = await ThrowawayPostgres.create();
	const admin = await openDatabase({ url: pg.url });
	await admin.exec(`create database ${DATABASE}`);
	await admin.close();
	app = await startApp({
		DATABASE_URL: pg.url.replace(/\/postgres$/, `/${DATABASE}`),
		EFFECTWIJZER_DEMO: 'on'
	});
	worker = new Visitor(app.baseUrl);
	const signedIn = await worker.post('/inloggen', {
		email: 'wijkcoach@welzijn-voorbeeldstad.example',
		password: DEMO_PASSWORD
	});
	expect(signedIn.action?.type).toBe('redirect');
}, 90_000);
afterAll(async () => {
	await app?.stop();
	pg?.remove();
});

/** The app's connections to its database, as the server counts them. */
async function appConnections(): Promise<number> {
	const admin: Database = await openDatabase({ url: pg.url });
	try {
		const [row] = await admin.query<{ n: number }>(
			'select count(*)::int as n from pg_stat_activity where datname = $1',
			[DATABASE]
		);
		return row!.n;
	} finally {
		await admin.close();
	}
}

describe('PostgreSQL away for a while, under load', () => {
	it('recovers each time within seconds, bounded in connections, keeping every acknowledged save', async () => {
		const acknowledged: string[] = [];
		const statuses = new Set<number>();
		let serial = 0;
		let going = true;
		const load = async () => {
			while (going) {
				const caseCode = `O-${String(++serial).padStart(5, '0')}`;
				const saved = await worker.request(
					'POST',
					'/api/cases',
					{ caseCode, year: 2026, times: 1, notes: '', scenario: SCENARIO },
					true
				);
				statuses.add(saved.status);
				if (saved.status === 201) acknowledged.push(JSON.parse(saved.text).id);
				statuses.add((await worker.get('/organisatie')).status);
				await sleep(50);
			}
		};
		const burst = Array.from({ length: 4 }, load);
		const servesAgain = async () => {
			const back = performance.now();
			for (;;) {
				const page = await worker.get('/organisatie');
				if (page.status === 200) return performance.now() - back;
				expect(performance.now() - back, 'pages again within seconds').toBeLessThan(15_000);
				await sleep(100);
			}
		};
		const recoveries: string[] = [];
		for (const [seconds, mode] of [
			[1, 'fast'],
			[7, 'immediate'],
			[30, 'fast']
		] as const) {
			await sleep(1000);
			pg.stop(mode);
			await sleep(seconds * 1000);
			pg.start();
			const ms = await servesAgain();
			// the listening connection is opened again after its wait (at most 15 s)
			await sleep(2000);
			const connections = await appConnections();
			expect(connections, `connections after ${seconds} s away`).toBeLessThanOrEqual(
				MOST_CONNECTIONS
			);
			recoveries.push(
				`${seconds} s (${mode}): pages back in ${Math.round(ms)} ms, ${connections} connections`
			);
		}
		going = false;
		await Promise.all(burst);
		expect([...statuses].sort()).toEqual([200, 201, 503]);
		const listed = JSON.parse((await worker.get('/api/cases')).text) as { cases: { id: string }[] };
		const kept = new Set(listed.cases.map((c) => c.id));
		expect(acknowledged.filter((id) => !kept.has(id))).toEqual([]);
		console.info(`${acknowledged.length} saves acknowledged, all kept; ${recoveries.join('; ')}`);
	}, 150_000);

	it('stops on SIGTERM within 5 seconds while the database is away', async () => {
		pg.stop('immediate');
		const pending = worker.get('/organisatie').catch(() => null);
		await sleep(300);
		const asked = performance.now();
		const code = await app.terminate('SIGTERM');
		const took = performance.now() - asked;
		await pending;
		pg.start();
		expect(took).toBeLessThan(5000);
		expect(code).not.toBeNull();
	}, 30_000);
});
