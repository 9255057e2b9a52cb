// npm run bench:server (a part): a year report of 5,000, 50,000 and 250,000 cases, on PGlite
// and on a throwaway PostgreSQL. The cases are copies of cases saved through the app, sums and
// all (a copy prices exactly as its original: the same scenario, times and unit costs). Prints
// the first report's time, the time until it is fresh after one save, and this process's memory.
// BENCH_SIZES=5000,50000 picks the sizes; BENCH_ENGINES=postgresql one engine.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertOrganisation } from '../src/lib/server/accounts/organisations';
import { actorById } from '../src/lib/server/accounts/sessions';
import { startDatabase } from '../src/lib/server/app-database';
import { createCase } from '../src/lib/server/cases/cases';
import type { Database } from '../src/lib/server/db/database';
import { organisationReport } from '../src/lib/server/reports/portfolio';
import { stopWorkers } from '../src/lib/server/work/pool';
import { ThrowawayPostgres } from '../tests/support/throwaway-postgres';

const SIZES = (process.env.BENCH_SIZES ?? '5000,50000,250000').split(',').map(Number);
const ENGINES = (process.env.BENCH_ENGINES ?? 'postgresql,embedded').split(',');
const YEAR = 2026;
const SAVES = 5;
const TIMES = 7;

const EXAMPLES = readdirSync('examples')
	.filter((f) => f.endsWith('.json') && f !== 'leeg.json')
	.map((f) => readFileSync(`examples/${f}`, 'utf8'));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Every example saved once for each number of households 1 to TIMES: the originals. */
async function saveOriginals(db: Database) {
	const organisation = await insertOrganisation(db, 'Bench', 'provider');
	const [user] = await db.query<{ id: string }>(
		`insert into users (organisation_id, email, display_name, password_hash, roles)
		 values ($1, 'analyst@bench.example', 'Analist', 'not for signing in', $2) returning id`,
		[organisation, ['analyst']]
	);
	const analyst = (await actorById(db, user!.id))!;
	let n = 0;
	for (const scenario of EXAMPLES)
		for (let times = 1; times <= TIMES; times++) {
			const saved = await createCase(db, analyst, {
				caseCode: `O-${++n}`,
				year: YEAR,
				times,
				notes: '',
				scenario
			});
			if (!saved.ok) throw new Error('an original was not saved');
		}
	return { organisation, analyst, originals: n };
}

/** Copies of the originals, each with its original's sums, until the year has `size` cases. */
async function copyUpTo(db: Database, organisation: string, size: number, have: number) {
	const originals = EXAMPLES.length * TIMES;
	const rounds = Math.ceil((size - have) / originals);
	await db.transaction(async (tx) => {
		await tx.exec(
			`create temporary table copies (id uuid, original uuid, code text) on commit drop`
		);
		await tx.query(
			`insert into copies
			 select gen_random_uuid(), c.id, 'K-' || ($2::int + g) || '-' || c.case_code
			 from cases c cross join generate_series(1, $3::int) g
			 where c.organisation_id = $1 and c.case_code like 'O-%'`,
			[organisation, have, rounds]
		);
		await tx.query(
			`insert into cases (id, organisation_id, owner_id, case_code, year, times, scenario, updated_by)
			 select k.id, c.organisation_id, c.owner_id, k.code, c.year, c.times, c.scenario, c.updated_by
			 from copies k join cases c on c.id = k.original`
		);
		await tx.exec(
			`insert into case_results select k.id, r.case_version, r.organisation_id, r.year, k.code,
			   r.basis, r.part, r.key, r.societal_costs, r.societal_benefits, r.societal_npv,
			   r.financial_costs, r.financial_benefits, r.financial_npv, r.transfers, r.behind
			 from copies k join case_results r on r.case_id = k.original;
			 insert into case_result_years select k.id, r.case_version, r.organisation_id,
			   r.portfolio_year, r.basis, r.year, r.societal_costs, r.societal_benefits, r.societal_net,
			   r.societal_present_net, r.financial_costs, r.financial_benefits, r.financial_net,
			   r.financial_present_net
			 from copies k join case_result_years r on r.case_id = k.original;
			 insert into case_result_cases select k.id, r.case_version, r.organisation_id, r.year,
			   k.code, r.basis, r.evidence_strong, r.evidence_fair, r.evidence_rough, r.listed
			 from copies k join case_result_cases r on r.case_id = k.original;`
		);
	});
	// the report is kept per revision, as after any change to the organisation's cases
	await db.query('update organisations set revision = revision + 1 where id = $1', [organisation]);
	await db.exec('analyze');
	return have + rounds * originals;
}

async function measure(db: Database, engine: string) {
	const { organisation, analyst, originals } = await saveOriginals(db);
	let cases = originals;
	for (const size of SIZES) {
		cases = await copyUpTo(db, organisation, size, cases);
		global.gc?.();
		let start = performance.now();
		await organisationReport(db, organisation, YEAR);
		const first = performance.now() - start;
		const fresh: number[] = [];
		for (let i = 0; i < SAVES; i++) {
			start = performance.now();
			const saved = await createCase(db, analyst, {
				caseCode: `N-${size}-${i}`,
				year: YEAR,
				times: 2,
				notes: '',
				scenario: EXAMPLES[i % EXAMPLES.length]!
			});
			if (!saved.ok) throw new Error('not saved');
			await organisationReport(db, organisation, YEAR);
			fresh.push(performance.now() - start);
		}
		cases += SAVES;
		const { rss, heapUsed } = process.memoryUsage();
		console.log(
			`${engine.padEnd(10)} ${cases.toLocaleString('en').padStart(8)} cases: first report ${first.toFixed(0).padStart(6)} ms   ` +
				`one save until fresh: median ${median(fresh).toFixed(0).padStart(6)} ms over ${SAVES}   ` +
				`memory ${mb(rss)} (heap ${mb(heapUsed)}); targets: fresh < 100 ms, first < 1,000 ms on PostgreSQL, < 300 MB`
		);
	}
}

console.log(
	`load average before: ${loadavg()
		.map((l) => l.toFixed(2))
		.join(' ')}`
);
for (const engine of ENGINES) {
	if (engine === 'postgresql') {
		const pg = await ThrowawayPostgres.create();
		try {
			const db = await startDatabase({ DATABASE_URL: pg.url, EFFECTWIJZER_DEMO: 'off' });
			await measure(db, engine).finally(() => db.close());
		} finally {
			pg.remove();
		}
	} else {
		const dir = mkdtempSync(join(tmpdir(), 'ew-scale-'));
		try {
			const db = await startDatabase({ EFFECTWIJZER_DATA_DIR: dir, EFFECTWIJZER_DEMO: 'off' });
			await measure(db, engine).finally(() => db.close());
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
}
await stopWorkers();
console.log(
	`load average after: ${loadavg()
		.map((l) => l.toFixed(2))
		.join(' ')}`
);
