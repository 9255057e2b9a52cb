/**
 * Fair admission of requests under load.
 *
 * Node's event loop accepts one new connection per turn (libuv's accept), and a turn lasts as
 * long as the work it runs. When a busy server lets every request it has read go on in the same
 * turn, a turn takes as long as a whole queue of pages, and a user whose connection is not yet
 * accepted waits for seconds while the connected ones are served again and again. Letting one
 * request go on per turn, first come first served, keeps turns short: new connections are
 * accepted between requests, and nobody waits longer than the queue ahead of them.
 */

const waiting: (() => void)[] = [];
let turnTaken = false;

function nextTurn(): void {
	const next = waiting.shift();
	turnTaken = next !== undefined;
	if (next) {
		next();
		setImmediate(nextTurn);
	}
}

/**
 * Resolves when this request may go on: at once on a server with nothing waiting (no promise to
 * await), otherwise in a later turn of the event loop, in the order the requests came.
 */
export function admission(): Promise<void> | null {
	if (!turnTaken && waiting.length === 0) {
		turnTaken = true;
		setImmediate(nextTurn);
		return null;
	}
	return new Promise((admit) => waiting.push(admit));
}

/** How many requests wait for their turn now (for tests and diagnostics). */
export function waitingRequests(): number {
	return waiting.length;
}
