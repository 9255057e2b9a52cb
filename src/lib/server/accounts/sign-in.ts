import type { Queryable } from '../db/database';
import { countTry, forgetTries, secondsToWait, type ThrottleRule } from '../platform/throttle';
import { passwordMatches, UNKNOWN_ACCOUNT_HASH } from './passwords';
import { startSession } from './sessions';

/**
 * Failed sign-ins are counted per account and address together, so someone guessing at an
 * account from their own machine slows down only themselves: the account's owner, signing in
 * from anywhere else, is never held up. An address that tries many accounts is slowed as well,
 * after more tries, as an office behind one address mistypes more often than one person.
 */
export const SIGN_IN_RULES = {
	accountAtAddress: {
		scope: 'sign-in:account-at-address',
		free: 5,
		windowMinutes: 60,
		firstWait: 2,
		longestWait: 15 * 60
	},
	address: {
		scope: 'sign-in:address',
		free: 30,
		windowMinutes: 60,
		firstWait: 2,
		longestWait: 15 * 60
	}
} as const satisfies Record<string, ThrottleRule>;

export type SignInOutcome =
	| { ok: true; token: string; userId: string }
	| { ok: false; reason: 'wrong-credentials'; wait: number }
	| { ok: false; reason: 'wait'; wait: number };

/**
 * Signs in with e-mail and password. An unknown address, a wrong password and an account that
 * does not exist all answer the same, after the same work, and count the same. A try that comes
 * before its wait is over is not checked and not counted.
 */
export async function signIn(
	db: Queryable,
	credentials: { email: string; password: string; address: string },
	now: Date
): Promise<SignInOutcome> {
	const email = credentials.email.trim().toLowerCase();
	const keys = {
		accountAtAddress: `${email} ${credentials.address}`,
		address: credentials.address
	};
	const waitNow = () =>
		Promise.all([
			secondsToWait(db, SIGN_IN_RULES.accountAtAddress, keys.accountAtAddress, now),
			secondsToWait(db, SIGN_IN_RULES.address, keys.address, now)
		]).then((waits) => Math.max(...waits));
	const wait = await waitNow();
	if (wait > 0) return { ok: false, reason: 'wait', wait };

	const [user] = await db.query<{ id: string; password_hash: string }>(
		'select id, password_hash from users where email = $1',
		[email]
	);
	const matches = await passwordMatches(
		user?.password_hash ?? (await UNKNOWN_ACCOUNT_HASH),
		credentials.password
	);
	if (!user || !matches) {
		await countTry(db, SIGN_IN_RULES.accountAtAddress, keys.accountAtAddress, now);
		await countTry(db, SIGN_IN_RULES.address, keys.address, now);
		return { ok: false, reason: 'wrong-credentials', wait: await waitNow() };
	}
	await forgetTries(db, SIGN_IN_RULES.accountAtAddress, keys.accountAtAddress);
	return { ok: true, token: await startSession(db, user.id, now), userId: user.id };
}
