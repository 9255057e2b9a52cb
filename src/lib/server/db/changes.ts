import type { Database, Queryable } from './database';
import type { ScoreRow } from '../../training/live';

/**
 * What one app process tells the others on the same database, the moment it commits: an
 * organisation's revision moved (its kept pages are stale), a session ended (it is refused from
 * now on), or a live round changed (its screens are told). PostgreSQL's NOTIFY is delivered only
 * when the transaction that sent it commits, and never after a rollback.
 */
export type Change =
	| { kind: 'revision'; organisationId: string }
	| { kind: 'session-ended'; tokenHash: string }
	| LiveChange;

/**
 * A live round changed: a guess came in (only the projector's count moves), its state moved on
 * (every screen), or it ended (with the final score, as the round itself is gone).
 */
export type LiveChange =
	| { kind: 'live'; code: string; what: 'answer' | 'state' }
	| { kind: 'live'; code: string; what: 'ended'; board: ScoreRow[] };

export const CHANGES_CHANNEL = 'effectwijzer_changes';

export async function announce(db: Queryable, change: Change): Promise<void> {
	await db.query('select pg_notify($1, $2)', [CHANGES_CHANNEL, JSON.stringify(change)]);
}

function read(payload: string): Change | null {
	try {
		const change = JSON.parse(payload) as Change;
		if (change.kind === 'revision' && typeof change.organisationId === 'string') return change;
		if (change.kind === 'session-ended' && typeof change.tokenHash === 'string') return change;
		if (change.kind === 'live' && typeof change.code === 'string') return change;
	} catch {
		// not ours
	}
	return null;
}

/**
 * Hears every change any process announces; what it cannot read it leaves alone. After the
 * connection was lost and listens again, `missed` is told: what changed meanwhile was not heard.
 */
export function hearChanges(
	db: Database,
	hear: (change: Change) => void,
	missed: () => void = () => {}
): Promise<() => Promise<void>> {
	return db.listen(
		CHANGES_CHANNEL,
		(payload) => {
			const change = read(payload);
			if (change) hear(change);
		},
		missed
	);
}
