import { describe, expect, it } from 'vitest';
import { D } from '../engine';
import {
	CODE_ALPHABET,
	CODE_PATTERN,
	caseQuestions,
	guessSpread,
	liveQuestions,
	normaliseCode,
	phoneView,
	projectorView,
	scoreboard,
	type RoundState
} from './live';

const figure = (amount: number) => ({
	unitCostId: 'x',
	label: { nl: 'Iets', en: 'Something' },
	unit: 'per keer',
	amount: new D(amount),
	priceYear: 2025,
	source: 'Bron'
});

function round(overrides: Partial<RoundState> = {}): RoundState {
	return {
		code: 'ABCDE',
		phase: 'open',
		index: 0,
		questions: [figure(1000), figure(200)],
		participants: [
			{ id: 'p1', name: 'Groep A' },
			{ id: 'p2', name: 'Groep B' },
			{ id: 'p3', name: 'Stille groep' }
		],
		revealed: [],
		answers: [
			{ participantId: 'p1', index: 0, guess: new D(600) },
			{ participantId: 'p2', index: 0, guess: new D(1000) }
		],
		...overrides
	};
}

describe('a live round as the screens see it', () => {
	it('reads a code as typed across a room, and never contains letters misread for digits', () => {
		expect(normaliseCode(' abc-de ')).toBe('ABCDE');
		expect(CODE_PATTERN.test('ABCDE')).toBe(true);
		expect(CODE_PATTERN.test('ABCD0')).toBe(false);
		for (const confusable of ['0', 'O', '1', 'I', 'L', '5', 'S', '2', 'Z'])
			expect(CODE_ALPHABET).not.toContain(confusable);
	});

	it('keeps the figure on the server until it is revealed, and counts who answered', () => {
		const before = projectorView(round());
		expect(before.answered).toBe(2);
		expect(before.guesses).toEqual([]);
		expect(before.question).not.toBeNull();
		expect('amount' in before.question!).toBe(false);
		expect(JSON.stringify(before)).not.toContain('1000');

		const after = projectorView(round({ phase: 'revealed', revealed: [0] }));
		expect(after.question).toMatchObject({ amount: '1000.00', source: 'Bron' });
		expect(after.guesses.map((g) => [g.name, g.direction, g.share])).toEqual([
			['Groep B', 'right', '0.0000'],
			['Groep A', 'low', '0.4000']
		]);
	});

	it('shows no question in the lobby, to the projector or a phone, while the room joins', () => {
		const lobby = round({ phase: 'lobby', answers: [] });
		expect(projectorView(lobby)).toMatchObject({
			phase: 'lobby',
			question: null,
			questions: 2,
			participants: ['Groep A', 'Groep B', 'Stille groep']
		});
		expect(JSON.stringify(projectorView(lobby))).not.toContain('Iets');
		expect(phoneView(lobby, 'p1')).toMatchObject({ question: null, name: 'Groep A' });
	});

	it('gives equal points a shared place, on the board and on each phone', () => {
		// both groups guess exactly: the same points, so both are first and the silent group third
		const state = round({
			phase: 'revealed',
			revealed: [0],
			answers: [
				{ participantId: 'p1', index: 0, guess: new D(1000) },
				{ participantId: 'p2', index: 0, guess: new D(1000) }
			]
		});
		expect(scoreboard(state).map((r) => [r.name, r.place])).toEqual([
			['Groep A', 1],
			['Groep B', 1],
			['Stille groep', 3]
		]);
		expect([phoneView(state, 'p1')!.rank, phoneView(state, 'p2')!.rank]).toEqual([1, 1]);
	});

	it('scores only revealed questions, and lists a group that never answered with nothing', () => {
		const state = round({
			phase: 'open',
			index: 1,
			revealed: [0],
			answers: [...round().answers, { participantId: 'p1', index: 1, guess: new D(200) }]
		});
		const board = scoreboard(state);
		expect(board[0]).toEqual({ name: 'Groep B', points: 3, place: 1 });
		expect(board.find((r) => r.name === 'Groep A')!.points).toBeLessThan(3);
		expect(board.at(-1)).toEqual({ name: 'Stille groep', points: 0, place: 3 });
	});

	it('shows a phone its own guess and, after the reveal, how far off it was', () => {
		const open = phoneView(round(), 'p1')!;
		expect(open).toMatchObject({ name: 'Groep A', guess: '600.00', result: null });
		const shown = phoneView(round({ phase: 'revealed', revealed: [0] }), 'p1')!;
		expect(shown.result).toMatchObject({ direction: 'low', share: '0.4000' });
		expect(shown.rank).toBe(2);
		expect(phoneView(round(), 'someone else')).toBeNull();
	});

	it('draws the spread as shares of the figure, wild guesses held at a tenth and ten times', () => {
		const state = round({
			phase: 'revealed',
			revealed: [0],
			answers: [
				{ participantId: 'p1', index: 0, guess: new D(1) },
				{ participantId: 'p2', index: 0, guess: new D(50_000) },
				{ participantId: 'p3', index: 0, guess: new D(500) }
			]
		});
		const spread = new Map(guessSpread(projectorView(state)).map((g) => [g.name, g.ratio]));
		expect(spread).toEqual(
			new Map([
				['Groep A', 0.1],
				['Groep B', 10],
				['Stille groep', 0.5]
			])
		);
		expect(guessSpread(projectorView(round()))).toEqual([]);
	});

	it('asks about a training case what it avoids, each figure once and never an amount per euro', () => {
		const ids = caseQuestions({
			cases: [
				{
					effects: [
						{ unitCostId: 'wonen.huisuitzetting' },
						{ unitCostId: 'sociaalwerk.maatwerkbudget-euro' }
					],
					timelines: { reference: [{ unitCostId: 'wonen.huisuitzetting' }] }
				}
			]
		});
		expect(ids).toEqual(['wonen.huisuitzetting']);
		expect(() => liveQuestions(['bestaat.niet'])).toThrow(RangeError);
		expect(liveQuestions(ids)[0]!.priceYear).toBeGreaterThanOrEqual(2025);
	});
});
