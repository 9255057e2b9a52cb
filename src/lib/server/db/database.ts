import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { CannotStart } from './cannot-start';

/** What a query runs on: the database itself or one open transaction. */
export interface Queryable {
	query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
	/** Several statements without parameters, as a migration has them. */
	exec(sql: string): Promise<void>;
}

/** One open transaction. */
export interface Transaction extends Queryable {
	/** Runs once the transaction has committed, when its changes are visible to every reader. */
	afterCommit(then: () => void): void;
}

/**
 * PostgreSQL, embedded (PGlite, PostgreSQL compiled to WebAssembly) or a server. The same SQL
 * runs on both; nothing above this module knows which one it has.
 */
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

/** Host, port and database of a connection string, never its user or password. */
function serverName(url: string): string {
	try {
		const { hostname, port, pathname, searchParams } = new URL(url);
		// a socket folder comes as ?host=/var/run/postgresql
		return `${hostname || searchParams.get('host') || 'localhost'}:${port || 5432}${pathname}`;
	} catch {
		return 'DATABASE_URL';
	}
}

async function server(url: string): Promise<Database> {
	const pool = new pg.Pool({ connectionString: url, max: 10 });
	const on = (q: pg.Pool | pg.PoolClient): Queryable => ({
		query: async <Row>(sql: string, params: readonly unknown[] = []) =>
			(await q.query(sql, params as unknown[])).rows as Row[],
		exec: async (sql) => void (await q.query(sql))
	});
	try {
		await pool.query('select 1');
	} catch (failure) {
		await pool.end();
		const reason = failure instanceof Error ? failure.message : String(failure);
		const where = serverName(url);
		throw new CannotStart(
			`Kan niet verbinden met PostgreSQL op ${where} (DATABASE_URL): ${reason} / Cannot connect to PostgreSQL at ${where} (DATABASE_URL): ${reason}`,
			{ cause: failure }
		);
	}
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

/** Whether a statement failed on the named unique index or constraint (SQLSTATE 23505). */
export function brokeUnique(failure: unknown, constraint: string): boolean {
	const { code, constraint: name } = (failure ?? {}) as { code?: unknown; constraint?: unknown };
	return code === '23505' && name === constraint;
}
