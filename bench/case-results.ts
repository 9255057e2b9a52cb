// npm run bench:server (a part): how fresh a 5,000-case year report is after one save, now that
// each case is priced once and the database adds the year up, beside pricing the whole year at
// once as the previous design did after every save, in the same run. Then the same year with
// follow-ups: how fresh its expected-beside-found figures are after a follow-up or a save, each
// case version's facts kept, beside pricing every case's facts again. Prints figures.
import { readdirSync, readFileSync } from 'node:fs';
import { insertOrganisation } from '../src/lib/server/accounts/organisations';
import { actorById } from '../src/lib/server/accounts/sessions';
import { createCase } from '../src/lib/server/cases/cases';
import { D } from '../src/lib/engine';
import { recordFollowUp } from '../src/lib/server/follow-ups/follow-ups';
import { organisationReport } from '../src/lib/server/reports/portfolio';
import { heavy } from '../src/lib/server/work/pool';
import type { StoredRow } from '../src/lib/server/work/tasks';
import { withBenchDatabase } from './app';

const CASES = 5_000;
const SAVES = 10;
const YEAR = 2026;

const EXAMPLES = readdirSync('examples')
	.filter((f) => f.endsWith('.json') && f !== 'leeg.json')
	.map((f) => readFileSync(`examples/${f}`, 'utf8'));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

await withBenchDatabase(async (db) => {
	const id = await insertOrganisation(db, 'Bench', 'provider');
	const [user] = await db.query<{ id: string }>(
		`insert into users (organisation_id, email, display_name, password_hash, roles)
			 values ($1, 'analyst@bench.example', 'Analist', 'not for signing in', $2) returning id`,
		[id, ['analyst']]
	);
	const analyst = (await actorById(db, user!.id))!;
	// saved through the app, so each case keeps its sums as a save does
	let start = performance.now();
	for (let i = 0; i < CASES; i++) {
		const saved = await createCase(db, analyst, {
			caseCode: `B-${i + 1}`,
			year: YEAR,
			times: 1 + (i % 7),
			notes: '',
			scenario: EXAMPLES[i % EXAMPLES.length]!
		});
		if (!saved.ok) throw new Error('not saved');
	}
	const seeding = performance.now() - start;
	console.log(`${CASES} saves through the app: median ${(seeding / CASES).toFixed(1)} ms each`);
	start = performance.now();
	await organisationReport(db, id, YEAR);
	console.log(
		`first report, added up by the database: ${(performance.now() - start).toFixed(0)} ms; ` +
			`this process (the app's part and the embedded database) in ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`
	);

	const fresh: number[] = [];
	for (let i = 0; i < SAVES; i++) {
		start = performance.now();
		const saved = await createCase(db, analyst, {
			caseCode: `N-${i + 1}`,
			year: YEAR,
			times: 2,
			notes: '',
			scenario: EXAMPLES[i % EXAMPLES.length]!
		});
		if (!saved.ok) throw new Error('not saved');
		await organisationReport(db, id, YEAR);
		fresh.push(performance.now() - start);
	}
	const rows = await db.query<StoredRow>(
		`select id, case_code as "caseCode", times, scenario::text as "scenarioText" from cases
			 where organisation_id = $1 and year = $2`,
		[id, YEAR]
	);
	const reference: number[] = [];
	for (let i = 0; i < 3; i++) {
		start = performance.now();
		await heavy({ kind: 'summarise-year', year: YEAR, rows, figures: [] });
		reference.push(performance.now() - start);
	}
	console.log(
		`one save until the ${CASES.toLocaleString('en')}-case report is fresh: median ${median(fresh).toFixed(0)} ms over ${SAVES} ` +
			`(pricing the whole year at once, as before: median ${median(reference).toFixed(0)} ms over 3; ` +
			`ratio ${(median(reference) / median(fresh)).toFixed(1)}×)`
	);

	// A tenth of the year followed up: the report now sets expected beside found.
	const followed = rows.slice(0, CASES / 10);
	const record = {
		caseVersion: 1,
		answers: {},
		supportHours: new D(5),
		maatwerk: new D(0),
		notes: ''
	};
	for (const row of followed) await recordFollowUp(db, analyst, row.id, 6, record);
	start = performance.now();
	const first = await organisationReport(db, id, YEAR);
	console.log(
		`first report with ${followed.length} follow-ups (every case's facts priced): ${(performance.now() - start).toFixed(0)} ms; ` +
			`${first!.followUp!.rows.length} rows of expected beside found`
	);
	const afterFollowUp: number[] = [];
	const afterSave: number[] = [];
	for (let i = 0; i < SAVES; i++) {
		start = performance.now();
		await recordFollowUp(db, analyst, rows[CASES / 10 + i]!.id, 6, record);
		await organisationReport(db, id, YEAR);
		afterFollowUp.push(performance.now() - start);
		start = performance.now();
		const saved = await createCase(db, analyst, {
			caseCode: `F-${i + 1}`,
			year: YEAR,
			times: 2,
			notes: '',
			scenario: EXAMPLES[i % EXAMPLES.length]!
		});
		if (!saved.ok) throw new Error('not saved');
		await organisationReport(db, id, YEAR);
		afterSave.push(performance.now() - start);
	}
	const factsAgain: number[] = [];
	for (let i = 0; i < 3; i++) {
		start = performance.now();
		await heavy({ kind: 'case-facts', rows, figures: [] });
		factsAgain.push(performance.now() - start);
	}
	console.log(
		`with follow-ups, until the report is fresh: one follow-up median ${median(afterFollowUp).toFixed(0)} ms, ` +
			`one save median ${median(afterSave).toFixed(0)} ms over ${SAVES} each ` +
			`(pricing every case's facts again: median ${median(factsAgain).toFixed(0)} ms over 3; ` +
			`ratio ${(median(factsAgain) / median(afterSave)).toFixed(1)}× for a save); ` +
			`process ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`
	);
});
