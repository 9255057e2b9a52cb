import type { Bilingual } from '../i18n/lang';
import { CATALOG } from '../catalog/catalog';
import { LATEST_PUBLISHED_YEAR } from '../catalog/cpi';
import { D, type Dec } from '../engine';
import { guessItems, howFarOff, scoreGuess, type Miss } from './guess';

/**
 * A live round of "Raad de kosten": the trainer's projector and every participant's phone see the
 * same question; each phone guesses, the projector shows how many have answered, then the spread
 * of the guesses against the figure from the catalog, how far off each was and the score.
 * Everything here is pure: the server keeps the round, both screens draw it from these views.
 */

/** A code people type from the projector: no 0/O, 1/I/L, 5/S, 2/Z that are misread across a room. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY3469';
export const CODE_LENGTH = 5;
export const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A code as someone typed it: case and spaces do not matter. */
export const normaliseCode = (typed: string) => typed.replace(/[\s-]/g, '').toUpperCase();

/** How long a round lives after its last change: long enough for a training day, then gone. */
export const ROUND_HOURS = 4;
export const MAX_QUESTIONS = 20;
export const MAX_PARTICIPANTS = 200;
export const NAME_LENGTH = 30;

/** A round waits in the lobby while the room joins; no question is shown before the trainer starts. */
export type RoundPhase = 'lobby' | 'open' | 'paused' | 'revealed' | 'finished';

/** What the trainer can do with a round. */
export const CONTROLS = ['start', 'pause', 'resume', 'reveal', 'next', 'skip', 'end'] as const;
export type Control = (typeof CONTROLS)[number];

export interface LiveQuestion {
	unitCostId: string;
	label: Bilingual;
	unit: string;
	/** The catalog's figure, brought to the round's price year. */
	amount: Dec;
	priceYear: number;
	source: string;
}

/** A round's questions from catalog ids, each figure in one price year (the latest CBS has). */
export function liveQuestions(
	unitCostIds: readonly string[],
	priceYear = LATEST_PUBLISHED_YEAR
): LiveQuestion[] {
	return guessItems(priceYear, unitCostIds).map(({ id, ...item }) => ({ unitCostId: id, ...item }));
}

/** What the server keeps of a round, as the views are drawn from it. */
export interface RoundState {
	code: string;
	phase: RoundPhase;
	/** The question on screen, 0-based. */
	index: number;
	questions: LiveQuestion[];
	participants: { id: string; name: string }[];
	/** The questions whose figure has been shown: only those count in the score (a skipped one not). */
	revealed: number[];
	/** Every guess of the round, by question. */
	answers: { participantId: string; index: number; guess: Dec }[];
}

export interface Scored {
	name: string;
	guess: Dec;
	points: number;
	miss: Miss;
}

/** One question's guesses, scored against its figure, closest first. */
export function scoredGuesses(state: RoundState, index: number): Scored[] {
	const question = state.questions[index]!;
	const names = new Map(state.participants.map((p) => [p.id, p.name]));
	return state.answers
		.filter((a) => a.index === index && names.has(a.participantId))
		.map((a) => ({
			name: names.get(a.participantId)!,
			guess: a.guess,
			points: scoreGuess(a.guess, question.amount),
			miss: howFarOff(a.guess, question.amount)
		}))
		.sort((a, b) => a.miss.share.comparedTo(b.miss.share) || a.name.localeCompare(b.name));
}

/** A row of the score: equal points share a place (1, 1, 3), listed by name within it. */
export interface ScoreRow {
	name: string;
	points: number;
	place: number;
}

/** The running score: points of every revealed question, highest first, ties sharing a place. */
export function scoreboard(state: RoundState): ScoreRow[] {
	const totals = new Map(state.participants.map((p) => [p.name, 0]));
	for (const i of state.revealed)
		for (const s of scoredGuesses(state, i)) totals.set(s.name, totals.get(s.name)! + s.points);
	const sorted = [...totals]
		.map(([name, points]) => ({ name, points }))
		.sort((a, b) => b.points - a.points || a.name.localeCompare(b.name));
	return sorted.map((row) => ({
		...row,
		place: 1 + sorted.filter((other) => other.points > row.points).length
	}));
}

/** A question as a screen shows it before the reveal: the figure stays on the server. */
export interface AskedQuestion {
	number: number;
	of: number;
	label: Bilingual;
	unit: string;
	priceYear: number;
}

export interface RevealedQuestion extends AskedQuestion {
	amount: string;
	source: string;
}

const asked = (state: RoundState): AskedQuestion => {
	const q = state.questions[state.index]!;
	return {
		number: state.index + 1,
		of: state.questions.length,
		label: q.label,
		unit: q.unit,
		priceYear: q.priceYear
	};
};

const revealed = (state: RoundState): RevealedQuestion => {
	const q = state.questions[state.index]!;
	return { ...asked(state), amount: q.amount.toFixed(2), source: q.source };
};

const showsFigure = (phase: RoundPhase) => phase === 'revealed' || phase === 'finished';

/** What the projector shows: who is in, how many answered, and after the reveal everything. */
export interface ProjectorView {
	code: string;
	phase: RoundPhase;
	participants: string[];
	/** Null in the lobby: nothing is asked before the trainer starts. */
	question: AskedQuestion | RevealedQuestion | null;
	/** How many questions the round has, for the lobby to say. */
	questions: number;
	answered: number;
	guesses: {
		name: string;
		guess: string;
		points: number;
		direction: Miss['direction'];
		share: string;
	}[];
	scoreboard: ScoreRow[];
	last: boolean;
}

/** The question a screen shows in a phase: none in the lobby, its figure only once revealed. */
const shownQuestion = (state: RoundState) =>
	state.phase === 'lobby' ? null : showsFigure(state.phase) ? revealed(state) : asked(state);

export function projectorView(state: RoundState): ProjectorView {
	const shown = showsFigure(state.phase);
	const guesses = scoredGuesses(state, state.index);
	return {
		code: state.code,
		phase: state.phase,
		participants: state.participants.map((p) => p.name),
		question: shownQuestion(state),
		questions: state.questions.length,
		answered: guesses.length,
		guesses: shown
			? guesses.map((g) => ({
					name: g.name,
					guess: g.guess.toFixed(2),
					points: g.points,
					direction: g.miss.direction,
					share: g.miss.share.toFixed(4)
				}))
			: [],
		scoreboard: scoreboard(state),
		last: state.index === state.questions.length - 1
	};
}

/** What one phone shows: the question, its own guess, and after the reveal its own result. */
export interface PhoneView {
	code: string;
	phase: RoundPhase;
	name: string;
	/** Null in the lobby, while the room joins. */
	question: AskedQuestion | RevealedQuestion | null;
	/** This phone's guess for the question on screen, if it gave one. */
	guess: string | null;
	result: { points: number; direction: Miss['direction']; share: string } | null;
	points: number;
	rank: number;
	of: number;
}

export function phoneView(state: RoundState, participantId: string): PhoneView | null {
	const me = state.participants.find((p) => p.id === participantId);
	if (!me) return null;
	const answer = state.answers.find(
		(a) => a.participantId === participantId && a.index === state.index
	);
	const shown = showsFigure(state.phase);
	const mine =
		shown && answer ? scoredGuesses(state, state.index).find((s) => s.name === me.name) : null;
	const board = scoreboard(state);
	const place = board.findIndex((row) => row.name === me.name);
	return {
		code: state.code,
		phase: state.phase,
		name: me.name,
		question: shownQuestion(state),
		guess: answer ? answer.guess.toFixed(2) : null,
		result: mine
			? { points: mine.points, direction: mine.miss.direction, share: mine.miss.share.toFixed(4) }
			: null,
		points: board[place]?.points ?? 0,
		rank: board[place]?.place ?? place + 1,
		of: board.length
	};
}

/** The spread of guesses against the figure, as shares of it on a log scale from ⅒ to 10×. */
export function guessSpread(view: ProjectorView): { name: string; ratio: number }[] {
	if (!view.question || !('amount' in view.question)) return [];
	const actual = new D(view.question.amount);
	return view.guesses.map((g) => ({
		name: g.name,
		ratio: Math.min(10, Math.max(0.1, new D(g.guess).dividedBy(actual).toNumber()))
	}));
}

/** What a round asks when the trainer does not choose: the on-screen game's six figures. */
export { GUESS_UNIT_COSTS as DEFAULT_QUESTIONS } from './guess';

interface ScenarioLike {
	cases: {
		effects?: { unitCostId: string }[];
		timelines?: { reference?: { unitCostId: string }[] };
	}[];
}

/**
 * The figures a training case avoids, to ask in a round about that case ("raad wat een
 * uithuisplaatsing kost"): its effects and what would have happened without help, each once,
 * without amounts per euro (nobody guesses what a euro costs).
 */
export function caseQuestions(scenario: ScenarioLike): string[] {
	const ids = scenario.cases.flatMap((c) => [
		...(c.effects ?? []).map((e) => e.unitCostId),
		...(c.timelines?.reference ?? []).map((e) => e.unitCostId)
	]);
	const faceValue = new Set(CATALOG.entries.filter((e) => e.faceValue).map((e) => e.id));
	return [...new Set(ids)].filter(
		(id) => !faceValue.has(id) && CATALOG.entries.some((e) => e.id === id)
	);
}
