import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/lib/server/db/database';
import { migrate } from '../../src/lib/server/db/migrate';
import { MIGRATIONS } from '../../src/lib/server/db/migrations/index';

export type Engine = 'embedded' | 'postgresql';
export const ENGINES: Engine[] = ['embedded', 'postgresql'];

/**
 * A fresh database of the engine, PGlite in memory or a new database on the test server, with
 * the migrations given (by default all of them).
 */
export async function freshDatabase(engine: Engine, migrations = MIGRATIONS): Promise<Database> {
	if (engine === 'embedded') {
		const db = await openDatabase({ dataDir: 'memory://' });
		await migrate(db, migrations);
		return db;
	}
	const serverUrl = inject('postgresUrl');
	const name = `test_${randomUUID().replaceAll('-', '')}`;
	const admin = await openDatabase({ url: serverUrl });
	await admin.exec(`create database ${name}`);
	await admin.close();
	const db = await openDatabase({ url: serverUrl.replace(/\/postgres$/, `/${name}`) });
	await migrate(db, migrations);
	return db;
}
