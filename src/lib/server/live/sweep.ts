import type { Queryable } from '../db/database';

/**
 * A round nobody ended is deleted with everything in it once its time is past (ROUND_HOURS after
 * its last change), so the nicknames in it are gone within minutes, not whenever someone next
 * starts a round.
 */

/** Rounds past their time are deleted with everything in them; run before a round starts. */
export async function sweepExpired(db: Queryable, now: Date): Promise<number> {
	const gone = await db.query('delete from live_rounds where expires_at <= $1 returning code', [
		now
	]);
	return gone.length;
}

/** How often an app process deletes rounds past their time when nobody starts a new one. */
export const SWEEP_MINUTES = 10;

/**
 * Deletes rounds past their time now and every few minutes, so the nicknames of a round nobody
 * ended are gone within minutes of its time, not whenever someone next starts a round.
 * Returns the stop; the timer never keeps a stopping app alive.
 */
export function keepSweeping(
	db: Queryable,
	clock: () => Date,
	everyMs = SWEEP_MINUTES * 60_000
): () => void {
	// a database out of reach for a moment is swept at the next turn
	const sweep = () => void sweepExpired(db, clock()).catch(() => {});
	sweep();
	const timer = setInterval(sweep, everyMs);
	timer.unref();
	return () => clearInterval(timer);
}
