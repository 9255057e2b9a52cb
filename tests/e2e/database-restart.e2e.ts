import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db/database';
import { ThrowawayPostgres } from '../support/throwaway-postgres';
import { DEMO_PASSWORD } from './browser';
import { Visitor } from './http';
import { startApp, type RunningApp } from './server';

/**
 * PostgreSQL restarts while social workers save cases through the API: the app stays up, says
 * "unavailable, try again" while the server is down, carries on by itself when it is back, and
 * every save it acknowledged is there afterwards.
 */
const SCENARIO = JSON.parse(readFileSync('examples/energie-afsluiting-voorkomen.json', 'utf8'));
const WORKERS = 4;

interface Answer {
	at: number;
	status: number;
	id?: string;
	retryAfter?: string | null;
	message?: string;
}

let pg: ThrowawayPostgres;
let app: RunningApp;
let worker: Visitor;

beforeAll(async () => {
	pg = await ThrowawayPostgres.create();
	const admin = await openDatabase({ url: pg.url });
	await admin.exec('create database effectwijzer_restart');
	await admin.close();
	app = await startApp({
		DATABASE_URL: pg.url.replace(/\/postgres$/, '/effectwijzer_restart'),
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

describe('a PostgreSQL restart during a burst of saves', () => {
	it('answers 503 while it is down, recovers by itself and keeps every acknowledged save', async () => {
		const started = performance.now();
		const clock = () => performance.now() - started;
		const answers: Answer[] = [];
		let serial = 0;
		let stopAt = Infinity;
		const save = async () => {
			while (clock() < stopAt) {
				const caseCode = `R-${String(++serial).padStart(4, '0')}`;
				const res = await worker.request(
					'POST',
					'/api/cases',
					{ caseCode, year: 2026, times: 1, notes: '', scenario: SCENARIO },
					true
				);
				const body = JSON.parse(res.text || '{}') as { id?: string; message?: string };
				answers.push({
					at: clock(),
					status: res.status,
					id: body.id,
					retryAfter: res.headers.get('retry-after'),
					message: body.message
				});
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
		};
		const burst = Array.from({ length: WORKERS }, save);

		await new Promise((resolve) => setTimeout(resolve, 1500));
		pg.stop();
		const downAt = clock();
		await new Promise((resolve) => setTimeout(resolve, 500));
		const pageWhileDown = await worker.get('/organisatie');
		await new Promise((resolve) => setTimeout(resolve, 1500));
		pg.start();
		const upAt = clock();
		// the burst goes on until saves have succeeded again for a while, at most 20 s in all
		const deadline = upAt + 20_000;
		while (clock() < deadline) {
			const back = answers.filter((a) => a.at > upAt && a.status === 201);
			if (back.length >= 10) break;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		stopAt = 0;
		await Promise.all(burst);

		const statuses = new Set(answers.map((a) => a.status));
		expect([...statuses].sort()).toEqual([201, 503]);
		const refused = answers.filter((a) => a.status === 503);
		expect(refused.length).toBeGreaterThan(0);
		for (const answer of refused) {
			expect(answer.retryAfter).toBe('5');
			expect(answer.message).toContain('De database is even niet bereikbaar');
		}
		expect(pageWhileDown.status).toBe(503);
		expect(pageWhileDown.text).toContain('Even niet beschikbaar');

		const firstBack = answers.find((a) => a.at > upAt && a.status === 201);
		expect(firstBack, 'saves succeed again by themselves').toBeDefined();
		const acknowledged = answers.filter((a) => a.status === 201).map((a) => a.id!);
		const listed = JSON.parse((await worker.get('/api/cases')).text) as {
			cases: { id: string; scenario: { cases: unknown[] } }[];
		};
		const kept = new Map(listed.cases.map((c) => [c.id, c]));
		for (const id of acknowledged) {
			expect(kept.has(id), `acknowledged case ${id}`).toBe(true);
			expect(kept.get(id)!.scenario.cases.length).toBeGreaterThan(0);
		}
		console.info(
			`PostgreSQL down ${Math.round(upAt - downAt)} ms; ${answers.length} saves tried, ` +
				`${acknowledged.length} acknowledged (all kept), ${refused.length} answered 503; ` +
				`first save back ${Math.round(firstBack!.at - upAt)} ms after the server was up again`
		);
	}, 60_000);
});
