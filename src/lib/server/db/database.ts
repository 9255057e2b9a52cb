import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** What a query runs on: the database itself or one open transaction. */
export interface Queryable {
	query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
	/** Several statements without parameters, as a migration has them. */
	exec(sql: string): Promise<void>;
}

/**
 * PostgreSQL, embedded (PGlite, PostgreSQL compiled to WebAssembly) or a server. The same SQL
 * runs on both; nothing above this module knows which one it has.
 */
/** One open transaction. */
export interface Transaction extends Queryable {
	/** Runs once the transaction has committed, when its changes are visible to every reader. */
	afterCommit(then: () => void): void;
}

export interface Database extends Queryable {
	readonly engine: 'embedded' | 'postgresql';
	transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
	close(): Promise<void>;
}

export interface DatabaseConfig {
	/** A PostgreSQL connection string; without it the embedded engine is used. */
	url?: string;
	/** Folder of the embedded database; `memory://` keeps it in memory (tests). */
	dataDir?: string;
}

/** Runs a transaction, then what it asked to run after its commit; nothing after a rollback. */
async function committed<T>(
	run: (afterCommit: (then: () => void) => void) => Promise<T>
): Promise<T> {
	const after: (() => void)[] = [];
	const result = await run((then) => after.push(then));
	for (const then of after) then();
	return result;
}

async function embedded(dataDir: string): Promise<Database> {
	const db = await PGlite.create(dataDir);
	const on = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
		query: async <Row>(sql: string, params: readonly unknown[] = []) =>
			(await q.query<Row>(sql, params as unknown[])).rows,
		exec: async (sql) => void (await q.exec(sql))
	});
	return {
		engine: 'embedded',
		...on(db),
		transaction: (work) =>
			committed((afterCommit) => db.transaction((tx) => work({ ...on(tx), afterCommit }))),
		close: () => db.close()
	};
}

async function server(url: string): Promise<Database> {
	const pool = new pg.Pool({ connectionString: url, max: 10 });
	const on = (q: pg.Pool | pg.PoolClient): Queryable => ({
		query: async <Row>(sql: string, params: readonly unknown[] = []) =>
			(await q.query(sql, params as unknown[])).rows as Row[],
		exec: async (sql) => void (await q.query(sql))
	});
	await pool.query('select 1');
	return {
		engine: 'postgresql',
		...on(pool),
		async transaction(work) {
			const client = await pool.connect();
			return committed(async (afterCommit) => {
				try {
					await client.query('begin');
					const result = await work({ ...on(client), afterCommit });
					await client.query('commit');
					return result;
				} catch (failure) {
					await client.query('rollback');
					throw failure;
				} finally {
					client.release();
				}
			});
		},
		close: () => pool.end()
	};
}

export function openDatabase(config: DatabaseConfig): Promise<Database> {
	return config.url ? server(config.url) : embedded(config.dataDir ?? 'memory://');
}
