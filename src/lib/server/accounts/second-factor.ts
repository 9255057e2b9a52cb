import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { Database, Queryable } from '../db/database';
import { require, type Actor, type Role } from '../platform/access';
import { recordAudit, type AuditAction } from '../platform/audit';
import { countTry, forgetTries, secondsToWait, type ThrottleRule } from '../platform/throttle';
import { endSessionByHash } from './sessions';
import { tokenHash } from './tokens';

/**
 * The second step at sign-in: a six-digit code from an authenticator app (RFC 6238: SHA-1,
 * 30-second steps, as every such app reads an otpauth:// link), or one of ten recovery codes for
 * a lost phone. The secret is stored as it is, since each code is computed from it; a code is
 * good once, so one seen over a shoulder cannot be used again.
 */
const CODE = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
/** One step either side: a phone's clock a little off still signs in. */
const WINDOW = 1;
const RECOVERY_CODES = 10;
/** Unmistakable characters only: no 0/O, 1/l/I. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** The roles that see a whole organisation's figures: who an organisation's setting binds. */
export const BOUND_ROLES: readonly Role[] = ['admin', 'analyst', 'funder-viewer'];
const bound = (roles: readonly Role[]) => roles.some((role) => BOUND_ROLES.includes(role));

export const SECOND_STEP_RULE = {
	scope: 'sign-in:second-step',
	free: 5,
	windowMinutes: 15,
	firstWait: 2,
	longestWait: 15 * 60
} as const satisfies ThrottleRule;

const totp = (secret: string, email = '') =>
	new TOTP({ ...CODE, issuer: 'Effectwijzer', label: email, secret: Secret.fromBase32(secret) });

/** The code an app shows at a moment: for the tests and for the RFC's vectors. */
export const codeAt = (secret: string, at: Date) =>
	totp(secret).generate({ timestamp: at.getTime() });

/** What the second step asks of an account once its password is right. */
export type SecondStep = 'none' | 'code' | 'setup';

export async function secondStepFor(db: Queryable, userId: string): Promise<SecondStep> {
	const [row] = await db.query<{ confirmed: boolean; required: boolean; roles: Role[] }>(
		`select f.confirmed_at is not null as confirmed, o.second_factor_required as required, u.roles
		 from users u join organisations o on o.id = u.organisation_id
		 left join second_factors f on f.user_id = u.id where u.id = $1`,
		[userId]
	);
	if (!row) return 'none';
	if (row.confirmed) return 'code';
	return row.required && bound(row.roles) ? 'setup' : 'none';
}

export interface NewSecret {
	/** In groups of four, to type into an app that cannot scan. */
	secret: string;
	/** The otpauth:// link an app reads from the QR code. */
	link: string;
}

async function unconfirmedSecret(db: Queryable, userId: string): Promise<string | null> {
	const [row] = await db.query<{ secret: string }>(
		'select secret from second_factors where user_id = $1 and confirmed_at is null',
		[userId]
	);
	return row?.secret ?? null;
}

/**
 * The secret waiting to be confirmed with a first code: the one shown before (a wrong first code
 * or a reload shows the same), or a new one. A confirmed secret is replaced only after removal.
 */
export async function secretToSetUp(
	db: Queryable,
	userId: string,
	email: string
): Promise<NewSecret> {
	await db.query(
		'insert into second_factors (user_id, secret) values ($1, $2) on conflict (user_id) do nothing',
		[userId, new Secret({ size: 20 }).base32]
	);
	const secret = await unconfirmedSecret(db, userId);
	if (!secret) throw new Error('a confirmed second factor is replaced only after it is removed');
	return { secret: secret.replace(/(.{4})/g, '$1 ').trim(), link: totp(secret, email).toString() };
}

export type CodeOutcome = { ok: true } | { ok: false; reason: 'wrong-code' | 'wait'; wait: number };

/**
 * Confirms the secret being set up with a first code from the app, and gives the recovery codes,
 * shown once. Counted like every second step, so a first code cannot be guessed either.
 */
export async function confirmSetup(
	db: Database,
	userId: string,
	code: string,
	now: Date
): Promise<(CodeOutcome & { ok: false }) | { ok: true; recoveryCodes: string[] }> {
	let recoveryCodes: string[] = [];
	const checked = await throttled(db, userId, now, async () => {
		const secret = await unconfirmedSecret(db, userId);
		const step = secret ? matchingStep(secret, code, now) : null;
		if (step === null) return false;
		// confirmed with its recovery codes, or not at all
		recoveryCodes = await db.transaction(async (tx) => {
			await tx.query(
				'update second_factors set confirmed_at = $2, last_step = $3 where user_id = $1',
				[userId, now, step]
			);
			await auditOwn(tx, userId, 'second-factor.set-up');
			return replaceRecoveryCodes(tx, userId);
		});
		return true;
	});
	return checked.ok ? { ok: true, recoveryCodes } : checked;
}

/** The second step: a code from the app, never one used before, or an unused recovery code. */
export async function checkSecondStep(
	db: Queryable,
	userId: string,
	code: string,
	now: Date
): Promise<CodeOutcome> {
	return throttled(db, userId, now, async () => {
		const typed = code.replace(/[\s-]/g, '').toLowerCase();
		if (/^\d{6}$/.test(typed)) return useAppCode(db, userId, typed, now);
		const used = await db.query(
			`update recovery_codes set used_at = $3
			 where code_hash = $1 and user_id = $2 and used_at is null returning 1`,
			[tokenHash(typed), userId, now]
		);
		return used.length > 0;
	});
}

async function useAppCode(db: Queryable, userId: string, code: string, now: Date) {
	const [row] = await db.query<{ secret: string; last_step: string }>(
		'select secret, last_step from second_factors where user_id = $1 and confirmed_at is not null',
		[userId]
	);
	const step = row ? matchingStep(row.secret, code, now) : null;
	if (step === null || step <= Number(row!.last_step)) return false;
	// the step is taken only if no other sign-in took it first
	const taken = await db.query(
		'update second_factors set last_step = $2 where user_id = $1 and last_step < $2 returning 1',
		[userId, step]
	);
	return taken.length > 0;
}

/** The time step a code belongs to, within the window, or null. */
function matchingStep(secret: string, code: string, now: Date): number | null {
	const typed = code.replace(/\s/g, '');
	if (!/^\d{6}$/.test(typed)) return null;
	const delta = totp(secret).validate({ token: typed, timestamp: now.getTime(), window: WINDOW });
	return delta === null ? null : Math.floor(now.getTime() / 1000 / CODE.period) + delta;
}

async function throttled(
	db: Queryable,
	userId: string,
	now: Date,
	attempt: () => Promise<boolean>
): Promise<CodeOutcome> {
	const wait = await secondsToWait(db, SECOND_STEP_RULE, userId, now);
	if (wait > 0) return { ok: false, reason: 'wait', wait };
	if (await attempt()) {
		await forgetTries(db, SECOND_STEP_RULE, userId);
		return { ok: true };
	}
	await countTry(db, SECOND_STEP_RULE, userId, now);
	return {
		ok: false,
		reason: 'wrong-code',
		wait: await secondsToWait(db, SECOND_STEP_RULE, userId, now)
	};
}

/** Ten new recovery codes, each good once; the earlier ones stop working. Only hashes are kept. */
async function replaceRecoveryCodes(tx: Queryable, userId: string): Promise<string[]> {
	const codes = Array.from({ length: RECOVERY_CODES }, () => recoveryCode());
	await tx.query('delete from recovery_codes where user_id = $1', [userId]);
	await tx.query('insert into recovery_codes (code_hash, user_id) select unnest($1::text[]), $2', [
		codes.map((code) => tokenHash(code.replace('-', ''))),
		userId
	]);
	return codes;
}

/** New recovery codes, with a code of the second step as proof the owner is at the keyboard. */
export async function renewRecoveryCodes(
	db: Database,
	actor: Actor,
	code: string,
	now: Date
): Promise<(CodeOutcome & { ok: false }) | { ok: true; recoveryCodes: string[] }> {
	const checked = await checkSecondStep(db, actor.userId, code, now);
	if (!checked.ok) return checked;
	return {
		ok: true,
		recoveryCodes: await db.transaction((tx) => replaceRecoveryCodes(tx, actor.userId))
	};
}

/** Ten letters and digits, as "abcde-fghjk": about 49 bits, more than guessing ever reaches. */
function recoveryCode(): string {
	const pick = () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
	const chars = Array.from({ length: 10 }, pick).join('');
	return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

async function unusedRecoveryCodes(db: Queryable, userId: string): Promise<number> {
	const [row] = await db.query<{ n: number }>(
		'select count(*)::int as n from recovery_codes where user_id = $1 and used_at is null',
		[userId]
	);
	return row?.n ?? 0;
}

/** Takes the second step away: the account signs in with its password alone until set up again. */
async function removeSecondFactor(db: Queryable, userId: string): Promise<void> {
	await db.query('delete from second_factors where user_id = $1', [userId]);
	await db.query('delete from recovery_codes where user_id = $1', [userId]);
}

/**
 * The account's owner switches the second step off, with a code of it as proof that it is the
 * owner at the keyboard; refused where the organisation requires it.
 */
export async function switchOffSecondFactor(
	db: Database,
	actor: Actor,
	code: string,
	now: Date
): Promise<CodeOutcome | { ok: false; reason: 'required'; wait: 0 }> {
	if ((await secondFactorStatus(db, actor)).required)
		return { ok: false, reason: 'required', wait: 0 };
	const checked = await checkSecondStep(db, actor.userId, code, now);
	if (!checked.ok) return checked;
	await db.transaction(async (tx) => {
		await removeSecondFactor(tx, actor.userId);
		await auditOwn(tx, actor.userId, 'second-factor.removed');
	});
	return checked;
}

async function auditOwn(db: Queryable, userId: string, action: AuditAction, by = userId) {
	const [row] = await db.query<{ organisation_id: string; email: string }>(
		'select organisation_id, email from users where id = $1',
		[userId]
	);
	if (row)
		await recordAudit(db, row.organisation_id, by, {
			action,
			subjectType: 'user',
			subjectId: userId,
			detail: { email: row.email }
		});
}

export interface SecondFactorStatus {
	/** Set up and confirmed: every sign-in asks for a code. */
	active: boolean;
	/** The organisation requires it of this account's roles: it cannot be switched off. */
	required: boolean;
	/** The organisation's setting, whatever this account's roles. */
	organisationRequires: boolean;
}

async function standing(db: Queryable, actor: Actor): Promise<SecondFactorStatus> {
	const [row] = await db.query<{ active: boolean; organisationRequires: boolean }>(
		`select exists (select 1 from second_factors f
		                where f.user_id = $1 and f.confirmed_at is not null) as active,
		        o.second_factor_required as "organisationRequires"
		 from organisations o where o.id = $2`,
		[actor.userId, actor.organisationId]
	);
	const organisationRequires = row?.organisationRequires ?? false;
	return {
		active: row?.active ?? false,
		required: organisationRequires && bound(actor.roles),
		organisationRequires
	};
}

/** A member the organisation requires it of who is signed in without it: sent to set it up. */
export async function mustSetUpSecondFactor(db: Queryable, actor: Actor): Promise<boolean> {
	if (!bound(actor.roles)) return false;
	const { required, active } = await standing(db, actor);
	return required && !active;
}

export async function secondFactorStatus(
	db: Queryable,
	actor: Actor
): Promise<SecondFactorStatus & { recoveryCodesLeft: number }> {
	return {
		...(await standing(db, actor)),
		recoveryCodesLeft: await unusedRecoveryCodes(db, actor.userId)
	};
}

/**
 * An administrator requires the second step of everyone with a bound role, or stops doing so.
 * Required from now on, the bound members without it are signed out (the administrator making
 * the change excepted) and set it up at their next sign-in.
 */
export async function setSecondFactorRequired(
	db: Database,
	actor: Actor,
	required: boolean
): Promise<{ signedOut: number }> {
	require(actor, 'users');
	const ended = await db.transaction(async (tx) => {
		await tx.query('update organisations set second_factor_required = $2 where id = $1', [
			actor.organisationId,
			required
		]);
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'second-factor.required',
			subjectType: 'organisation',
			subjectId: actor.organisationId,
			detail: { required }
		});
		if (!required) return [];
		return tx.query<{ token_hash: string }>(
			`select s.token_hash from sessions s join users u on u.id = s.user_id
			 where u.organisation_id = $1 and u.id <> $2 and u.roles && $3::text[]
			   and not exists (select 1 from second_factors f
			                   where f.user_id = u.id and f.confirmed_at is not null)`,
			[actor.organisationId, actor.userId, BOUND_ROLES]
		);
	});
	for (const session of ended) await endSessionByHash(db, session.token_hash);
	return { signedOut: ended.length };
}

/**
 * An administrator takes a member's second step away when the phone and the recovery codes are
 * both lost; where it is required, the member sets it up anew at the next sign-in.
 */
export async function resetMemberSecondFactor(
	db: Database,
	actor: Actor,
	userId: string
): Promise<boolean> {
	require(actor, 'users');
	return db.transaction(async (tx) => {
		const member = await tx.query('select 1 from users where id = $1 and organisation_id = $2', [
			userId,
			actor.organisationId
		]);
		if (member.length === 0) return false;
		await removeSecondFactor(tx, userId);
		await auditOwn(tx, userId, 'second-factor.removed', actor.userId);
		return true;
	});
}
