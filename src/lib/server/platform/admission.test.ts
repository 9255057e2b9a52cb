import { connect, createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { admitted, settled } from './admission';

/** Stands in for rendering a page: work that holds the event loop. */
function work(ms: number): void {
	const until = performance.now() + ms;
	while (performance.now() < until) {
		// busy, as rendering is
	}
}

const request = (log: string[], name: string) =>
	admitted(async () => {
		log.push(name);
		work(2);
	});

describe('fair admission of requests', () => {
	it('lets a request on an idle server go on in the same turn', async () => {
		await new Promise((idle) => setImmediate(idle));
		let ran = false;
		const done = admitted(async () => {
			ran = true;
		});
		expect(ran).toBe(true);
		await done;
	});

	it('serves a burst first come, first served', async () => {
		const log: string[] = [];
		const names = Array.from({ length: 8 }, (_, i) => `request ${i + 1}`);
		await Promise.all(names.map((name) => request(log, name)));
		expect(log).toEqual(names);
	});

	it('accepts a new connection within a turn or two while a queue of requests is served', async () => {
		const log: string[] = [];
		const server = createServer((socket) => {
			log.push('connection accepted');
			socket.destroy();
		});
		await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
		const { port } = server.address() as { port: number };
		const client = connect(port, '127.0.0.1');
		client.on('error', () => {});
		// A hundred requests that came in at once, 2 ms of work each: without turns they would all
		// be served before the event loop looked at the new connection again.
		await Promise.all(Array.from({ length: 100 }, (_, i) => request(log, `request ${i + 1}`)));
		client.destroy();
		await new Promise((closed) => server.close(closed));
		const accepted = log.indexOf('connection accepted');
		expect(accepted).toBeGreaterThanOrEqual(0);
		expect(accepted).toBeLessThan(20);
	});

	it('is settled only once every waiting and running request is done', async () => {
		const log: string[] = [];
		let finish = () => {};
		const slow = admitted(() => new Promise<void>((done) => (finish = done)));
		const queued = Array.from({ length: 3 }, (_, i) => request(log, `request ${i + 1}`));
		const stopped = settled().then(() => log.push('settled'));
		await new Promise((later) => setTimeout(later, 20));
		expect(log).toEqual(['request 1', 'request 2', 'request 3']);
		finish();
		await Promise.all([slow, ...queued, stopped]);
		expect(log.at(-1)).toBe('settled');
		await settled();
	});
});
