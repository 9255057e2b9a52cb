import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase } from '$test/databases';
import { NOW } from '$test/world';
import type { Database } from '../db/database';
import { screensOf, screenStream, type Viewer } from './hub';
import { codesRefused, LIVE_RULES, roundAllowed, SCREEN_LIMITS, wrongCode } from './limits';
import { createRound } from './rounds';

const seconds = (s: number) => new Date(NOW.getTime() + s * 1000);

describe.each(ENGINES)('the live round’s limits, on %s', (engine) => {
	let db: Database;
	beforeAll(async () => (db = await freshDatabase(engine)));
	afterAll(() => db?.close());

	it('slows an address that starts rounds by the dozen, and no other', async () => {
		for (let i = 0; i < LIVE_RULES.rounds.free; i++)
			expect(await roundAllowed(db, '198.51.100.7', NOW)).toBeNull();
		const refused = await roundAllowed(db, '198.51.100.7', NOW);
		expect(refused?.status).toBe(429);
		expect(refused?.headers.get('retry-after')).toBe('2');
		const { problems } = (await refused!.json()) as { problems: { message: { nl: string } }[] };
		expect(problems[0]!.message.nl).toMatch(
			/^Ronde: er zijn vanaf dit adres net veel rondes begonnen/
		);
		expect(await roundAllowed(db, '198.51.100.8', NOW)).toBeNull();
		expect(await roundAllowed(db, '198.51.100.7', seconds(2))).toBeNull();
	});

	it('slows an address that tries codes that do not exist, well past a classroom’s typos', async () => {
		for (let i = 0; i < LIVE_RULES.codes.free - 1; i++) await wrongCode(db, '203.0.113.9', NOW);
		expect(await codesRefused(db, '203.0.113.9', NOW)).toBeNull();
		await wrongCode(db, '203.0.113.9', NOW);
		const refused = await codesRefused(db, '203.0.113.9', NOW);
		expect(refused?.status).toBe(429);
		expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(await codesRefused(db, '203.0.113.10', NOW)).toBeNull();
	});

	it('keeps a few streams per viewer, closing the oldest as a newer opens, and bounds an address and a round', async () => {
		const [round, other] = await Promise.all(
			[1, 2].map(() => createRound(db, ['wonen.huisuitzetting'], NOW))
		);
		if (!round?.ok || !other?.ok) throw new Error('no round');
		const hangUps: AbortController[] = [];
		const open = (address: string, viewer: Viewer = { kind: 'projector' }, code = round.code) => {
			const hangUp = new AbortController();
			hangUps.push(hangUp);
			return screenStream(db, code, viewer, hangUp.signal, address);
		};
		const phone = (i: number): Viewer => ({ kind: 'phone', participantId: `p${i}`, name: `P${i}` });
		// a trainer's reloads (or a script with the trainer's cookie) hold three streams at most
		for (let i = 0; i < 5; i++) expect(open('192.0.2.9').status).toBe(200);
		expect(screensOf(round.code)).toBe(SCREEN_LIMITS.perViewer);
		// one address: classrooms behind one router, every phone reloaded, and no more
		const taken = screensOf(round.code);
		for (let i = 0; i < SCREEN_LIMITS.perAddress - taken; i++)
			expect(open('192.0.2.9', phone(i), i % 2 ? round.code : other.code).status).toBe(200);
		const refused = open('192.0.2.9', phone(99_999), other.code);
		expect(refused.status).toBe(429);
		expect(refused.headers.get('retry-after')).toBe('5');
		hangUps.at(-2)!.abort();
		expect(open('192.0.2.9', phone(99_998)).status).toBe(200);
		for (const hangUp of hangUps) hangUp.abort();
		expect(screensOf(round.code) + screensOf(other.code)).toBe(0);
		// one round: every viewer's streams, from anywhere, and no more
		for (let i = 0; i < SCREEN_LIMITS.perRound; i++)
			expect(open(`10.0.${i >> 8}.${i & 255}`, phone(i)).status).toBe(200);
		expect(open('10.99.0.1', phone(123_456)).status).toBe(429);
		for (const hangUp of hangUps) hangUp.abort();
		expect(screensOf(round.code)).toBe(0);
	});
});
