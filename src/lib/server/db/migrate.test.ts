import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase } from '$test/databases';
import type { Database } from './database';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

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
