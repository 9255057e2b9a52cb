import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './browser';
import { Visitor } from './http';
import { startApp, type RunningApp } from './server';

/**
 * An analyst sets an own unit cost for an organisation with many cases: the report says it is
 * being brought up to date and shows the figures from before, dated, until every case is priced
 * again; then it shows the new figures, without the notice. An app of its own: the shared one's
 * demo organisation must keep its few cases.
 */
const SCENARIO = JSON.parse(readFileSync('examples/maatwerk-huurachterstand.json', 'utf8'));
const CASES = 400;
const NOTICE = 'De kengetallen zijn gewijzigd. De casussen worden nu opnieuw doorgerekend';

let app: RunningApp;
let analyst: Visitor;

beforeAll(async () => {
	app = await startApp();
	analyst = new Visitor(app.baseUrl);
	await analyst.post('/inloggen', {
		email: 'beheer@welzijn-voorbeeldstad.example',
		password: DEMO_PASSWORD
	});
	for (let i = 0; i < CASES; i++) {
		const saved = await analyst.request(
			'POST',
			'/api/cases',
			{ caseCode: `R-${i}`, year: 2026, times: 1, notes: '', scenario: SCENARIO },
			true
		);
		expect(saved.status).toBe(201);
	}
}, 120_000);
afterAll(() => app?.stop());

/** The report page, and whether it says it is being brought up to date. */
async function report() {
	const html = (await analyst.get('/organisatie/portfolio/2026')).text;
	return { updating: html.includes(NOTICE), html };
}

describe('a large year priced again after an own unit cost', () => {
	it('shows the figures from before with their date, then the new ones', async () => {
		const before = await report();
		expect(before.updating).toBe(false);
		const set = await analyst.post('/organisatie/kengetallen?/set', {
			unitCostId: 'wonen.huisuitzetting',
			amount: '20.000',
			priceYear: '2024',
			sourceTitle: 'Eigen administratie 2024',
			sourcePublisher: 'Welzijn Voorbeeldstad',
			sourceYear: '2025',
			note: ''
		});
		expect(set.action?.type).toBe('success');

		const meanwhile = await report();
		expect(meanwhile.updating).toBe(true);
		expect(meanwhile.html).toMatch(/zoals ze waren op \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/);
		expect(meanwhile.html).not.toContain('Eigen kengetallen van de organisatie');

		let after = meanwhile;
		for (let i = 0; i < 300 && after.updating; i++) {
			await new Promise((resolve) => setTimeout(resolve, 100));
			after = await report();
		}
		expect(after.updating).toBe(false);
		expect(after.html).toContain('Eigen kengetallen van de organisatie');
	}, 60_000);
});
