import { describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { freshWorld, NOW } from '$test/world';
import { endSession, startSession } from './sessions';
import { newToken, tokenHash } from './tokens';
import {
	forgetSession,
	forgetSessionByHash,
	recentActor,
	SESSION_RECHECK_MS,
	trustedFor
} from './seen-sessions';

const later = (ms: number) => new Date(NOW.getTime() + ms);

describe.each(ENGINES)('sessions taken on trust for a while, on %s', (engine) => {
	const given = freshWorld(engine);

	it('asks the database again within SESSION_RECHECK_MS, and not before the trust runs out', async () => {
		const token = await startSession(given.db, given.w.a.analyst.userId, NOW);
		expect(await recentActor(given.db, token, NOW)).toMatchObject({
			userId: given.w.a.analyst.userId
		});
		// signed out in another process: this one does not hear of it
		await endSession(given.db, token);
		expect(await recentActor(given.db, token, later(trustedFor(token) - 1))).not.toBeNull();
		expect(await recentActor(given.db, token, later(trustedFor(token)))).toBeNull();
		expect(trustedFor(token)).toBeLessThanOrEqual(SESSION_RECHECK_MS);
	});

	it('never takes a write on trust, and forgets a session another process announces ended', async () => {
		const token = await startSession(given.db, given.w.a.analyst.userId, NOW);
		expect(await recentActor(given.db, token, NOW)).not.toBeNull();
		await given.db.query('delete from sessions where token_hash = $1', [tokenHash(token)]);
		// a read may still trust it for a few seconds; a write asks the database
		expect(await recentActor(given.db, token, NOW)).not.toBeNull();
		expect(await recentActor(given.db, token, NOW, true)).toBeNull();
		const other = await startSession(given.db, given.w.a.worker.userId, NOW);
		expect(await recentActor(given.db, other, NOW)).not.toBeNull();
		await given.db.query('delete from sessions where token_hash = $1', [tokenHash(other)]);
		forgetSessionByHash(tokenHash(other));
		expect(await recentActor(given.db, other, NOW)).toBeNull();
	});

	it('forgets a session signed out in this process at once', async () => {
		const token = await startSession(given.db, given.w.a.worker.userId, NOW);
		expect(await recentActor(given.db, token, NOW)).not.toBeNull();
		await endSession(given.db, token);
		forgetSession(token);
		expect(await recentActor(given.db, token, NOW)).toBeNull();
	});
});

describe('when a remembered session is checked again', () => {
	it('spreads the checks of sessions remembered together over half the window', () => {
		const due = Array.from({ length: 200 }, () => trustedFor(newToken().token));
		expect(Math.min(...due)).toBeGreaterThanOrEqual(SESSION_RECHECK_MS / 2);
		expect(Math.max(...due)).toBeLessThanOrEqual(SESSION_RECHECK_MS);
		// no second of the window takes more than a third of them
		const perSecond = new Map<number, number>();
		for (const ms of due)
			perSecond.set(Math.floor(ms / 1000), (perSecond.get(Math.floor(ms / 1000)) ?? 0) + 1);
		expect(Math.max(...perSecond.values())).toBeLessThan(200 / 3);
	});
});
