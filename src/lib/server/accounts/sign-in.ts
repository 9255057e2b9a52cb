import type { Queryable } from '../db/database';
import { countTry, forgetTries, secondsToWait, type ThrottleRule } from '../platform/throttle';
import { passwordMatches, UNKNOWN_ACCOUNT_HASH } from './passwords';
import { startSession } from './sessions';
import { newToken, tokenHash } from './tokens';

/**
 * Failed sign-ins are counted per account and address together, so someone guessing at an
 * account from their own machine slows down only themselves. An address that tries many
 * accounts is slowed as well, after more tries, as an office behind one address mistypes more
 * often than one person. Guesses at one account spread over many addresses are counted for the
 * account alone, and slow down every browser but the ones the account has signed in from
 * before (a known device): its owner is never shut out by someone else's guessing.
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
	},
	account: {
		scope: 'sign-in:account',
		free: 20,
		windowMinutes: 60,
		firstWait: 2,
		longestWait: 15 * 60
	}
} as const satisfies Record<string, ThrottleRule>;

export type SignInOutcome =
	/** `device`: the token of the browser's known-device cookie, new or as it was. */
	| { ok: true; token: string; userId: string; device: string }
	| { ok: false; reason: 'wrong-credentials'; wait: number }
	| { ok: false; reason: 'wait'; wait: number };

/**
 * Signs in with e-mail and password. An unknown address, a wrong password and an account that
 * does not exist all answer the same, after the same work, and count the same. A try that comes
 * before its wait is over is not checked and not counted.
 */
export async function signIn(
	db: Queryable,
	credentials: { email: string; password: string; address: string; device?: string },
	now: Date
): Promise<SignInOutcome> {
	const email = credentials.email.trim().toLowerCase();
	const keys = {
		accountAtAddress: `${email} ${credentials.address}`,
		address: credentials.address,
		account: email
	};
	const [user] = await db.query<{ id: string; password_hash: string }>(
		'select id, password_hash from users where email = $1',
		[email]
	);
	const known = user !== undefined && (await knownDevice(db, user.id, credentials.device));
	const names: (keyof typeof SIGN_IN_RULES)[] = ['accountAtAddress', 'address'];
	if (!known) names.push('account');
	const rules = names.map((name) => [SIGN_IN_RULES[name], keys[name]] as const);
	const waitNow = () =>
		Promise.all(rules.map(([rule, key]) => secondsToWait(db, rule, key, now))).then((waits) =>
			Math.max(...waits)
		);
	const wait = await waitNow();
	if (wait > 0) return { ok: false, reason: 'wait', wait };

	const matches = await passwordMatches(
		user?.password_hash ?? (await UNKNOWN_ACCOUNT_HASH),
		credentials.password
	);
	if (!user || !matches) {
		for (const [rule, key] of rules) await countTry(db, rule, key, now);
		return { ok: false, reason: 'wrong-credentials', wait: await waitNow() };
	}
	// the account's own tries stay: the owner signing in does not stop someone else's slowdown
	await forgetTries(db, SIGN_IN_RULES.accountAtAddress, keys.accountAtAddress);
	const device = known ? credentials.device! : await rememberDevice(db, user.id, now);
	return { ok: true, token: await startSession(db, user.id, now), userId: user.id, device };
}

/** Whether the browser's device cookie is one this account has signed in from. */
async function knownDevice(db: Queryable, userId: string, device: string | undefined) {
	if (!device) return false;
	const rows = await db.query(
		'select 1 from known_devices where token_hash = $1 and user_id = $2',
		[tokenHash(device), userId]
	);
	return rows.length > 0;
}

/** A new known device for the account: the token for the browser's cookie. */
async function rememberDevice(db: Queryable, userId: string, now: Date): Promise<string> {
	const { token, hash } = newToken();
	await db.query('insert into known_devices (token_hash, user_id, seen_at) values ($1, $2, $3)', [
		hash,
		userId,
		now
	]);
	return token;
}
