import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { answering503 } from '../platform/unavailable';
import { DatabaseUnavailable, lostConnection, openDatabase, type Database } from './database';

describe('which failures are the connection, not the statement', () => {
	it.each([
		[{ code: '57P01', message: 'terminating connection due to administrator command' }, true],
		[{ code: '57P03', message: 'the database system is starting up' }, true],
		[{ code: '08006', message: 'connection failure' }, true],
		[{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' }, true],
		[new Error('Connection terminated unexpectedly'), true],
		[new Error('timeout exceeded when trying to connect'), true],
		[{ code: '23505', message: 'duplicate key value violates unique constraint' }, false],
		[{ code: '42601', message: 'syntax error at or near "selec"' }, false],
		[new Error('invitation used concurrently'), false],
		[null, false]
	])('%j: %s', (failure, expected) => {
		expect(lostConnection(failure)).toBe(expected);
	});
});

describe('the database as routes use it', () => {
	const failing = (failure: unknown): Database => ({
		engine: 'postgresql',
		query: () => Promise.reject(failure),
		exec: () => Promise.reject(failure),
		transaction: () => Promise.reject(failure),
		listen: () => Promise.reject(failure),
		close: () => Promise.resolve()
	});

	it('answers 503 in both languages when the server is out of reach or its disk is full', async () => {
		for (const [kind, words] of [
			['unreachable', 'De database is even niet bereikbaar'],
			['full', 'De server heeft geen ruimte meer om op te slaan']
		] as const) {
			const db = answering503(failing(new DatabaseUnavailable('down', kind)));
			const thrown = await db.query('select 1').catch((e: unknown) => e);
			expect(isHttpError(thrown, 503)).toBe(true);
			expect((thrown as { body: { message: string } }).body.message).toContain(words);
			expect((thrown as { body: { message: string } }).body.message).toContain(' / ');
		}
	});

	it('lets every other failure through as it was', async () => {
		const syntax = Object.assign(new Error('syntax error'), { code: '42601' });
		await expect(answering503(failing(syntax)).exec('selec')).rejects.toBe(syntax);
	});

	it('names a full disk of the embedded engine (SQLSTATE 53100) as unavailable, not as a bug', async () => {
		const db = await openDatabase({ dataDir: 'memory://' });
		try {
			// the same SQLSTATE the engine raises when it cannot write; raised here on purpose
			const thrown = await db
				.exec(`do $$ begin raise exception 'could not write' using errcode = '53100'; end $$`)
				.catch((e: unknown) => e);
			expect(thrown).toBeInstanceOf(DatabaseUnavailable);
			expect((thrown as DatabaseUnavailable).kind).toBe('full');
		} finally {
			await db.close();
		}
	});
});
