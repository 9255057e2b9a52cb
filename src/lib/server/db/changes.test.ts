import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase } from '$test/databases';
import { inject } from 'vitest';
import { announce, hearChanges, type Change } from './changes';
import { openDatabase, type Database } from './database';

/** The changes heard until `until` holds, or two seconds have passed. */
async function heard(list: Change[], until: () => boolean) {
	for (let i = 0; i < 200 && !until(); i++) await new Promise((r) => setTimeout(r, 10));
	return list;
}

describe.each(ENGINES)('changes announced between processes on %s', (engine) => {
	let db: Database;
	beforeAll(async () => (db = await freshDatabase(engine)));
	afterAll(() => db?.close());

	it('are heard when the transaction that announced them commits, never after a rollback', async () => {
		const got: Change[] = [];
		const stop = await hearChanges(db, (change) => got.push(change));
		await db
			.transaction(async (tx) => {
				await announce(tx, { kind: 'revision', organisationId: 'rolled-back' });
				throw new Error('rolled back');
			})
			.catch(() => undefined);
		await db.transaction((tx) => announce(tx, { kind: 'revision', organisationId: 'committed' }));
		await announce(db, { kind: 'session-ended', tokenHash: 'abc' });
		expect(await heard(got, () => got.length >= 2)).toEqual([
			{ kind: 'revision', organisationId: 'committed' },
			{ kind: 'session-ended', tokenHash: 'abc' }
		]);
		await stop();
	});
});

describe('two processes on one PostgreSQL', () => {
	it('hear each other: what one commits, the other knows at once', async () => {
		const first = await freshDatabase('postgresql');
		const [{ name }] = (await first.query<{ name: string }>(
			'select current_database() as name'
		)) as [{ name: string }];
		const second: Database = await openDatabase({
			url: inject('postgresUrl').replace(/\/postgres$/, `/${name}`)
		});
		const got: Change[] = [];
		const stop = await hearChanges(second, (change) => got.push(change));
		await first.transaction((tx) => announce(tx, { kind: 'revision', organisationId: 'org-1' }));
		expect(await heard(got, () => got.length >= 1)).toEqual([
			{ kind: 'revision', organisationId: 'org-1' }
		]);
		await stop();
		await second.close();
		await first.close();
	});
});
