import { randomInt } from 'node:crypto';
import { CATALOG } from '../../catalog/catalog';
import { D } from '../../engine';
import { numberProblemMessage, readNumber } from '../../format/number-input';
import { problem, type FieldProblem } from '../../i18n/form-messages';
import type { Bilingual, Lang } from '../../i18n/lang';
import { REFUSALS } from '../../i18n/refusals';
import { findPersonalData } from '../../privacy/personal-data';
import {
	CODE_ALPHABET,
	CODE_LENGTH,
	CODE_PATTERN,
	liveQuestions,
	MAX_PARTICIPANTS,
	MAX_QUESTIONS,
	NAME_LENGTH,
	ROUND_HOURS,
	type LiveQuestion,
	type RoundPhase,
	type RoundState
} from '../../training/live';
import { newToken, tokenHash } from '../accounts/tokens';
import { announce } from '../db/changes';
import { sweepExpired } from './sweep';
import { lookAlikeOf, showsNothing } from '../platform/look-alike';
import { firstControlCharacter } from '../../schemas/control-characters';
import type { Database, Queryable } from '../db/database';

/**
 * Live rounds of the guessing game (training/live.ts): kept in the database, so every app process
 * on one PostgreSQL serves the same round, and announced on every change (db/changes.ts), so the
 * screens following it (hub.ts) are told at once. Nothing personal is kept: a nickname for
 * the round only, gone with the round when the trainer ends it or ROUND_HOURS after its last
 * change. Who may steer the round and who may guess is a secret token, of which only a hash is
 * kept (accounts/tokens.ts).
 */

/** What a round's request gives: what it asked for, or the HTTP status and the problem. */
export type Outcome<T> = ({ ok: true } & T) | Refused;
type Refused = { ok: false; status: number; problem: FieldProblem };

/** A refusal with its HTTP status, worded in refusals.ts. */
export const refuse = (status: number, field: string, message: Bilingual): Refused => ({
	ok: false,
	status,
	problem: problem(field, message)
});

export const GONE = () => refuse(404, 'code', REFUSALS.roundGone);

const MAX_GUESS = 100_000_000;
export const expiry = (now: Date) => new Date(now.getTime() + ROUND_HOURS * 3_600_000);

function newCode(): string {
	let code = '';
	for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
	return code;
}

/** The questions of a new round, each a unit cost of the catalog, or why not. */
function questionsOf(unitCostIds: unknown): Outcome<{ questions: LiveQuestion[] }> {
	const known = new Set(CATALOG.entries.map((e) => e.id));
	const ids = Array.isArray(unitCostIds) ? unitCostIds : [];
	if (ids.length === 0) return refuse(400, 'questions', REFUSALS.noQuestions);
	if (ids.length > MAX_QUESTIONS)
		return refuse(400, 'questions', REFUSALS.tooManyQuestions(MAX_QUESTIONS));
	const unknown = ids.filter((id) => typeof id !== 'string' || !known.has(id));
	if (unknown.length > 0)
		return refuse(400, 'questions', REFUSALS.questionsNotInCatalog(unknown.length));
	if (new Set(ids).size !== ids.length) return refuse(400, 'questions', REFUSALS.questionTwice);
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

export interface RoundRow {
	id: string;
	code: string;
	phase: RoundPhase;
	index: number;
	revealed: number[];
	questions: (Omit<LiveQuestion, 'amount'> & { amount: string })[];
	trainerTokenHash: string;
}

export async function roundRow(db: Queryable, code: string, now: Date): Promise<RoundRow | null> {
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
function nameProblem(name: string): Bilingual | null {
	if (name.length === 0) return REFUSALS.noNickname;
	if (name.length > NAME_LENGTH) return REFUSALS.nicknameTooLong(NAME_LENGTH);
	if (firstControlCharacter(name) !== null || showsNothing(name)) return REFUSALS.nicknameInvisible;
	const personal = findPersonalData(name).filter((f) => f.kind !== 'name');
	return personal.length > 0 ? REFUSALS.nicknamePersonal : null;
}

/** A phone joins under a name of its choosing; the token lets it back in after a reload. */
export async function joinRound(
	db: Database,
	code: string,
	typedName: string,
	now: Date
): Promise<Outcome<{ token: string; name: string }>> {
	const name = typedName.trim().replace(/\s+/g, ' ');
	const refusal = nameProblem(name);
	if (refusal) return refuse(400, 'name', refusal);
	return db.transaction(async (tx) => {
		const row = await roundRow(tx, code, now);
		if (!row) return GONE();
		// one join at a time per round, so the count and the names are checked against each other
		await tx.query('select id from live_rounds where id = $1 for update', [row.id]);
		const [{ n }] = (await tx.query<{ n: number }>(
			'select count(*)::int as n from live_participants where round_id = $1',
			[row.id]
		)) as [{ n: number }];
		if (n >= MAX_PARTICIPANTS) return refuse(409, 'code', REFUSALS.roundFull(MAX_PARTICIPANTS));
		const playing = await tx.query<{ name: string }>(
			'select name from live_participants where round_id = $1',
			[row.id]
		);
		const alike = lookAlikeOf(
			name,
			playing.map((p) => p.name)
		);
		if (alike !== undefined) return refuse(409, 'name', REFUSALS.nicknameTaken(name));
		const participant = newToken();
		const [added] = await tx.query<{ id: string }>(
			`insert into live_participants (round_id, name, token_hash) values ($1, $2, $3)
			 on conflict do nothing returning id`,
			[row.id, name, participant.hash]
		);
		if (!added) return refuse(409, 'name', REFUSALS.nicknameTaken(name));
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
	if (!me) return refuse(403, 'name', REFUSALS.joinFirst);
	const reading = readNumber(typeof guessText === 'string' ? guessText : '', lang, 'amount');
	if (!reading.ok)
		return refuse(
			400,
			'guess',
			REFUSALS.guessUnreadable({
				nl: numberProblemMessage(reading.problem, 'nl', 'amount'),
				en: numberProblemMessage(reading.problem, 'en', 'amount')
			})
		);
	if (reading.value.lte(0) || reading.value.gt(MAX_GUESS))
		return refuse(400, 'guess', REFUSALS.guessOutOfRange);
	return db.transaction(async (tx) => {
		const row = await roundRow(tx, code, now);
		if (!row) return GONE();
		if (row.phase === 'lobby') return refuse(409, 'guess', REFUSALS.roundNotStarted);
		if (row.phase !== 'open' || question !== row.index)
			return refuse(409, 'guess', REFUSALS.questionClosed);
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
