import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase } from '$test/databases';
import type { Database } from './database';
import { example } from '$test/world';
import { summarise } from '../../portfolio/portfolio';
import { insertOrganisation } from '../accounts/organisations';
import { priceCases, resultBasis } from '../sums/pricing';
import { caseFigures, storeCaseSums, yearSums } from '../sums/store';
import { organisationFigureInputs } from '../cases/overrides';
import { portfolioRows } from '../work/tasks';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations/index';

describe.each(ENGINES)('migrations on %s', (engine) => {
	let db: Database;
	beforeAll(async () => (db = await freshDatabase(engine)));
	afterAll(() => db?.close());

	it('has applied every migration once, and a second run applies none', async () => {
		const rows = await db.query<{ version: number }>(
			'select version from schema_migrations order by version'
		);
		expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
		expect(await migrate(db)).toEqual([]);
	});

	it('applies pending migrations all or none: a failing one rolls back the ones before it', async () => {
		const broken = [
			...MIGRATIONS,
			{ version: 900, name: 'fine', sql: 'create table fine (id integer)' },
			{ version: 901, name: 'broken', sql: 'create table broken (id nosuchtype)' }
		];
		await expect(migrate(db, broken)).rejects.toThrow(/nosuchtype/);
		const tables = await db.query<{ name: string }>(
			"select table_name as name from information_schema.tables where table_name in ('fine', 'broken')"
		);
		expect(tables).toEqual([]);
		const versions = await db.query<{ version: number }>('select version from schema_migrations');
		expect(versions.map((v) => v.version)).not.toContain(900);
	});
});

describe.each(ENGINES)('migration 2 on %s, over data of version 1', (engine) => {
	let db: Database;
	beforeAll(async () => {
		db = await freshDatabase(engine, MIGRATIONS.slice(0, 1));
		await db.exec(`insert into organisations (name, kind, created_at) values
			('Gemeente Voorbeeldstad', 'funder', '2026-01-01'),
			('gemeente voorbeeldstad ', 'funder', '2026-02-01'),
			('Welzijn Oost', 'provider', '2026-03-01')`);
		await migrate(db);
	});
	afterAll(() => db?.close());

	it('numbers the later of two organisations with the same name, and gives every funder a share code', async () => {
		const rows = await db.query<{ name: string; kind: string; share_code: string | null }>(
			'select name, kind, share_code from organisations order by created_at'
		);
		expect(rows.map((r) => r.name)).toEqual([
			'Gemeente Voorbeeldstad',
			'gemeente voorbeeldstad (2)',
			'Welzijn Oost'
		]);
		expect(rows[0]!.share_code).toMatch(/^[0-9A-F]{12}$/);
		expect(rows[1]!.share_code).toMatch(/^[0-9A-F]{12}$/);
		expect(rows[1]!.share_code).not.toBe(rows[0]!.share_code);
		expect(rows[2]!.share_code).toBeNull();
		await expect(
			db.query(`insert into organisations (name, kind) values (' WELZIJN OOST', 'provider')`)
		).rejects.toThrow(/organisations_by_name/);
	});
});

describe.each(ENGINES)('migration 5 on %s, over sums kept by version 4', (engine) => {
	let db: Database;
	let organisation: string;
	beforeAll(async () => {
		db = await freshDatabase(engine, MIGRATIONS.slice(0, 4));
		organisation = await insertOrganisation(db, 'Welzijn Oost', 'provider');
		const [user] = await db.query<{ id: string }>(
			`insert into users (organisation_id, email, display_name, password_hash, roles)
			 values ($1, 'analist@oost.example', 'Analist', 'not for signing in', $2) returning id`,
			[organisation, ['analyst']]
		);
		// saved as version 4 saved them: the case, and its sums kept in the same transaction
		for (const [caseCode, name, times] of [
			['O-1', 'maatwerk-huurachterstand', 12],
			['O-2', 'ggz-crisis-voorkomen', 3]
		] as const)
			await db.transaction(async (tx) => {
				const scenarioText = example(name);
				const [saved] = await tx.query<{ id: string }>(
					`insert into cases (organisation_id, owner_id, case_code, year, times, scenario, updated_by)
					 values ($1, $2, $3, 2026, $4, $5::text::jsonb, $2) returning id`,
					[organisation, user!.id, caseCode, times, scenarioText]
				);
				const sums = await priceCases([{ id: saved!.id, caseCode, times, scenarioText }], []);
				await storeCaseSums(
					tx,
					resultBasis([]),
					[{ caseId: saved!.id, version: 1, organisationId: organisation, year: 2026, caseCode }],
					sums
				);
			});
		await migrate(db);
	});
	afterAll(() => db?.close());

	it('adds the sums kept so far up into the year, so nothing is priced again', async () => {
		const figures = await organisationFigureInputs(db, organisation);
		const rows = portfolioRows(
			await db.query(
				`select id, case_code as "caseCode", times, scenario::text as "scenarioText"
				 from cases where organisation_id = $1 order by case_code`,
				[organisation]
			)
		);
		const sums = (await yearSums(db, organisation, 2026, resultBasis(figures)))!;
		const priced = summarise(2026, rows, []);
		expect(sums.savedCases).toBe(2);
		const total = sums.breakdowns.find((b) => b.part === 'total')!.breakdown;
		expect(total.societal.npv.toFixed(10)).toBe(priced.summary.total.societal.npv.toFixed(10));
		const listed = await caseFigures(db, organisation, 2026, resultBasis(figures));
		expect(listed.map((c) => c.caseCode)).toEqual(priced.cases.map((c) => c.caseCode));
		const [{ n }] = (await db.query<{ n: number }>(
			'select cases as n from year_cases where organisation_id = $1 and year = 2026',
			[organisation]
		)) as [{ n: number }];
		expect(n).toBe(2);
	});
});
