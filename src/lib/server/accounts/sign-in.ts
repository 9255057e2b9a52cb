import type { Queryable } from '../db/database';
import { countTry, forgetTries, secondsToWait, type ThrottleRule } from '../platform/throttle';
import { passwordMatches, UNKNOWN_ACCOUNT_HASH } from './passwords';
import { secondStepFor, type SecondStep } from './second-factor';
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

/** `device`: the token of the browser's known-device cookie, new or as it was. */
export interface SignedIn {
	token: string;
	userId: string;
	device: string;
}

export type SignInOutcome =
	| ({ ok: true } & SignedIn)
	/** No session yet: the password was right, the second step is to come with this token. */
	| {
			ok: false;
			reason: 'second-step';
			pending: string;
			step: Exclude<SecondStep, 'none'>;
			wait: 0;
	  }
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
	const step = await secondStepFor(db, user.id);
	if (step !== 'none')
		return {
			ok: false,
			reason: 'second-step',
			pending: await startPendingSignIn(db, user.id, now),
			step,
			wait: 0
		};
	return { ok: true, ...(await completeSignIn(db, user.id, credentials.device, now)) };
}

/** The session once every step is taken; the browser becomes a known device of the account. */
export async function completeSignIn(
	db: Queryable,
	userId: string,
	device: string | undefined,
	now: Date
): Promise<SignedIn> {
	const known = await knownDevice(db, userId, device);
	const kept = known ? device! : await rememberDevice(db, userId, now);
	return { token: await startSession(db, userId, now), userId, device: kept };
}

/** Long enough to open an app and type a code, short enough that a forgotten tab lapses. */
export const PENDING_MINUTES = 10;

async function startPendingSignIn(db: Queryable, userId: string, now: Date): Promise<string> {
	const { token, hash } = newToken();
	await db.query(
		'insert into pending_sign_ins (token_hash, user_id, expires_at) values ($1, $2, $3)',
		[hash, userId, new Date(now.getTime() + PENDING_MINUTES * 60_000)]
	);
	return token;
}

export interface PendingSignIn {
	userId: string;
	email: string;
	step: SecondStep;
}

/** The account a pending sign-in belongs to, while it has not lapsed. */
export async function pendingSignIn(
	db: Queryable,
	token: string | undefined,
	now: Date
): Promise<PendingSignIn | null> {
	if (!token) return null;
	const [row] = await db.query<{ userId: string; email: string }>(
		`select u.id as "userId", u.email from pending_sign_ins p join users u on u.id = p.user_id
		 where p.token_hash = $1 and p.expires_at > $2`,
		[tokenHash(token), now]
	);
	return row ? { ...row, step: await secondStepFor(db, row.userId) } : null;
}

/** Ends a pending sign-in, and forgets every one that has lapsed. */
export async function endPendingSignIn(db: Queryable, token: string, now: Date): Promise<void> {
	await db.query('delete from pending_sign_ins where token_hash = $1 or expires_at <= $2', [
		tokenHash(token),
		now
	]);
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
