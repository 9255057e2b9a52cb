/**
 * A change to the schema, released once and never edited again: a change is a new migration.
 * The same SQL runs on PGlite and on PostgreSQL 15 and later. Each file holds its SQL as it was
 * released, written out, so nothing it depends on can change it afterwards; migrate.test.ts
 * pins every released migration by the hash of its SQL.
 */
export interface Migration {
	version: number;
	name: string;
	sql: string;
}
