/**
 * Fair admission of requests under load, and knowing when none is running.
 *
 * Node's event loop accepts one new connection per turn (libuv's accept), and a turn lasts as
 * long as the work it runs. When a busy server lets every request it has read go on in the same
 * turn, a turn takes as long as a whole queue of pages, and a user whose connection is not yet
 * accepted waits for seconds while the connected ones are served again and again. Letting a few
 * requests go on per turn, first come first served, keeps turns short: new connections are
 * accepted between them, and nobody waits longer than the queue ahead of them.
 */

/**
 * How many waiting requests go on per turn. Measured with bench:server (200 users, no pause):
 * one per turn served 2,000 pages a second, as every turn has its own cost; eight served
 * 3,100 to 3,600 with a p99 of 120 to 170 ms; sixteen as many, with a longer tail.
 */
const REQUESTS_PER_TURN = 8;

const waiting: (() => void)[] = [];
let turnTaken = false;
let running = 0;
const whenSettled: (() => void)[] = [];

function nextTurn(): void {
	const group = waiting.splice(0, REQUESTS_PER_TURN);
	turnTaken = group.length > 0;
	if (turnTaken) {
		for (const admit of group) admit();
		setImmediate(nextTurn);
	}
}

/** Resolves at once on a server with nothing waiting, otherwise in a later turn, in order. */
function turn(): Promise<void> | null {
	if (!turnTaken && waiting.length === 0) {
		turnTaken = true;
		setImmediate(nextTurn);
		return null;
	}
	return new Promise((admit) => waiting.push(admit));
}

/** Runs a request's work in its turn; it counts as running from its arrival until it is done. */
export async function admitted<T>(work: () => T | Promise<T>): Promise<T> {
	running++;
	try {
		const wait = turn();
		if (wait) await wait;
		return await work();
	} finally {
		running--;
		if (running === 0) for (const settle of whenSettled.splice(0)) settle();
	}
}

/**
 * Resolves once no request is waiting or running: what a stopping server waits for before it
 * closes the database, so that a request already read is answered rather than failed.
 */
export function settled(): Promise<void> {
	if (running === 0) return Promise.resolve();
	return new Promise((settle) => whenSettled.push(settle));
}
