import { createServer, connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { admission, waitingRequests } from './admission';

/** Stands in for rendering a page: work that holds the event loop. */
function work(ms: number): void {
	const until = performance.now() + ms;
	while (performance.now() < until) {
		// busy, as rendering is
	}
}

async function request(log: string[], name: string): Promise<void> {
	const turn = admission();
	if (turn) await turn;
	log.push(name);
	work(2);
}

describe('fair admission of requests', () => {
	it('lets a request on an idle server go on at once', async () => {
		await new Promise((settled) => setImmediate(settled));
		expect(admission()).toBeNull();
		await new Promise((settled) => setImmediate(settled));
	});

	it('serves a burst first come, first served', async () => {
		const log: string[] = [];
		const names = Array.from({ length: 8 }, (_, i) => `request ${i + 1}`);
		await Promise.all(names.map((name) => request(log, name)));
		expect(log).toEqual(names);
		expect(waitingRequests()).toBe(0);
	});

	it('accepts a new connection while a queue of requests is being served', async () => {
		const log: string[] = [];
		const server = createServer((socket) => {
			log.push('connection accepted');
			socket.destroy();
		});
		await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
		const { port } = server.address() as { port: number };
		const client = connect(port, '127.0.0.1');
		client.on('error', () => {});
		// Fifty requests that came in at once, 2 ms of work each: without turns they would all be
		// served before the event loop looked at the new connection again.
		const burst = Array.from({ length: 50 }, (_, i) => request(log, `request ${i + 1}`));
		await Promise.all(burst);
		client.destroy();
		await new Promise((closed) => server.close(closed));
		const accepted = log.indexOf('connection accepted');
		expect(accepted).toBeGreaterThanOrEqual(0);
		expect(accepted).toBeLessThan(10);
	});
});
