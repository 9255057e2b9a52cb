import type { Queryable } from '../db/database';
import { endSessionByHash } from './sessions';
import { endWritten, forgetSession, refuseHere, unwrittenEnds } from './seen-sessions';
import { tokenHash } from './tokens';

/** How often an end the database could not write is tried again. */
export const RETRY_END_MS = 15_000;
let retrying: ReturnType<typeof setInterval> | null = null;

/**
 * Signing out always ends the session, also when the database cannot write (a full disk, an
 * outage): the cookie goes and this process refuses the session at once; the end is written
 * when the database takes writes again. Whether it was written now is returned, for the page.
 */
export async function signOut(db: () => Promise<Queryable>, token: string): Promise<boolean> {
	const hash = tokenHash(token);
	forgetSession(token);
	refuseHere(hash);
	if (await writeEnd(db, hash)) return true;
	retrying ??= setInterval(() => void writeUnwritten(db), RETRY_END_MS);
	retrying.unref();
	return false;
}

async function writeEnd(db: () => Promise<Queryable>, hash: string): Promise<boolean> {
	try {
		await endSessionByHash(await db(), hash);
		endWritten(hash);
		return true;
	} catch {
		return false;
	}
}

/** Every end still unwritten, tried again; the retry stops once none is left. */
export async function writeUnwritten(db: () => Promise<Queryable>): Promise<void> {
	for (const hash of unwrittenEnds()) if (!(await writeEnd(db, hash))) return;
	if (retrying && unwrittenEnds().length === 0) {
		clearInterval(retrying);
		retrying = null;
	}
}
