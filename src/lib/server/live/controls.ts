import { CONTROLS, projectorView, type Control, type ProjectorView } from '../../training/live';
import { REFUSALS } from '../../i18n/refusals';
import { tokenHash } from '../accounts/tokens';
import { announce } from '../db/changes';
import type { Database } from '../db/database';
import { expiry, GONE, refuse, roundRow, roundState, type Outcome, type RoundRow } from './rounds';

/** The trainer's controls of a live round (rounds.ts): every move checked against its phase. */

/** What a control does from which phase: the phase after it and the question after it. */
function step(row: RoundRow, action: Exclude<Control, 'end'>) {
	const last = row.index >= row.questions.length - 1;
	switch (action) {
		case 'start':
			return row.phase === 'lobby' ? { phase: 'open', index: 0 } : null;
		case 'pause':
			return row.phase === 'open' ? { phase: 'paused', index: row.index } : null;
		case 'resume':
			return row.phase === 'paused' ? { phase: 'open', index: row.index } : null;
		case 'reveal':
			return row.phase === 'revealed' || row.phase === 'lobby'
				? null
				: { phase: 'revealed', index: row.index, reveal: true };
		case 'next':
			return row.phase === 'revealed' && !last ? { phase: 'open', index: row.index + 1 } : null;
		case 'skip':
			return row.phase !== 'revealed' && row.phase !== 'lobby' && !last
				? { phase: 'open', index: row.index + 1 }
				: null;
	}
}

/**
 * The trainer steers the round: pause and resume the guessing, reveal the figure, go on to the
 * next question or skip one, or end the round, which deletes it and everything in it at once.
 */
export async function controlRound(
	db: Database,
	code: string,
	token: string | undefined,
	action: unknown,
	now: Date
): Promise<Outcome<{ final?: ProjectorView }>> {
	if (!CONTROLS.includes(action as Control))
		return refuse(400, 'action', REFUSALS.unknownControl(CONTROLS));
	return db.transaction(async (tx) => {
		const row = await roundRow(tx, code, now);
		if (!row) return GONE();
		if (!token || row.trainerTokenHash !== tokenHash(token))
			return refuse(403, 'code', REFUSALS.trainerOnly);
		if (action === 'end') {
			const state = (await roundState(tx, code, now))!;
			const final = projectorView({ ...state, phase: 'finished' });
			await tx.query('delete from live_rounds where id = $1', [row.id]);
			await announce(tx, {
				kind: 'live',
				code,
				what: 'ended',
				board: final.scoreboard
			});
			return { ok: true, final };
		}
		const next = step(row, action as Exclude<Control, 'end'>);
		if (!next) return refuse(409, 'action', REFUSALS.controlNotNow);
		await tx.query(
			`update live_rounds set phase = $2, question_index = $3, expires_at = $4,
			        revealed = case when $5 then array_append(revealed, question_index) else revealed end
			 where id = $1`,
			[row.id, next.phase, next.index, expiry(now), 'reveal' in next]
		);
		await announce(tx, { kind: 'live', code, what: 'state' });
		return { ok: true };
	});
}
