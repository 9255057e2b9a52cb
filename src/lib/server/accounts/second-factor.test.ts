import { Secret } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { freshWorld, NOW, PASSWORD } from '$test/world';
import {
	checkSecondStep,
	codeAt,
	confirmSetup,
	mustSetUpSecondFactor,
	resetMemberSecondFactor,
	secretToSetUp,
	secondStepFor,
	setSecondFactorRequired,
	switchOffSecondFactor
} from './second-factor';
import type { Database } from '../db/database';
import type { Actor, Role } from '../platform/access';
import { recentActor } from './seen-sessions';
import { actorById, startSession } from './sessions';
import { completeSignIn, pendingSignIn, signIn } from './sign-in';

/** RFC 6238, appendix B: the SHA-1 seed and its eight-digit codes; an app shows the last six. */
const RFC_SEED = Secret.fromLatin1('12345678901234567890').base32;
const RFC_VECTORS: [seconds: number, code: string][] = [
	[59, '94287082'],
	[1111111109, '07081804'],
	[1111111111, '14050471'],
	[1234567890, '89005924'],
	[2000000000, '69279037'],
	[20000000000, '65353130']
];

describe('codes from an authenticator app', () => {
	it.each(RFC_VECTORS)("at %i s is the RFC 6238 test vector's code, %s", (seconds, code) => {
		expect(codeAt(RFC_SEED, new Date(seconds * 1000))).toBe(code.slice(-6));
	});
});

async function newMember(db: Database, organisationId: string, email: string, roles: Role[]) {
	const [user] = await db.query<{ id: string }>(
		`insert into users (organisation_id, email, display_name, password_hash, roles)
		 values ($1, $2, 'Beheerder B', 'none', $3) returning id`,
		[organisationId, email, roles]
	);
	return (await actorById(db, user!.id)) as Actor;
}

const seconds = (s: number) => new Date(NOW.getTime() + s * 1000);
const secretOf = (setup: { secret: string }) => setup.secret.replace(/ /g, '');

describe.each(ENGINES)('the second step at sign-in, on %s', (engine) => {
	const given = freshWorld(engine);
	const address = '10.9.0.1';

	it('is asked once an account has confirmed it, and a code is good once', async () => {
		const { analyst } = given.w.a;
		expect(await secondStepFor(given.db, analyst.userId)).toBe('none');
		const setup = await secretToSetUp(given.db, analyst.userId, analyst.email);
		expect(setup.link).toMatch(/^otpauth:\/\/totp\/Effectwijzer:.*secret=/);
		const secret = secretOf(setup);
		// an unconfirmed secret asks nothing yet: a phone that never scanned it cannot lock anyone out
		expect(await secondStepFor(given.db, analyst.userId)).toBe('none');
		const wrong = await confirmSetup(given.db, analyst.userId, '000000', NOW);
		expect(wrong).toMatchObject({ ok: false, reason: 'wrong-code' });
		const confirmed = await confirmSetup(given.db, analyst.userId, codeAt(secret, NOW), NOW);
		if (!confirmed.ok) throw new Error(confirmed.reason);
		expect(confirmed.recoveryCodes).toHaveLength(10);
		expect(new Set(confirmed.recoveryCodes).size).toBe(10);

		const outcome = await signIn(
			given.db,
			{ email: analyst.email, password: PASSWORD, address },
			NOW
		);
		expect(outcome).toMatchObject({ ok: false, reason: 'second-step', step: 'code' });
		if (outcome.ok || outcome.reason !== 'second-step') throw new Error('no second step');
		// the password alone gives no session
		expect(await recentActor(given.db, outcome.pending, NOW)).toBeNull();
		const pending = await pendingSignIn(given.db, outcome.pending, NOW);
		expect(pending).toMatchObject({ userId: analyst.userId, step: 'code' });
		expect(await pendingSignIn(given.db, outcome.pending, seconds(11 * 60))).toBeNull();

		// the code that confirmed the setup was used: not again, not even 20 s later in its window
		expect(
			await checkSecondStep(given.db, analyst.userId, codeAt(secret, NOW), seconds(20))
		).toMatchObject({ ok: false });
		const next = codeAt(secret, seconds(30));
		expect(await checkSecondStep(given.db, analyst.userId, next, seconds(30))).toEqual({
			ok: true
		});
		expect(await checkSecondStep(given.db, analyst.userId, next, seconds(31))).toMatchObject({
			ok: false,
			reason: 'wrong-code'
		});
		// one step either side of a phone's clock is taken
		expect(
			await checkSecondStep(given.db, analyst.userId, codeAt(secret, seconds(90)), seconds(60))
		).toEqual({ ok: true });

		// a recovery code works once, typed with or without its dash and in capitals
		const [first] = confirmed.recoveryCodes;
		expect(
			await checkSecondStep(given.db, analyst.userId, first!.toUpperCase(), seconds(120))
		).toEqual({ ok: true });
		expect(
			await checkSecondStep(given.db, analyst.userId, first!.replace('-', ''), seconds(121))
		).toMatchObject({ ok: false });

		const session = await completeSignIn(given.db, analyst.userId, undefined, seconds(122));
		expect(await recentActor(given.db, session.token, seconds(122))).toMatchObject({
			userId: analyst.userId
		});
	});

	it('slows down guessing at codes, and the right code still goes in once the wait is over', async () => {
		const { admin } = given.w.a;
		const secret = secretOf(await secretToSetUp(given.db, admin.userId, admin.email));
		const confirmed = await confirmSetup(given.db, admin.userId, codeAt(secret, NOW), NOW);
		expect(confirmed.ok).toBe(true);
		const guesses = [];
		for (let i = 0; i < 6; i++)
			guesses.push(await checkSecondStep(given.db, admin.userId, '123456', seconds(100)));
		expect(guesses.slice(0, 5).every((g) => !g.ok && g.reason === 'wrong-code')).toBe(true);
		// the sixth waits, and is not even checked
		expect(guesses[5]).toMatchObject({ ok: false, reason: 'wait' });
		const early = await checkSecondStep(
			given.db,
			admin.userId,
			codeAt(secret, seconds(101)),
			seconds(101)
		);
		expect(early).toMatchObject({ ok: false, reason: 'wait' });
		const later = seconds(106 + 60);
		expect(await checkSecondStep(given.db, admin.userId, codeAt(secret, later), later)).toEqual({
			ok: true
		});
	});

	it("an organisation's requirement binds analysts, administrators and funders, not social workers", async () => {
		const { b } = given.w;
		const sessions = {
			worker: await startSession(given.db, b.worker.userId, NOW),
			analyst: await startSession(given.db, b.analyst.userId, NOW)
		};
		expect(await secondStepFor(given.db, b.analyst.userId)).toBe('none');
		const admin = await newMember(given.db, given.w.ids.b, 'admin@b.example', ['admin']);
		const adminSession = await startSession(given.db, admin.userId, NOW);
		expect(await setSecondFactorRequired(given.db, admin, true)).toEqual({ signedOut: 1 });
		// the administrator who made the change stays signed in, and is sent to set it up
		expect(await recentActor(given.db, adminSession, NOW)).not.toBeNull();
		expect(await mustSetUpSecondFactor(given.db, admin)).toBe(true);
		expect(await secondStepFor(given.db, b.analyst.userId)).toBe('setup');
		expect(await secondStepFor(given.db, b.worker.userId)).toBe('none');
		// the analyst's session without it has ended; the social worker's stays
		expect(await recentActor(given.db, sessions.analyst, NOW)).toBeNull();
		expect(await recentActor(given.db, sessions.worker, NOW)).not.toBeNull();
		const analyst = { ...b.analyst };
		expect(await mustSetUpSecondFactor(given.db, analyst)).toBe(true);

		const secret = secretOf(await secretToSetUp(given.db, analyst.userId, analyst.email));
		await confirmSetup(given.db, analyst.userId, codeAt(secret, NOW), NOW);
		expect(await mustSetUpSecondFactor(given.db, analyst)).toBe(false);
		// required: the owner cannot switch it off, even with a good code
		expect(
			await switchOffSecondFactor(given.db, analyst, codeAt(secret, seconds(30)), seconds(30))
		).toMatchObject({ ok: false, reason: 'required' });
		// an administrator of another organisation cannot reset it; one of its own can
		expect(await resetMemberSecondFactor(given.db, given.w.a.admin, analyst.userId)).toBe(false);
		expect(await secondStepFor(given.db, analyst.userId)).toBe('code');
		expect(await resetMemberSecondFactor(given.db, admin, analyst.userId)).toBe(true);
		expect(await secondStepFor(given.db, analyst.userId)).toBe('setup');
		const audit = await given.db.query<{ action: string }>(
			'select action from audit_log where organisation_id = $1 order by at',
			[given.w.ids.b]
		);
		expect(audit.map((row) => row.action)).toEqual(
			expect.arrayContaining([
				'second-factor.required',
				'second-factor.set-up',
				'second-factor.removed'
			])
		);
	});

	it('the owner switches it off with a code where it is not required', async () => {
		const { viewer } = given.w.g;
		const secret = secretOf(await secretToSetUp(given.db, viewer.userId, viewer.email));
		await confirmSetup(given.db, viewer.userId, codeAt(secret, NOW), NOW);
		expect(await switchOffSecondFactor(given.db, viewer, '999999', seconds(30))).toMatchObject({
			ok: false,
			reason: 'wrong-code'
		});
		expect(
			await switchOffSecondFactor(given.db, viewer, codeAt(secret, seconds(60)), seconds(60))
		).toEqual({ ok: true });
		expect(await secondStepFor(given.db, viewer.userId)).toBe('none');
	});
});
