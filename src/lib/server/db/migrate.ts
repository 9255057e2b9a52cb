import type { Database } from './database';
import { MIGRATIONS, type Migration } from './migrations/index';

// Any fixed number: concurrent starts of the app wait for each other instead of racing.
const MIGRATION_LOCK = 7_260_541;

/**
 * Brings the schema up to date in one transaction: all pending migrations or none. Run on
 * every start; a database that is up to date is left as it is.
 */
export async function migrate(
	db: Database,
	migrations: readonly Migration[] = MIGRATIONS
): Promise<number[]> {
	return db.transaction(async (tx) => {
		await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
		await tx.exec(`create table if not exists schema_migrations (
			version integer primary key,
			name text not null,
			applied_at timestamptz not null default now()
		)`);
		const rows = await tx.query<{ version: number }>('select version from schema_migrations');
		const done = new Set(rows.map((row) => row.version));
		const applied: number[] = [];
		for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
			if (done.has(migration.version)) continue;
			await tx.exec(migration.sql);
			await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
				migration.version,
				migration.name
			]);
			applied.push(migration.version);
		}
		return applied;
	});
}
