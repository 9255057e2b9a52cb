import { describe, expect, it } from 'vitest';
import { CannotStart } from './cannot-start';
import { openDatabase } from './database';

describe('a PostgreSQL server out of reach', () => {
	// nothing listens on port 1: the connection is refused at once
	const url = 'postgres://effectwijzer:geheim-wachtwoord@127.0.0.1:1/effectwijzer';

	it('stops the start with a reason naming the server and DATABASE_URL, in both languages', async () => {
		const failure = await openDatabase({ url }).catch((e: unknown) => e);
		expect(failure).toBeInstanceOf(CannotStart);
		const { message } = failure as CannotStart;
		expect(message).toContain('Kan niet verbinden met PostgreSQL op 127.0.0.1:1/effectwijzer');
		expect(message).toContain('Cannot connect to PostgreSQL at 127.0.0.1:1/effectwijzer');
		expect(message).toContain('(DATABASE_URL)');
		expect(message).toContain('ECONNREFUSED');
	});

	it('never shows the password', async () => {
		const failure = await openDatabase({ url }).catch((e: unknown) => e);
		expect((failure as Error).message).not.toContain('geheim');
	});
});
