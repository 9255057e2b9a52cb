import type { Actor } from '../platform/access';
import type { Queryable } from '../db/database';
import { sessionActor } from './sessions';
import { tokenHash } from './tokens';
import { Kept } from '../platform/kept';

/**
 * Who is signed in, remembered for a few seconds: a busy page is opened by many readers at once,
 * and asking the database who each of them is was what limited it under load.
 */

/** A signed-in session is taken on trust at most this long before the database is asked again. */
export const SESSION_RECHECK_MS = 10_000;
const sessions = new Kept<string, { actor: Actor; dueAt: number }>(5_000);
/**
 * Sessions signed out here whose end the database could not yet write (a full disk, an outage):
 * refused in this process all the same, by token hash, until the end is written (sign-out.ts).
 */
const endedHere = new Set<string>();

/**
 * How long a session is taken on trust: between half and all of SESSION_RECHECK_MS, spread by
 * its token. Sessions remembered at one moment (a room signing in together, a server that has
 * just started) would otherwise all be checked again in one burst of queries, which held up
 * every page served in it.
 */
export function trustedFor(token: string): number {
	let hash = 0;
	for (let i = 0; i < token.length; i++) hash = (Math.imul(hash, 31) + token.charCodeAt(i)) | 0;
	return Math.round(SESSION_RECHECK_MS * (0.5 + ((hash >>> 0) % 1000) / 2000));
}

/**
 * The actor behind a session cookie. Signing out in this process forgets it at once; with
 * several processes on one PostgreSQL, another process notices within SESSION_RECHECK_MS.
 */
export async function recentActor(
	db: Queryable,
	token: string,
	now: Date,
	/** A write is never taken on trust: its session is read from the database every time. */
	fresh = false
): Promise<Actor | null> {
	if (endedHere.size > 0 && endedHere.has(tokenHash(token))) return null;
	const hit = sessions.get(token);
	if (hit && !fresh && now.getTime() < hit.dueAt) return hit.actor;
	const actor = await sessionActor(db, token, now);
	sessions.delete(token);
	if (actor) sessions.set(token, { actor, dueAt: now.getTime() + trustedFor(token) });
	return actor;
}

export function forgetSession(token: string): void {
	sessions.delete(token);
}

/** Sessions may have ended unheard (the database was away): each is checked again. */
export function forgetSessions(): void {
	for (const token of [...sessions.keys()]) sessions.delete(token);
}

/** Another process ended a session: it is refused here from this moment too. */
export function forgetSessionByHash(hash: string): void {
	for (const token of sessions.keys()) if (tokenHash(token) === hash) sessions.delete(token);
}

/** A session signed out here is refused here, whether or not its end is written yet. */
export function refuseHere(hash: string): void {
	endedHere.add(hash);
}

/** The ends still to write, and the one to forget once written. */
export const unwrittenEnds = (): string[] => [...endedHere];
export const endWritten = (hash: string): boolean => endedHere.delete(hash);
