import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase } from '$test/databases';
import { NOW } from '$test/world';
import type { Database } from '../db/database';
import { screensOf, screenStream } from './hub';
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

	it('follows a round on a bounded number of screens per address, and frees one that hangs up', async () => {
		const round = await createRound(db, ['wonen.huisuitzetting'], NOW);
		if (!round.ok) throw new Error('no round');
		const hangUps: AbortController[] = [];
		const open = (address: string) => {
			const hangUp = new AbortController();
			hangUps.push(hangUp);
			return screenStream(db, round.code, { kind: 'projector' }, hangUp.signal, address);
		};
		for (let i = 0; i < SCREEN_LIMITS.perAddress; i++) expect(open('192.0.2.1').status).toBe(200);
		const refused = open('192.0.2.1');
		expect(refused.status).toBe(429);
		expect(refused.headers.get('retry-after')).toBe('5');
		expect(open('192.0.2.2').status).toBe(200);
		hangUps[0]!.abort();
		expect(open('192.0.2.1').status).toBe(200);
		// and a round has room for every phone twice and the projector, not for thousands
		for (let i = screensOf(round.code); i < SCREEN_LIMITS.perRound; i++)
			expect(open(`10.0.${i >> 8}.${i & 255}`).status).toBe(200);
		expect(open('10.99.0.1').status).toBe(429);
		for (const hangUp of hangUps) hangUp.abort();
		expect(screensOf(round.code)).toBe(0);
	});
});
