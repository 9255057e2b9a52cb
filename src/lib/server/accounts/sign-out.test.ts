import { describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { freshWorld, NOW } from '$test/world';
import type { Queryable } from '../db/database';
import { recentActor, unwrittenEnds } from './seen-sessions';
import { startSession } from './sessions';
import { signOut, writeUnwritten } from './sign-out';
import { tokenHash } from './tokens';

/** A database that reads but takes no write, as the embedded one on a full disk. */
const refused = () =>
	Promise.reject(
		Object.assign(new Error('could not extend file: No space left on device'), { code: '53100' })
	);
const readOnly = (db: Queryable): Queryable => ({
	exec: refused,
	query: (sql, params) => (/^\s*select/i.test(sql) ? db.query(sql, params) : refused())
});

describe.each(ENGINES)('signing out, on %s', (engine) => {
	const given = freshWorld(engine);
	const stored = async (token: string) =>
		(await given.db.query('select 1 from sessions where token_hash = $1', [tokenHash(token)]))
			.length;

	it('ends the session at once when the database cannot write, and writes the end once it can', async () => {
		const token = await startSession(given.db, given.w.a.analyst.userId, NOW);
		expect(await recentActor(given.db, token, NOW)).not.toBeNull();
		expect(await signOut(async () => readOnly(given.db), token)).toBe(false);
		// the session is still in the database, and refused all the same, even on a fresh read
		expect(await stored(token)).toBe(1);
		expect(await recentActor(given.db, token, NOW)).toBeNull();
		expect(await recentActor(given.db, token, NOW, true)).toBeNull();
		await writeUnwritten(async () => readOnly(given.db));
		expect(unwrittenEnds()).toContain(tokenHash(token));
		await writeUnwritten(async () => given.db);
		expect(await stored(token)).toBe(0);
		expect(unwrittenEnds()).not.toContain(tokenHash(token));
	});

	it('ends it when the database cannot even be reached', async () => {
		const token = await startSession(given.db, given.w.a.worker.userId, NOW);
		const away = () => Promise.reject(new Error('database unavailable'));
		expect(await signOut(away, token)).toBe(false);
		expect(await recentActor(given.db, token, NOW)).toBeNull();
		await writeUnwritten(async () => given.db);
		expect(await stored(token)).toBe(0);
	});

	it('writes the end at once when it can', async () => {
		const token = await startSession(given.db, given.w.a.worker.userId, NOW);
		expect(await signOut(async () => given.db, token)).toBe(true);
		expect(await stored(token)).toBe(0);
		expect(unwrittenEnds()).not.toContain(tokenHash(token));
	});
});
