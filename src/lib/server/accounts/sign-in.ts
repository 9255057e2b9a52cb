import type { Queryable } from '../db/database';
import { passwordMatches, UNKNOWN_ACCOUNT_HASH } from './passwords';
import { startSession } from './sessions';

/** Failures counted over this window; a success clears the account's count. */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES = { account: 5, address: 20 } as const;

export type SignInOutcome =
	| { ok: true; token: string; userId: string }
	| { ok: false; reason: 'wrong-credentials' | 'rate-limited' };

async function failures(db: Queryable, scope: 'account' | 'address', key: string, since: Date) {
	const [row] = await db.query<{ n: number }>(
		'select count(*)::int as n from sign_in_failures where scope = $1 and key = $2 and failed_at > $3',
		[scope, key, since]
	);
	return row?.n ?? 0;
}

/**
 * Signs in with e-mail and password. An unknown address, a wrong password and an account that
 * does not exist all answer the same, after the same work, and count against the same limits.
 */
export async function signIn(
	db: Queryable,
	credentials: { email: string; password: string; address: string },
	now: Date
): Promise<SignInOutcome> {
	const email = credentials.email.trim().toLowerCase();
	const since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
	const limited =
		(await failures(db, 'account', email, since)) >= MAX_FAILURES.account ||
		(await failures(db, 'address', credentials.address, since)) >= MAX_FAILURES.address;
	if (limited) return { ok: false, reason: 'rate-limited' };

	const [user] = await db.query<{ id: string; password_hash: string }>(
		'select id, password_hash from users where email = $1',
		[email]
	);
	const matches = await passwordMatches(
		user?.password_hash ?? (await UNKNOWN_ACCOUNT_HASH),
		credentials.password
	);
	if (!user || !matches) {
		await db.query(
			`insert into sign_in_failures (scope, key, failed_at) values ('account', $1, $3), ('address', $2, $3)`,
			[email, credentials.address, now]
		);
		return { ok: false, reason: 'wrong-credentials' };
	}
	await db.query(`delete from sign_in_failures where scope = 'account' and key = $1`, [email]);
	return { ok: true, token: await startSession(db, user.id, now), userId: user.id };
}
