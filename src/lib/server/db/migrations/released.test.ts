import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index';

/**
 * Every released migration, by the SHA-256 of its SQL. A released migration is never edited:
 * a database that ran it would never run it again, so an edit would leave the databases that
 * exist and the ones created afresh with different schemas. A new migration is added here when
 * it is released.
 */
const RELEASED: Record<number, string> = {
	1: '5b088d4849b991307ffe3d01a3e8799c65a48962740c464729a7485b1acfeacc',
	2: '1fae7fd30237f635650332b51a09749bfe9aa7b026a05bf9839a6bc2a9657b86',
	3: '67f3c578bad2ed1c547df9288b5f95acb37a049a56f631b3a06e9d39c00dcf2d',
	4: 'd59e5ae0b2050583022b10888cd3fa00fed7c607fa831cb674e7fd4a9de66eb1',
	5: '70303e8100894b8cd0bc00cacefa98462d7d162c409846fe504887b709ed7672',
	6: '6f13e03819faf819b01d5b5f5a837bc6336ca6f1b30f0f758c27b1d9bcacb8d1',
	7: '0e2a906be3512533c69580d432751e0c60608347b7886d7788b108c43f9bdaac',
	8: 'a6429398f5309123d761271dc3a4397f7c2d8bc3a3b5e7b698ac431e4e2d9f1d',
	9: '453d5b9d96aba445724b1cbf8451d6f3874a6c0f7a5b0849166c984669eca668',
	10: '83fb0fe3c3772471929da5d06eda2ce109762c895d683585fbcd2359b71b5801',
	11: '4d0c5625891127c6027e97ee2c783ab512b6f463ae56e5c477a13db3b012dc97',
	12: '7517eca0e2194e02b0a42a66639cb9360f842a386488a5516b60c92d40799c78',
	13: '4c3d930481899e74c454f4a729e399880e04468d36a09d6fd978bccfc0807152',
	14: '925383e2272195809363da6163ab5a4ecde7fb5628eceb782eee7ced3147c80f',
	15: 'd223e343d89b7f194109fb26ccddde6199b64cc9db51befd6dd745a73da7a4f9'
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the released migrations', () => {
	it.each(MIGRATIONS.map((m) => [m.version, m] as const))(
		'keeps migration %i exactly as it was released',
		(version, migration) => {
			expect(sha256(migration.sql), `migration ${version} was edited`).toBe(RELEASED[version]);
		}
	);

	it('runs them in order, one file each, numbered as the file is', () => {
		expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
		const files = readdirSync('src/lib/server/db/migrations').filter((f) => /^\d{3}-/.test(f));
		expect(files.map((f) => Number(f.slice(0, 3)))).toEqual(MIGRATIONS.map((m) => m.version));
	});
});
