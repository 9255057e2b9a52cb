import { phoneView, projectorView, type RoundState } from '../../training/live';
import type { LiveChange } from '../db/changes';
import type { Queryable } from '../db/database';
import { SCREEN_LIMITS, SCREENS_REFUSED } from './limits';
import { roundState } from './rounds';

/**
 * The screens following live rounds in this process, each an open server-sent-events stream:
 * the trainer's projector and the participants' phones. Every change to a round is announced on
 * the database (rounds.ts), heard by every process, and each process reads the round once
 * and sends each of its screens its own view: so any number of app processes serve one round.
 */

export type Viewer =
	| { kind: 'projector' }
	| { kind: 'phone'; participantId: string; name: string }
	| { kind: 'stranger' };

interface Screen {
	viewer: Viewer;
	send(event: string, data: unknown): void;
	close(): void;
}

const screens = new Map<string, Set<Screen>>();

/** Who a screen is, for the streams one viewer may hold: the projector, a phone, or each stranger alone. */
const viewerKey = (viewer: Viewer) =>
	viewer.kind === 'phone' ? `phone:${viewer.participantId}` : viewer.kind;

/**
 * A viewer's oldest streams beyond the few it may hold are closed as a newer one opens: a reload
 * or a second tab always gets through, and a script that opens thousands holds a few at a time.
 */
function makeRoom(here: Set<Screen>, viewer: Viewer): void {
	if (viewer.kind === 'stranger') return;
	const key = viewerKey(viewer);
	const same = [...here].filter((screen) => viewerKey(screen.viewer) === key);
	for (const oldest of same.slice(0, Math.max(0, same.length - SCREEN_LIMITS.perViewer + 1)))
		oldest.close();
}
/** Changes heard but not yet sent, per round: several guesses in a moment are one read. */
const pending = new Map<string, { everyone: boolean }>();
/** Long enough to gather the guesses of a class answering together, short against 250 ms. */
const GATHER_MS = 15;
/** A comment now and then keeps proxies and phones from dropping a quiet stream. */
const HEARTBEAT_MS = 15_000;
/** How soon a browser tries again after a dropped stream. */
const RETRY_MS = 2_000;

let stopping = false;

/** What a screen is told the first time and after each change: its own view, or that it is over. */
function tell(screen: Screen, state: RoundState | null): void {
	if (!state) {
		screen.send('gone', {});
		return screen.close();
	}
	const { viewer } = screen;
	if (viewer.kind === 'projector') return screen.send('view', projectorView(state));
	if (viewer.kind === 'stranger') {
		screen.send('join', { code: state.code });
		return screen.close();
	}
	const view = phoneView(state, viewer.participantId);
	if (view) screen.send('view', view);
	else {
		screen.send('gone', {});
		screen.close();
	}
}

async function refresh(db: Queryable, code: string): Promise<void> {
	const wanted = pending.get(code);
	pending.delete(code);
	const here = screens.get(code);
	if (!wanted || !here?.size) return;
	let state: RoundState | null;
	try {
		state = await roundState(db, code, new Date());
	} catch {
		// the database is out of reach for a moment: the next change tells the screens again
		return;
	}
	for (const screen of here)
		if (wanted.everyone || screen.viewer.kind === 'projector') tell(screen, state);
}

/** Changes to the rounds may have gone unheard (the database was away): every screen is told again. */
export function retellAll(db: Queryable): void {
	for (const code of screens.keys()) heardLive(db, { kind: 'live', code, what: 'state' });
}

/** A change to a round, as every process hears it: its screens here are told, once per moment. */
export function heardLive(db: Queryable, change: LiveChange): void {
	const here = screens.get(change.code);
	if (!here?.size) return;
	if (change.what === 'ended') {
		for (const screen of here) {
			const { viewer } = screen;
			const place =
				viewer.kind === 'phone' ? change.board.findIndex((b) => b.name === viewer.name) : -1;
			screen.send('ended', { board: change.board, place: place + 1 });
			screen.close();
		}
		return;
	}
	const waiting = pending.get(change.code);
	if (waiting) {
		waiting.everyone ||= change.what === 'state';
		return;
	}
	pending.set(change.code, { everyone: change.what === 'state' });
	setTimeout(() => void refresh(db, change.code), GATHER_MS);
}

/** Ends every stream, so a stopping app is not held open by screens that never hang up. */
export function closeAllScreens(): void {
	stopping = true;
	for (const here of screens.values()) for (const screen of here) screen.close();
}

let listening = false;
function closeOnShutdown(): void {
	if (listening) return;
	listening = true;
	// adapter-node stops taking requests on these and waits for open ones: an open stream would
	// hold the app for its whole shutdown timeout
	for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, closeAllScreens);
}

/** How many screens follow a round in this process (for tests and the load bench). */
export const screensOf = (code: string) => screens.get(code)?.size ?? 0;

/** How many screens each address follows in this process. */
const byAddress = new Map<string, number>();
const followed = (address: string, change: 1 | -1) => {
	const n = (byAddress.get(address) ?? 0) + change;
	if (n > 0) byAddress.set(address, n);
	else byAddress.delete(address);
};

/**
 * A server-sent-events response that follows a round for one viewer: its view at once, then at
 * every change, until the round ends, the viewer hangs up or the app stops.
 */
export function screenStream(
	db: Queryable,
	code: string,
	viewer: Viewer,
	signal: AbortSignal,
	address: string
): Response {
	// thousands of open streams make every answer late on the projector: a few per phone, no more
	if (
		screensOf(code) >= SCREEN_LIMITS.perRound ||
		(byAddress.get(address) ?? 0) >= SCREEN_LIMITS.perAddress
	)
		return SCREENS_REFUSED();
	const encoder = new TextEncoder();
	let finish = () => {};
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			let open = true;
			let counted = false;
			const write = (text: string) => {
				if (open) controller.enqueue(encoder.encode(text));
			};
			const heartbeat = setInterval(() => write(': \n\n'), HEARTBEAT_MS);
			const screen: Screen = {
				viewer,
				send: (event, data) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
				close: () => finish()
			};
			finish = () => {
				if (!open) return;
				open = false;
				clearInterval(heartbeat);
				const here = screens.get(code);
				here?.delete(screen);
				if (here?.size === 0) screens.delete(code);
				if (counted) followed(address, -1);
				controller.close();
			};
			write(`retry: ${RETRY_MS}\n\n`);
			if (stopping) return finish();
			closeOnShutdown();
			const here = screens.get(code) ?? new Set<Screen>();
			makeRoom(here, viewer);
			here.add(screen);
			screens.set(code, here);
			followed(address, 1);
			counted = true;
			signal.addEventListener('abort', () => finish(), { once: true });
			void roundState(db, code, new Date()).then(
				(state) => tell(screen, state),
				() => finish()
			);
		},
		cancel() {
			finish();
		}
	});
	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store',
			// a proxy in front (nginx) must pass each event on as it comes
			'x-accel-buffering': 'no'
		}
	});
}
