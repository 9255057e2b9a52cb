// npm run bench:server (a part): how long establishing a 5,000-case year report takes, and
// opening a funder's overview over ten providers, each beside what the same figures cost
// another way in the same run (pricing the year again, as establishing once did; pricing the
// live reports again). Prints figures.
import { readdirSync, readFileSync } from 'node:fs';
import { insertOrganisation } from '../src/lib/server/accounts/organisations';
import { actorById } from '../src/lib/server/accounts/sessions';
import type { Actor, Role } from '../src/lib/server/platform/access';
import type { Database } from '../src/lib/server/db/database';
import { overviewOfYear } from '../src/lib/server/reports/funder-overview';
import { organisationReport } from '../src/lib/server/reports/portfolio';
import { establishReport } from '../src/lib/server/reports/versions';
import { shareCodeOf, shareReport } from '../src/lib/server/reports/shares';
import { organisationFigureInputs } from '../src/lib/server/cases/overrides';
import { priceMissingCases, resultBasis } from '../src/lib/server/sums/pricing';
import { heavy } from '../src/lib/server/work/pool';
import type { StoredRow } from '../src/lib/server/work/tasks';
import { withBenchDatabase } from './app';

const LARGE = 5_000;
const PROVIDERS = 10;
const PER_PROVIDER = 500;
const YEAR = 2026;

const EXAMPLES = readdirSync('examples')
	.filter((f) => f.endsWith('.json') && f !== 'leeg.json')
	.map((f) => JSON.parse(readFileSync(`examples/${f}`, 'utf8')));

async function member(db: Database, organisationId: string, email: string, roles: Role[]) {
	const [user] = await db.query<{ id: string }>(
		`insert into users (organisation_id, email, display_name, password_hash, roles)
		 values ($1, $2, $3, 'not for signing in', $4) returning id`,
		[organisationId, email, email.split('@')[0], roles]
	);
	return (await actorById(db, user!.id))!;
}

async function provider(db: Database, name: string, cases: number): Promise<Actor> {
	const id = await insertOrganisation(db, name, 'provider');
	const analyst = await member(db, id, `analyst@${id}.example`, ['analyst']);
	await db.transaction(async (tx) => {
		for (let i = 0; i < cases; i++)
			await tx.query(
				`insert into cases (organisation_id, owner_id, case_code, year, times, scenario, updated_by)
				 values ($1, $2, $3, $4, $5, $6, $2)`,
				[id, analyst.userId, `B-${i + 1}`, YEAR, 1 + (i % 7), EXAMPLES[i % EXAMPLES.length]]
			);
	});
	return analyst;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
	const start = performance.now();
	const value = await work();
	return { ms: performance.now() - start, value };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

await withBenchDatabase(async (db) => {
	const large = await provider(db, 'Groot', LARGE);
	// the cases' sums, as saving them keeps them
	const figures = await organisationFigureInputs(db, large.organisationId);
	await priceMissingCases(db, large.organisationId, YEAR, figures, resultBasis(figures));
	const established = await timed(() => establishReport(db, large, YEAR));
	if (!established.value.ok) throw new Error('not established');
	// the reference: the year priced again as a whole, as establishing did before it read the sums
	const rows = await db.query<StoredRow>(
		`select id, case_code as "caseCode", times, scenario::text as "scenarioText" from cases
		 where organisation_id = $1 and year = $2 order by case_code`,
		[large.organisationId, YEAR]
	);
	const afresh = await timed(() => heavy({ kind: 'summarise-year', year: YEAR, rows, figures }));
	console.log(
		`establish a ${LARGE.toLocaleString('en')}-case report from its kept sums: ${established.ms.toFixed(0)} ms ` +
			`(pricing the year again alone: ${afresh.ms.toFixed(0)} ms; ratio ${(afresh.ms / established.ms).toFixed(2)}× in the kept sums' favour)`
	);

	const funderId = await insertOrganisation(db, 'Gemeente Bench', 'funder');
	const viewer = await member(db, funderId, 'viewer@bench.example', ['funder-viewer']);
	const code = (await shareCodeOf(db, funderId))!;
	const analysts: Actor[] = [];
	for (let p = 0; p < PROVIDERS; p++)
		analysts.push(await provider(db, `Aanbieder ${p + 1}`, PER_PROVIDER));
	for (const analyst of analysts) {
		if (!(await establishReport(db, analyst, YEAR)).ok) throw new Error('not established');
		await shareReport(db, analyst, { shareCode: code, year: YEAR }, new Date());
	}
	const cold = await timed(() => overviewOfYear(db, viewer, YEAR));
	const warm: number[] = [];
	for (let i = 0; i < 20; i++) warm.push((await timed(() => overviewOfYear(db, viewer, YEAR))).ms);
	// the previous design: each provider's live report priced for the funder
	const reference = await timed(async () => {
		for (const analyst of analysts) await organisationReport(db, analyst.organisationId, YEAR);
	});
	console.log(
		`funder overview over ${PROVIDERS} providers × ${PER_PROVIDER} cases: first ${cold.ms.toFixed(0)} ms, ` +
			`then median ${median(warm).toFixed(1)} ms over 20 ` +
			`(pricing the ${PROVIDERS} live reports instead: ${reference.ms.toFixed(0)} ms; ` +
			`ratio ${(reference.ms / median(warm)).toFixed(0)}× in the overview's favour)`
	);
});
