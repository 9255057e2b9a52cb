import { randomInt } from 'node:crypto';
import { CATALOG } from '../../catalog/catalog';
import { D } from '../../engine';
import { numberProblemMessage, readNumber } from '../../format/number-input';
import type { Bilingual, Lang } from '../../i18n/lang';
import { findPersonalData } from '../../privacy/personal-data';
import {
	CODE_ALPHABET,
	CODE_LENGTH,
	CODE_PATTERN,
	CONTROLS,
	liveQuestions,
	MAX_PARTICIPANTS,
	MAX_QUESTIONS,
	NAME_LENGTH,
	projectorView,
	ROUND_HOURS,
	type Control,
	type LiveQuestion,
	type ProjectorView,
	type RoundPhase,
	type RoundState
} from '../../training/live';
import { newToken, tokenHash } from '../accounts/tokens';
import { announce } from '../db/changes';
import type { Database, Queryable } from '../db/database';

/**
 * Live rounds of the guessing game (training/live.ts): kept in the database, so every app process
 * on one PostgreSQL serves the same round, and announced on every change (db/changes.ts), so the
 * screens following it (hub.ts) are told at once. Nothing personal is kept: a nickname for
 * the round only, gone with the round when the trainer ends it or ROUND_HOURS after its last
 * change. Who may steer the round and who may guess is a secret token, of which only a hash is
 * kept (accounts/tokens.ts).
 */

export type LiveProblem = { field: string; message: Bilingual };
type Outcome<T> = ({ ok: true } & T) | { ok: false; status: number; problem: LiveProblem };

const refuse = (
	status: number,
	field: string,
	nl: string,
	en: string
): { ok: false; status: number; problem: LiveProblem } => ({
	ok: false,
	status,
	problem: { field, message: { nl, en } }
});

const GONE = () =>
	refuse(
		404,
		'code',
		'Code: deze ronde bestaat niet (meer). Vraag de trainer om de code op het scherm.',
		'Code: this round does not exist (any more). Ask the trainer for the code on the screen.'
	);

const MAX_GUESS = 100_000_000;
const expiry = (now: Date) => new Date(now.getTime() + ROUND_HOURS * 3_600_000);

function newCode(): string {
	let code = '';
	for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
	return code;
}

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

/** The questions of a new round, each a unit cost of the catalog, or why not. */
function questionsOf(unitCostIds: unknown): Outcome<{ questions: LiveQuestion[] }> {
	const known = new Set(CATALOG.entries.map((e) => e.id));
	const ids = Array.isArray(unitCostIds) ? unitCostIds : [];
	if (ids.length === 0)
		return refuse(
			400,
			'questions',
			'Vragen: kies ten minste één kengetal.',
			'Questions: choose at least one unit cost.'
		);
	if (ids.length > MAX_QUESTIONS)
		return refuse(
			400,
			'questions',
			`Vragen: kies er ten hoogste ${MAX_QUESTIONS}.`,
			`Questions: choose at most ${MAX_QUESTIONS}.`
		);
	const unknown = ids.filter((id) => typeof id !== 'string' || !known.has(id));
	if (unknown.length > 0)
		return refuse(
			400,
			'questions',
			`Vragen: ${unknown.length === 1 ? 'een kengetal staat' : `${unknown.length} kengetallen staan`} niet in de catalogus.`,
			`Questions: ${unknown.length === 1 ? 'a unit cost is' : `${unknown.length} unit costs are`} not in the catalog.`
		);
	if (new Set(ids).size !== ids.length)
		return refuse(
			400,
			'questions',
			'Vragen: elk kengetal één keer.',
			'Questions: each unit cost once.'
		);
	return { ok: true, questions: liveQuestions(ids as string[]) };
}

/** Starts a round; the trainer keeps the token that steers it. */
export async function createRound(
	db: Database,
	unitCostIds: unknown,
	now: Date
): Promise<Outcome<{ code: string; trainerToken: string }>> {
	const checked = questionsOf(unitCostIds);
	if (!checked.ok) return checked;
	await sweepExpired(db, now);
	const questions = checked.questions.map((q) => ({ ...q, amount: q.amount.toString() }));
	const trainer = newToken();
	// a code already in use is drawn again: 25⁵ codes against a handful of rounds at a time
	for (let attempt = 0; attempt < 20; attempt++) {
		const code = newCode();
		const [row] = await db.query<{ code: string }>(
			`insert into live_rounds (code, trainer_token_hash, questions, expires_at)
			 values ($1, $2, $3::text::jsonb, $4) on conflict (code) do nothing returning code`,
			[code, trainer.hash, JSON.stringify(questions), expiry(now)]
		);
		if (row) return { ok: true, code, trainerToken: trainer.token };
	}
	throw new Error('no free round code after 20 draws');
}

interface RoundRow {
	id: string;
	code: string;
	phase: RoundPhase;
	index: number;
	revealed: number[];
	questions: (Omit<LiveQuestion, 'amount'> & { amount: string })[];
	trainerTokenHash: string;
}

async function roundRow(db: Queryable, code: string, now: Date): Promise<RoundRow | null> {
	if (!CODE_PATTERN.test(code)) return null;
	const [row] = await db.query<RoundRow>(
		`select id, code, phase, question_index as index, revealed, questions,
		        trainer_token_hash as "trainerTokenHash"
		 from live_rounds where code = $1 and expires_at > $2`,
		[code, now]
	);
	return row ?? null;
}

/** A round as both screens are drawn from it, or null when there is none (or no longer). */
export async function roundState(
	db: Queryable,
	code: string,
	now: Date
): Promise<RoundState | null> {
	const row = await roundRow(db, code, now);
	if (!row) return null;
	const participants = await db.query<{ id: string; name: string }>(
		'select id, name from live_participants where round_id = $1 order by joined_at, name',
		[row.id]
	);
	const answers = await db.query<{ participantId: string; index: number; guess: string }>(
		`select participant_id as "participantId", question_index as index, guess::text as guess
		 from live_answers where round_id = $1`,
		[row.id]
	);
	return {
		code: row.code,
		phase: row.phase,
		index: row.index,
		revealed: row.revealed,
		questions: row.questions.map((q) => ({ ...q, amount: new D(q.amount) })),
		participants,
		answers: answers.map((a) => ({ ...a, guess: new D(a.guess) }))
	};
}

/** Whether the token is the one that steers this round. */
export async function isTrainer(db: Queryable, code: string, token: string | undefined, now: Date) {
	if (!token) return false;
	const row = await roundRow(db, code, now);
	return row !== null && row.trainerTokenHash === tokenHash(token);
}

/** The participant the token is in this round, or null. */
export async function participantOf(
	db: Queryable,
	code: string,
	token: string | undefined,
	now: Date
): Promise<{ id: string; name: string } | null> {
	if (!token) return null;
	const [row] = await db.query<{ id: string; name: string }>(
		`select p.id, p.name from live_participants p join live_rounds r on r.id = p.round_id
		 where r.code = $1 and r.expires_at > $2 and p.token_hash = $3`,
		[code, now, tokenHash(token)]
	);
	return row ?? null;
}

/** A name for the round: a nickname or a group, never an e-mail address, a phone number or a BSN. */
function nameProblem(name: string): LiveProblem | null {
	const field = 'name';
	if (name.length === 0)
		return {
			field,
			message: {
				nl: 'Naam: vul een bijnaam of groepsnaam in.',
				en: 'Name: fill in a nickname or group name.'
			}
		};
	if (name.length > NAME_LENGTH)
		return {
			field,
			message: {
				nl: `Naam: ten hoogste ${NAME_LENGTH} tekens.`,
				en: `Name: at most ${NAME_LENGTH} characters.`
			}
		};
	// eslint-disable-next-line no-control-regex -- refusing control characters is the point
	if (/[\u0000-\u001f\u007f]/.test(name))
		return {
			field,
			message: { nl: 'Naam: bevat onzichtbare tekens.', en: 'Name: holds invisible characters.' }
		};
	const personal = findPersonalData(name).filter((f) => f.kind !== 'name');
	if (personal.length > 0)
		return {
			field,
			message: {
				nl: 'Naam: kies een bijnaam of groepsnaam, geen e-mailadres, telefoonnummer, adres of BSN.',
				en: 'Name: choose a nickname or group name, not an e-mail address, phone number, address or BSN.'
			}
		};
	return null;
}

/** A phone joins under a name of its choosing; the token lets it back in after a reload. */
export async function joinRound(
	db: Database,
	code: string,
	typedName: string,
	now: Date
): Promise<Outcome<{ token: string; name: string }>> {
	const name = typedName.trim().replace(/\s+/g, ' ');
	const problem = nameProblem(name);
	if (problem) return { ok: false, status: 400, problem };
	return db.transaction(async (tx) => {
		const row = await roundRow(tx, code, now);
		if (!row) return GONE();
		// one join at a time per round, so the count and the names are checked against each other
		await tx.query('select id from live_rounds where id = $1 for update', [row.id]);
		const [{ n }] = (await tx.query<{ n: number }>(
			'select count(*)::int as n from live_participants where round_id = $1',
			[row.id]
		)) as [{ n: number }];
		if (n >= MAX_PARTICIPANTS)
			return refuse(
				409,
				'code',
				`Code: deze ronde is vol (${MAX_PARTICIPANTS} deelnemers).`,
				`Code: this round is full (${MAX_PARTICIPANTS} participants).`
			);
		const participant = newToken();
		const [added] = await tx.query<{ id: string }>(
			`insert into live_participants (round_id, name, token_hash) values ($1, $2, $3)
			 on conflict do nothing returning id`,
			[row.id, name, participant.hash]
		);
		if (!added)
			return refuse(
				409,
				'name',
				`Naam: "${name}" doet al mee in deze ronde; kies een andere naam.`,
				`Name: "${name}" is already playing in this round; choose another name.`
			);
		await touch(tx, row.id, now);
		await announce(tx, { kind: 'live', code, what: 'state' });
		return { ok: true, token: participant.token, name };
	});
}

const touch = (db: Queryable, roundId: string, now: Date) =>
	db.query('update live_rounds set expires_at = $2 where id = $1', [roundId, expiry(now)]);

/** A phone's guess for the open question, read as the phone's language writes numbers. */
export async function answerQuestion(
	db: Database,
	code: string,
	token: string | undefined,
	question: unknown,
	guessText: unknown,
	lang: Lang,
	now: Date
): Promise<Outcome<{ guess: string }>> {
	const me = await participantOf(db, code, token, now);
	if (!me)
		return refuse(
			403,
			'name',
			'Naam: doe eerst mee met een naam.',
			'Name: join with a name first.'
		);
	const reading = readNumber(typeof guessText === 'string' ? guessText : '', lang, 'amount');
	if (!reading.ok)
		return {
			ok: false,
			status: 400,
			problem: {
				field: 'guess',
				message: {
					nl: `Schatting: ${numberProblemMessage(reading.problem, 'nl', 'amount')}`,
					en: `Guess: ${numberProblemMessage(reading.problem, 'en', 'amount')}`
				}
			}
		};
	if (reading.value.lte(0) || reading.value.gt(MAX_GUESS))
		return refuse(
			400,
			'guess',
			'Schatting: een bedrag groter dan € 0 en ten hoogste € 100.000.000.',
			'Guess: an amount above €0 and at most €100,000,000.'
		);
	return db.transaction(async (tx) => {
		const row = await roundRow(tx, code, now);
		if (!row) return GONE();
		if (row.phase !== 'open' || question !== row.index)
			return refuse(
				409,
				'guess',
				'Schatting: deze vraag is gesloten; wacht op de volgende.',
				'Guess: this question is closed; wait for the next one.'
			);
		await tx.query(
			`insert into live_answers (participant_id, round_id, question_index, guess, answered_at)
			 values ($1, $2, $3, $4, $5)
			 on conflict (participant_id, question_index)
			 do update set guess = excluded.guess, answered_at = excluded.answered_at`,
			[me.id, row.id, row.index, reading.decimal, now]
		);
		await touch(tx, row.id, now);
		await announce(tx, { kind: 'live', code, what: 'answer' });
		return { ok: true, guess: reading.value.toFixed(2) };
	});
}

/** What a control does from which phase: the phase after it and the question after it. */
function step(row: RoundRow, action: Exclude<Control, 'end'>) {
	const last = row.index >= row.questions.length - 1;
	switch (action) {
		case 'pause':
			return row.phase === 'open' ? { phase: 'paused', index: row.index } : null;
		case 'resume':
			return row.phase === 'paused' ? { phase: 'open', index: row.index } : null;
		case 'reveal':
			return row.phase === 'revealed'
				? null
				: { phase: 'revealed', index: row.index, reveal: true };
		case 'next':
			return row.phase === 'revealed' && !last ? { phase: 'open', index: row.index + 1 } : null;
		case 'skip':
			return row.phase !== 'revealed' && !last ? { phase: 'open', index: row.index + 1 } : null;
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
		return refuse(
			400,
			'action',
			`Actie: kies een van ${CONTROLS.join(', ')}.`,
			`Action: choose one of ${CONTROLS.join(', ')}.`
		);
	return db.transaction(async (tx) => {
		const row = await roundRow(tx, code, now);
		if (!row) return GONE();
		if (!token || row.trainerTokenHash !== tokenHash(token))
			return refuse(
				403,
				'code',
				'Code: alleen de trainer bestuurt deze ronde.',
				'Code: only the trainer steers this round.'
			);
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
		if (!next)
			return refuse(
				409,
				'action',
				'Actie: dat kan nu niet; de ronde is al verder of dit was de laatste vraag.',
				'Action: not possible now; the round has moved on or this was the last question.'
			);
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
