import { readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './browser';
import { Visitor } from './http';
import { startApp, type RunningApp } from './server';

/**
 * The disk of the embedded database fills up (here: a file is written beside it until less than
 * EFFECTWIJZER_MIN_FREE_MB is left): saves are refused by name, nothing is half-written, reading
 * goes on, and once there is room again saving works without a restart.
 */
const MB = 1024 * 1024;
const SCENARIO = JSON.parse(readFileSync('examples/energie-afsluiting-voorkomen.json', 'utf8'));
const freeMb = () => {
	const stats = statfsSync(tmpdir());
	return Math.floor((stats.bavail * stats.bsize) / MB);
};

let app: RunningApp;
let worker: Visitor;
const filler = () => join(app.dataDir, '..', 'filler.bin');
const save = (caseCode: string) =>
	worker.request(
		'POST',
		'/api/cases',
		{ caseCode, year: 2026, times: 1, notes: '', scenario: SCENARIO },
		true
	);
const caseCount = async () =>
	(JSON.parse((await worker.get('/api/cases')).text) as { cases: unknown[] }).cases.length;
const recheck = () => new Promise((resolve) => setTimeout(resolve, 1100));

beforeAll(async () => {
	// the margin sits 100 MB below what is free now; a 250 MB file takes the disk past it
	app = await startApp({ EFFECTWIJZER_MIN_FREE_MB: String(freeMb() - 100) });
	worker = new Visitor(app.baseUrl);
	const signedIn = await worker.post('/inloggen', {
		email: 'wijkcoach@welzijn-voorbeeldstad.example',
		password: DEMO_PASSWORD
	});
	expect(signedIn.action?.type).toBe('redirect');
}, 60_000);
afterAll(async () => {
	if (app) rmSync(filler(), { force: true });
	await app?.stop();
});

describe('a disk that fills up under the embedded database', () => {
	it('refuses saves by name while it is full, keeps reading, and saves again once there is room', async () => {
		expect((await save('DISK-001')).status).toBe(201);
		const before = await caseCount();
		// signed in before the disk fills, to sign out once it has
		const other = new Visitor(app.baseUrl);
		const signedIn = await other.post('/inloggen', {
			email: 'beheer@welzijn-voorbeeldstad.example',
			password: DEMO_PASSWORD
		});
		expect(signedIn.action?.type).toBe('redirect');

		writeFileSync(filler(), Buffer.alloc(250 * MB));
		await recheck();
		const refused = await save('DISK-002');
		expect(refused.status).toBe(503);
		expect(refused.headers.get('retry-after')).toBe('5');
		expect(JSON.parse(refused.text).message).toContain(
			'De server heeft geen ruimte meer om op te slaan'
		);
		const form = await worker.post('/organisatie/casussen/nieuw', { caseCode: 'DISK-003' });
		expect(form.status).toBe(503);
		expect((await worker.get('/organisatie')).status).toBe(200);
		expect(await caseCount()).toBe(before);

		// a shared computer's user signs out while nothing can be written: the session ends all
		// the same, and its cookie, kept by someone, opens nothing
		const kept = other.cookie;
		const out = await other.request('POST', '/uitloggen');
		expect(out.status).toBe(303);
		expect(out.headers.get('set-cookie')).toMatch(/^effectwijzer_session=;.*Max-Age=0/i);
		other.cookie = kept;
		const after = await other.get('/organisatie');
		expect(after.status).toBe(303);
		expect(after.location).toMatch(/^\/inloggen/);

		rmSync(filler());
		await recheck();
		expect((await save('DISK-004')).status).toBe(201);
		expect(await caseCount()).toBe(before + 1);
	}, 60_000);
});
