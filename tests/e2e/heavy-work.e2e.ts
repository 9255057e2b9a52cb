import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeScenario } from '../support/large-scenario';
import { DEMO_PASSWORD } from './browser';
import { Visitor } from './http';
import { startApp, type RunningApp } from './server';

/**
 * A save of 3,000 cases and small requests at the same time, over the app as it runs: the small
 * requests are answered while the large save is still being checked (in a worker thread), and the
 * large save is kept. How long they wait is measured in bench/heavy-save.ts, not here.
 */
let app: RunningApp;
let worker: Visitor;

beforeAll(async () => {
	app = await startApp({ EFFECTWIJZER_DEMO: 'on' });
	worker = new Visitor(app.baseUrl);
	const signIn = await worker.post('/inloggen', {
		email: 'wijkcoach@welzijn-voorbeeldstad.example',
		password: DEMO_PASSWORD
	});
	expect(signIn.action?.type, signIn.text).toBe('redirect');
}, 60_000);
afterAll(() => app?.stop());

describe('a large save beside small requests', () => {
	it('answers small requests while a 3,000-case save is checked, and keeps the save', async () => {
		const listed = JSON.parse((await worker.get('/api/cases')).text) as { cases: { id: string }[] };
		const small = `/api/cases/${listed.cases[0]!.id}`;
		let saveAnswered = false;
		const save = worker
			.request(
				'POST',
				'/api/cases',
				{ caseCode: 'WT-2026-900', year: 2026, scenario: largeScenario() },
				true
			)
			.then((answer) => {
				saveAnswered = true;
				return answer;
			});
		const answeredMeanwhile: number[] = [];
		while (!saveAnswered) {
			const answer = await worker.get(small);
			expect(answer.status).toBe(200);
			if (!saveAnswered) answeredMeanwhile.push(answer.status);
		}
		const saved = await save;
		expect(saved.status, saved.text).toBe(201);
		// on one thread, not one small request would have been answered before the save
		expect(answeredMeanwhile.length).toBeGreaterThan(3);
		const { id } = JSON.parse(saved.text) as { id: string };
		const kept = JSON.parse((await worker.get(`/api/cases/${id}`)).text) as {
			scenario: { cases: unknown[] };
		};
		expect(kept.scenario.cases).toHaveLength(3_000);
	});

	it('refuses a large case that does not check, naming the place, with nothing saved', async () => {
		const scenario = largeScenario();
		scenario.cases[2_999]!.effects[0]!.quantity = 'acht';
		const before = JSON.parse((await worker.get('/api/cases')).text).cases.length;
		const refused = await worker.request(
			'POST',
			'/api/cases',
			{ caseCode: 'WT-2026-901', year: 2026, scenario },
			true
		);
		expect(refused.status).toBe(400);
		expect(refused.text).toContain('cases[2999].effects[0].quantity');
		expect(JSON.parse((await worker.get('/api/cases')).text).cases.length).toBe(before);
	});
});
