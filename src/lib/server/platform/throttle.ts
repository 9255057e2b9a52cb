import type { Queryable } from '../db/database';

/**
 * How often something may be tried before each further try has to wait: the first `free` tries
 * within the window go at once, after that the wait doubles with every try, from `firstWait` up
 * to `longestWait` seconds. A wait, never a lock: whoever waits it out may try again, so the
 * rule slows a guesser down without ever shutting out the person it protects for long.
 */
export interface ThrottleRule {
	scope: string;
	free: number;
	windowMinutes: number;
	firstWait: number;
	longestWait: number;
}

/** The wait after `tries` tries in the window, the last of them at `last`: 0 when free. */
export function waitSeconds(rule: ThrottleRule, tries: number, last: Date | null, now: Date) {
	if (tries < rule.free || !last) return 0;
	const wait = Math.min(rule.firstWait * 2 ** (tries - rule.free), rule.longestWait);
	return Math.max(0, Math.ceil((last.getTime() + wait * 1000 - now.getTime()) / 1000));
}

/** Seconds to wait before the next try under this rule and key; 0 means it may go now. */
export async function secondsToWait(
	db: Queryable,
	rule: ThrottleRule,
	key: string,
	now: Date
): Promise<number> {
	const since = new Date(now.getTime() - rule.windowMinutes * 60_000);
	const [row] = await db.query<{ tries: number; last: Date | null }>(
		`select count(*)::int as tries, max(at) as last from throttled_attempts
		 where scope = $1 and key = $2 and at > $3`,
		[rule.scope, key, since]
	);
	return waitSeconds(rule, row?.tries ?? 0, row?.last ?? null, now);
}

/** Counts a try, and forgets this key's tries that have left the window. */
export async function countTry(db: Queryable, rule: ThrottleRule, key: string, now: Date) {
	const since = new Date(now.getTime() - rule.windowMinutes * 60_000);
	await db.query(`delete from throttled_attempts where scope = $1 and key = $2 and at <= $3`, [
		rule.scope,
		key,
		since
	]);
	await db.query(`insert into throttled_attempts (scope, key, at) values ($1, $2, $3)`, [
		rule.scope,
		key,
		now
	]);
}

/** Forgets the key's tries, as a successful sign-in does for its account and address. */
export async function forgetTries(db: Queryable, rule: ThrottleRule, key: string) {
	await db.query(`delete from throttled_attempts where scope = $1 and key = $2`, [rule.scope, key]);
}
