import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { CannotStart } from './cannot-start';
import { EMBEDDED_START_PARAMS, prepareEmbeddedFolder } from './embedded-folder';

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
	/**
	 * Hears what any process sends on the channel with `pg_notify` (LISTEN), from the moment the
	 * returned promise settles until it is stopped; on PostgreSQL a lost connection is opened
	 * again by itself.
	 */
	listen(
		channel: string,
		hear: (payload: string) => void,
		/** Called when the connection was lost and listens again: what came meanwhile is lost. */
		resumed?: () => void
	): Promise<() => Promise<void>>;
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
	await prepareEmbeddedFolder(dataDir);
	const db = await PGlite.create({ dataDir, startParams: [...EMBEDDED_START_PARAMS] });
	const on = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
		query: <Row>(sql: string, params: readonly unknown[] = []) =>
			named(async () => (await q.query<Row>(sql, params as unknown[])).rows),
		exec: (sql) => named(async () => void (await q.exec(sql)))
	});
	return {
		engine: 'embedded',
		...on(db),
		transaction: (work) =>
			committed((afterCommit) => db.transaction((tx) => work({ ...on(tx), afterCommit }))),
		listen: (channel, hear) => db.listen(channel, hear),
		close: () => db.close()
	};
}

/** How soon a lost listening connection is opened again: doubling from the first to the last. */
export const RELISTEN_MS = { first: 500, last: 15_000 };

/**
 * A connection of its own that LISTENs, outside the pool: a pooled client would be handed to a
 * query and miss what comes meanwhile. When the server ends it (a restart, an outage), it is
 * opened again, one attempt at a time with a growing wait, and a failed attempt's connection is
 * closed: never more than one listening connection, however long the server is away. What was
 * sent while it was away is lost, so `resumed` is called once it listens again.
 */
async function listenOn(
	url: string,
	channel: string,
	hear: (payload: string) => void,
	resumed: () => void
): Promise<() => Promise<void>> {
	let stopped = false;
	let client: pg.Client | null = null;
	let retry: ReturnType<typeof setTimeout> | null = null;
	let wait = RELISTEN_MS.first;
	const connect = async (): Promise<void> => {
		const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
		next.on('error', () => {});
		next.on('notification', (message) => {
			if (message.channel === channel && message.payload !== undefined) hear(message.payload);
		});
		try {
			await next.connect();
			await next.query(`listen ${pg.escapeIdentifier(channel)}`);
		} catch (failure) {
			await next.end().catch(() => {});
			throw failure;
		}
		if (stopped) return void (await next.end().catch(() => {}));
		client = next;
		wait = RELISTEN_MS.first;
		next.once('end', () => {
			if (client !== next) return;
			client = null;
			again();
		});
	};
	const again = () => {
		if (stopped || retry) return;
		retry = setTimeout(() => {
			retry = null;
			connect().then(resumed, () => {
				wait = Math.min(wait * 2, RELISTEN_MS.last);
				again();
			});
		}, wait);
		retry.unref();
	};
	await connect();
	return async () => {
		stopped = true;
		if (retry) clearTimeout(retry);
		const last = client;
		client = null;
		await last?.end().catch(() => {});
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

/**
 * The database cannot take the request just now: the server is down, restarting or ended the
 * connection (`unreachable`), or it has no room left to write (`full`). Nothing was written by
 * the statement that failed; asking again later may work.
 */
export class DatabaseUnavailable extends Error {
	override readonly name = 'DatabaseUnavailable';
	constructor(
		message: string,
		readonly kind: 'unreachable' | 'full',
		options?: ErrorOptions
	) {
		super(message, options);
	}
}

// SQLSTATE 53xxx insufficient resources (53100 disk full), 58030 an I/O error while writing.
const STORAGE_STATES = /^(53...|58030)$/;

// SQLSTATE classes and codes that mean the connection, not the statement, failed: 08 connection
// exception, 57P01-57P03 the server shutting down, crashed or not yet accepting connections.
const CONNECTION_STATES = /^(08...|57P0[123])$/;
const CONNECTION_ERRNOS = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'EPIPE',
	'ETIMEDOUT',
	'ENOTFOUND'
]);

/** Whether a failure was the connection to PostgreSQL, rather than the statement itself. */
export function lostConnection(failure: unknown): boolean {
	const { code, message } = (failure ?? {}) as { code?: unknown; message?: unknown };
	if (typeof code === 'string' && (CONNECTION_STATES.test(code) || CONNECTION_ERRNOS.has(code)))
		return true;
	// node-postgres names a connection that dies mid-query only in its message
	return (
		typeof message === 'string' &&
		/Connection terminated|connection error|timeout exceeded when trying to connect/i.test(message)
	);
}

function unavailable(failure: unknown): unknown {
	const reason = failure instanceof Error ? failure.message : String(failure);
	const code = (failure as { code?: unknown } | null)?.code;
	if (typeof code === 'string' && STORAGE_STATES.test(code))
		return new DatabaseUnavailable(reason, 'full', { cause: failure });
	if (!lostConnection(failure)) return failure;
	return new DatabaseUnavailable(`PostgreSQL: ${reason}`, 'unreachable', { cause: failure });
}

/** Runs a statement, naming a failure that is the database's state rather than the statement's. */
async function named<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (failure) {
		throw unavailable(failure);
	}
}

async function server(url: string): Promise<Database> {
	// Waiting for a connection is bounded, so that a request answers "unavailable" rather than
	// hanging while the server is out of reach.
	const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
	// A connection the server ends (a restart, code 57P01) is reported as an 'error' event on the
	// pool or on the client, and an unheard 'error' ends the process. The pool drops that client
	// and opens a new one for the next query, so hearing it is all there is to do.
	pool.on('error', (failure) => console.warn(`PostgreSQL: ${failure.message}`));
	pool.on('connect', (client) => client.on('error', () => {}));
	const on = (q: pg.Pool | pg.PoolClient): Queryable => ({
		query: <Row>(sql: string, params: readonly unknown[] = []) =>
			named(async () => (await q.query(sql, params as unknown[])).rows as Row[]),
		exec: (sql) => named(async () => void (await q.query(sql)))
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
	// a listening connection holds the process open: closing the database ends each of them too
	const listening = new Set<() => Promise<void>>();
	return {
		engine: 'postgresql',
		...on(pool),
		async transaction(work) {
			const client = await named(() => pool.connect());
			const tx = on(client);
			return committed(async (afterCommit) => {
				let broken: Error | undefined;
				try {
					await tx.exec('begin');
					const result = await work({ ...tx, afterCommit });
					await tx.exec('commit');
					return result;
				} catch (failure) {
					// A lost connection has rolled back by itself; the client is not given back.
					try {
						await client.query('rollback');
					} catch (rollback) {
						broken = rollback instanceof Error ? rollback : new Error(String(rollback));
					}
					throw unavailable(failure);
				} finally {
					client.release(broken);
				}
			});
		},
		async listen(channel, hear, resumed = () => {}) {
			const end = await listenOn(url, channel, hear, resumed);
			const stop = async () => {
				listening.delete(stop);
				await end();
			};
			listening.add(stop);
			return stop;
		},
		async close() {
			await Promise.all([...listening].map((stop) => stop()));
			await pool.end();
		}
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
