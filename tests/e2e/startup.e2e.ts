import { describe, expect, it } from 'vitest';
import { refusedStart, startApp } from './server';

/** A stack trace line, as Node prints one for an uncaught error. */
const STACK_LINE = /^\s+at /m;

describe('an app that cannot start', () => {
	it('says another app holds its data folder, plainly, and ends with code 1', async () => {
		const first = await startApp();
		try {
			const second = await refusedStart({ EFFECTWIJZER_DATA_DIR: first.dataDir });
			expect(second.code).toBe(1);
			expect(second.printed).toContain(`De database in ${first.dataDir} is al in gebruik`);
			expect(second.printed).toContain('choose another folder (EFFECTWIJZER_DATA_DIR)');
			expect(second.printed).not.toMatch(STACK_LINE);
		} finally {
			await first.stop();
		}
	}, 60_000);

	it('names the PostgreSQL server it cannot reach and DATABASE_URL, without the password', async () => {
		const refused = await refusedStart({
			DATABASE_URL: 'postgres://effectwijzer:geheim@127.0.0.1:1/effectwijzer'
		});
		expect(refused.code).toBe(1);
		expect(refused.printed).toContain(
			'Cannot connect to PostgreSQL at 127.0.0.1:1/effectwijzer (DATABASE_URL)'
		);
		expect(refused.printed).not.toContain('geheim');
		expect(refused.printed).not.toMatch(STACK_LINE);
	});
});
