import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase } from '$test/databases';
import { NOW } from '$test/world';
import { CODE_PATTERN, phoneView, projectorView, ROUND_HOURS } from '../../training/live';
import { hearChanges, type Change } from '../db/changes';
import type { Database } from '../db/database';
import { controlRound } from './controls';
import { answerQuestion, createRound, joinRound, participantOf, roundState } from './rounds';
import { keepSweeping, sweepExpired } from './sweep';

const QUESTIONS = ['wonen.huisuitzetting', 'zorg.seh-bezoek', 'ggz.crisisopname-dag'];
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const count = async (db: Database, table: string) =>
	(await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

describe.each(ENGINES)('a live round on %s', (engine) => {
	let db: Database;
	beforeAll(async () => (db = await freshDatabase(engine)));
	afterAll(() => db?.close());

	async function started() {
		const round = await createRound(db, QUESTIONS, NOW);
		if (!round.ok) throw new Error(JSON.stringify(round.problem));
		return round;
	}

	/** A round past its lobby: the trainer started the first question. */
	async function opened() {
		const round = await started();
		const start = await controlRound(db, round.code, round.trainerToken, 'start', NOW);
		if (!start.ok) throw new Error(JSON.stringify(start.problem));
		return round;
	}

	async function joined(code: string, name: string) {
		const joining = await joinRound(db, code, name, NOW);
		if (!joining.ok) throw new Error(JSON.stringify(joining.problem));
		return joining.token;
	}

	it('starts with a short code to type from the screen, and only catalog figures as questions', async () => {
		const round = await started();
		expect(round.code).toMatch(CODE_PATTERN);
		const refused = await createRound(db, ['wonen.huisuitzetting', 'bestaat.niet'], NOW);
		expect(refused.ok || refused.problem.message.nl).toBe(
			'Vragen: een kengetal staat niet in de catalogus.'
		);
		const none = await createRound(db, [], NOW);
		expect(none.ok || none.problem.field).toBe('questions');
	});

	it('lets phones join under a nickname, once per name, and never with an e-mail address', async () => {
		const { code } = await started();
		const token = await joined(code, '  Groep   Noord ');
		expect((await participantOf(db, code, token, NOW))?.name).toBe('Groep Noord');
		const twice = await joinRound(db, code, 'groep noord', NOW);
		expect(twice.ok || [twice.status, twice.problem.message.nl]).toEqual([
			409,
			'Naam: "groep noord" doet al mee in deze ronde; kies een andere naam.'
		]);
		const mail = await joinRound(db, code, 'piet@example.nl', NOW);
		expect(mail.ok || mail.problem.field).toBe('name');
		const empty = await joinRound(db, code, '   ', NOW);
		expect(empty.ok || empty.problem.message.nl).toBe('Naam: vul een bijnaam of groepsnaam in.');
		const wrong = await joinRound(db, 'ZZZZZ', 'Sam', NOW);
		expect(wrong.ok || wrong.status).toBe(404);
	});

	it('refuses a nickname that looks like one already playing, or that hides what it says', async () => {
		const { code } = await started();
		await joined(code, 'Groep Noord');
		for (const alike of [
			'Groep\u00a0Noord',
			'Gr\u043eep Noord',
			'Groep No\u200bord',
			'GROEP N0ORD'.replace('0', 'O')
		]) {
			const refused = await joinRound(db, code, alike, NOW);
			expect(refused.ok || [refused.status, refused.problem.field], alike).toEqual([409, 'name']);
		}
		for (const hidden of ['Sam \u202Emaas', 'Sam\u2066', '\u200b\u200d', 'Sam\u0000']) {
			const refused = await joinRound(db, code, hidden, NOW);
			expect(refused.ok || refused.problem.message.nl, hidden).toBe(
				'Naam: bevat onzichtbare tekens.'
			);
		}
		expect((await joinRound(db, code, 'Groep Zuid', NOW)).ok).toBe(true);
	});

	it('waits in the lobby while the room joins: no question, no guess, nothing to reveal until the trainer starts', async () => {
		const { code, trainerToken } = await started();
		const sam = await joined(code, 'Sam');
		const state = (await roundState(db, code, NOW))!;
		expect(projectorView(state)).toMatchObject({ phase: 'lobby', question: null, questions: 3 });
		const early = await answerQuestion(db, code, sam, 0, '100', 'nl', NOW);
		expect(early.ok || early.problem.message.nl).toBe(
			'Schatting: de ronde is nog niet begonnen; de eerste vraag verschijnt zodra de trainer start.'
		);
		const steer = (action: string) => controlRound(db, code, trainerToken, action, NOW);
		for (const action of ['reveal', 'skip', 'next', 'pause'])
			expect((await steer(action)).ok, action).toBe(false);
		expect((await steer('start')).ok).toBe(true);
		expect(projectorView((await roundState(db, code, NOW))!).question).toMatchObject({
			number: 1,
			of: 3
		});
		expect((await steer('start')).ok).toBe(false);
		expect((await answerQuestion(db, code, sam, 0, '100', 'nl', NOW)).ok).toBe(true);
	});

	it('takes a guess as the phone types it, only for the open question, and the last one counts', async () => {
		const { code } = await opened();
		const token = await joined(code, 'Sam');
		expect(await answerQuestion(db, code, token, 0, '9.825', 'nl', NOW)).toMatchObject({
			ok: true,
			guess: '9825.00'
		});
		expect(await answerQuestion(db, code, token, 0, '€ 8.000', 'nl', later(1))).toMatchObject({
			ok: true
		});
		const state = (await roundState(db, code, NOW))!;
		expect(state.answers.map((a) => a.guess.toString())).toEqual(['8000']);
		const english = await answerQuestion(db, code, token, 0, '8,000.50', 'nl', NOW);
		expect(english.ok || english.problem.message.nl).toMatch(
			/^Schatting: “8,000.50” is Engelse schrijfwijze/
		);
		// "7,500" on an English keyboard is seven thousand five hundred, in Dutch seven and a half
		const either = await answerQuestion(db, code, token, 0, '7,500', 'nl', NOW);
		expect(either.ok || either.problem.message.nl).toBe(
			'Schatting: “7,500” kan 7,5 of 7.500 betekenen. Typ het getal zonder twijfel, bijvoorbeeld 7500.'
		);
		const later1 = await answerQuestion(db, code, token, 1, '100', 'nl', NOW);
		expect(later1.ok || later1.problem.message.nl).toBe(
			'Schatting: deze vraag is gesloten; wacht op de volgende.'
		);
		const stranger = await answerQuestion(db, code, 'no-such-token', 0, '100', 'nl', NOW);
		expect(stranger.ok || stranger.status).toBe(403);
	});

	it('is steered by the trainer alone: pause, reveal, next, skip, and the score counts revealed questions only', async () => {
		const { code, trainerToken } = await opened();
		const sam = await joined(code, 'Sam');
		const kim = await joined(code, 'Kim');
		const steer = (action: string) => controlRound(db, code, trainerToken, action, NOW);
		expect((await controlRound(db, code, 'not-the-trainer', 'reveal', NOW)).ok).toBe(false);
		await answerQuestion(db, code, sam, 0, '7.500', 'nl', NOW);
		expect((await steer('pause')).ok).toBe(true);
		const paused = await answerQuestion(db, code, kim, 0, '100', 'nl', NOW);
		expect(paused.ok).toBe(false);
		expect((await steer('resume')).ok).toBe(true);
		await answerQuestion(db, code, kim, 0, '100', 'nl', NOW);
		expect((await steer('next')).ok).toBe(false); // not before the reveal
		expect((await steer('reveal')).ok).toBe(true);
		let view = projectorView((await roundState(db, code, NOW))!);
		expect(view.phase).toBe('revealed');
		expect(view.question).toHaveProperty('amount');
		expect(view.guesses.map((g) => [g.name, g.direction])).toEqual([
			['Sam', 'low'],
			['Kim', 'low']
		]);
		// €7,500 against about €10,150 in 2025 prices: within 50%, one point; €100 none
		expect(view.scoreboard).toEqual([
			{ name: 'Sam', points: 1, place: 1 },
			{ name: 'Kim', points: 0, place: 2 }
		]);
		expect((await steer('next')).ok).toBe(true);
		await answerQuestion(db, code, kim, 1, '300', 'nl', NOW);
		expect((await steer('skip')).ok).toBe(true);
		view = projectorView((await roundState(db, code, NOW))!);
		// a skipped question never counts, however well it was guessed
		expect(view.scoreboard.find((s) => s.name === 'Kim')?.points).toBe(0);
		expect(view.last).toBe(true);
		expect((await steer('skip')).ok).toBe(false);
		const phone = phoneView(
			(await roundState(db, code, NOW))!,
			(await participantOf(db, code, sam, NOW))!.id
		)!;
		expect([phone.name, phone.points, phone.rank, phone.of]).toEqual(['Sam', 1, 1, 2]);
	});

	it('announces every change, so the screens of every app process are told', async () => {
		const heard: Change[] = [];
		const stop = await hearChanges(db, (change) => heard.push(change));
		const { code, trainerToken } = await opened();
		const token = await joined(code, 'Sam');
		await answerQuestion(db, code, token, 0, '100', 'nl', NOW);
		await controlRound(db, code, trainerToken, 'reveal', NOW);
		await expect
			.poll(() =>
				heard
					.filter((c) => c.kind === 'live' && c.code === code)
					.map((c) => c.kind === 'live' && c.what)
			)
			.toEqual(['state', 'state', 'answer', 'state']);
		await stop();
	});

	it('deletes the round and everything in it when the trainer ends it, with the final score told', async () => {
		const { code, trainerToken } = await opened();
		const token = await joined(code, 'Sam');
		await answerQuestion(db, code, token, 0, '10.000', 'nl', NOW);
		await controlRound(db, code, trainerToken, 'reveal', NOW);
		const before = await count(db, 'live_participants');
		const ended = await controlRound(db, code, trainerToken, 'end', NOW);
		expect(ended.ok && ended.final?.scoreboard).toEqual([{ name: 'Sam', points: 3, place: 1 }]);
		expect(await roundState(db, code, NOW)).toBeNull();
		const left = await db.query(
			`select p.id from live_participants p join live_rounds r on r.id = p.round_id where r.code = $1`,
			[code]
		);
		expect(left).toEqual([]);
		expect(await count(db, 'live_participants')).toBe(before - 1);
		expect(await participantOf(db, code, token, NOW)).toBeNull();
	});

	it('is gone by itself a few hours after its last change, and swept away with what it held', async () => {
		const { code } = await opened();
		const token = await joined(code, 'Sam');
		await answerQuestion(db, code, token, 0, '100', 'nl', later(60));
		// alive until ROUND_HOURS after the last guess, not after its start
		expect(await roundState(db, code, later(ROUND_HOURS * 60 + 30))).not.toBeNull();
		const end = later(60 + ROUND_HOURS * 60 + 1);
		expect(await roundState(db, code, end)).toBeNull();
		expect(await sweepExpired(db, end)).toBeGreaterThan(0);
		expect(await count(db, 'live_rounds')).toBe(0);
		expect(await count(db, 'live_participants')).toBe(0);
		expect(await count(db, 'live_answers')).toBe(0);
	});

	it('is swept away past its time even when nobody starts another round', async () => {
		const { code } = await started();
		await joined(code, 'Kim');
		let now = NOW;
		const stop = keepSweeping(db, () => now, 20);
		try {
			await new Promise((r) => setTimeout(r, 60));
			expect(await count(db, 'live_participants')).toBe(1);
			now = later(ROUND_HOURS * 60 + 1);
			await expect.poll(() => count(db, 'live_participants')).toBe(0);
			expect(await count(db, 'live_rounds')).toBe(0);
		} finally {
			stop();
		}
	});
});
