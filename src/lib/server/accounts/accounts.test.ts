import { describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { freshWorld, NOW, PASSWORD } from '$test/world';
import { acceptInvitation, invite, openInvitation, registerOrganisation } from './organisations';
import { endSession, sessionActor, SESSION_HOURS } from './sessions';
import { MAX_FAILURES, signIn, SIGN_IN_WINDOW_MINUTES } from './sign-in';

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe.each(ENGINES)('accounts on %s', (engine) => {
	const given = freshWorld(engine);

	it('registers an organisation whose first user administers it', async () => {
		const outcome = await registerOrganisation(given.db, {
			organisationName: 'Buurtteam Oost',
			kind: 'provider',
			displayName: 'Sam',
			email: 'sam@oost.example',
			password: PASSWORD
		});
		expect(outcome.ok).toBe(true);
		const signedIn = await signIn(
			given.db,
			{ email: 'SAM@oost.example ', password: PASSWORD, address: '10.0.0.1' },
			NOW
		);
		if (!signedIn.ok) throw new Error(signedIn.reason);
		const actor = await sessionActor(given.db, signedIn.token, NOW);
		expect(actor).toMatchObject({
			organisationName: 'Buurtteam Oost',
			roles: ['admin', 'analyst']
		});
		const [stored] = await given.db.query<{ password_hash: string }>(
			'select password_hash from users where email = $1',
			['sam@oost.example']
		);
		expect(stored!.password_hash).toMatch(/^\$argon2id\$/);
	});

	it('refuses a second account for the same address, naming the field', async () => {
		const outcome = await registerOrganisation(given.db, {
			organisationName: 'Dubbel',
			kind: 'funder',
			displayName: 'X',
			email: given.w.a.worker.email,
			password: PASSWORD
		});
		expect(outcome).toMatchObject({ ok: false, problems: [{ field: 'email' }] });
		expect(await given.db.query(`select 1 from organisations where name = 'Dubbel'`)).toEqual([]);
	});

	it('answers a wrong password and an unknown address alike', async () => {
		const wrong = await signIn(
			given.db,
			{ email: given.w.a.analyst.email, password: 'nope', address: '10.0.0.2' },
			NOW
		);
		const unknown = await signIn(
			given.db,
			{ email: 'nobody@x.example', password: 'nope', address: '10.0.0.2' },
			NOW
		);
		expect(wrong).toEqual({ ok: false, reason: 'wrong-credentials' });
		expect(unknown).toEqual(wrong);
	});

	it('limits failed attempts per account, and a success afterwards clears the count', async () => {
		const email = given.w.b.worker.email;
		for (let i = 0; i < MAX_FAILURES.account; i++)
			await signIn(given.db, { email, password: 'wrong', address: `10.1.0.${i}` }, NOW);
		const blocked = await signIn(
			given.db,
			{ email, password: PASSWORD, address: '10.1.1.1' },
			later(1)
		);
		expect(blocked).toEqual({ ok: false, reason: 'rate-limited' });
		const afterWindow = await signIn(
			given.db,
			{ email, password: PASSWORD, address: '10.1.1.1' },
			later(SIGN_IN_WINDOW_MINUTES + 1)
		);
		expect(afterWindow.ok).toBe(true);
	});

	it('limits failed attempts per address, whatever the accounts tried', async () => {
		for (let i = 0; i < MAX_FAILURES.address; i++)
			await signIn(
				given.db,
				{ email: `guess${i}@x.example`, password: 'x', address: '10.9.9.9' },
				NOW
			);
		const blocked = await signIn(
			given.db,
			{ email: given.w.a.admin.email, password: PASSWORD, address: '10.9.9.9' },
			NOW
		);
		expect(blocked).toEqual({ ok: false, reason: 'rate-limited' });
		const elsewhere = await signIn(
			given.db,
			{ email: given.w.a.admin.email, password: PASSWORD, address: '10.9.9.8' },
			NOW
		);
		expect(elsewhere.ok).toBe(true);
	});

	it('ends a session on sign-out and when it expires', async () => {
		const signedIn = await signIn(
			given.db,
			{ email: given.w.f.viewer.email, password: PASSWORD, address: '10.2.0.1' },
			NOW
		);
		if (!signedIn.ok) throw new Error(signedIn.reason);
		expect(
			await sessionActor(given.db, signedIn.token, later(SESSION_HOURS * 60 - 1))
		).not.toBeNull();
		expect(await sessionActor(given.db, signedIn.token, later(SESSION_HOURS * 60 + 1))).toBeNull();
		await endSession(given.db, signedIn.token);
		expect(await sessionActor(given.db, signedIn.token, NOW)).toBeNull();
		expect(await sessionActor(given.db, 'made-up', NOW)).toBeNull();
	});

	it('lets an administrator invite by a link that works once and expires', async () => {
		const invited = await invite(
			given.db,
			given.w.a.admin,
			{ email: 'new@a.example', role: 'social-worker' },
			NOW
		);
		if (!invited.ok) throw new Error('invite refused');
		expect(await openInvitation(given.db, invited.token, later(7 * 24 * 60 + 1))).toBeNull();
		const open = await openInvitation(given.db, invited.token, later(60));
		expect(open).toMatchObject({
			email: 'new@a.example',
			role: 'social-worker',
			organisationName: 'Welzijn A'
		});
		expect(
			(
				await acceptInvitation(
					given.db,
					open!,
					{ displayName: 'Nieuw', password: PASSWORD },
					later(60)
				)
			).ok
		).toBe(true);
		expect(await openInvitation(given.db, invited.token, later(61))).toBeNull();
		const joined = await signIn(
			given.db,
			{ email: 'new@a.example', password: PASSWORD, address: '10.3.0.1' },
			later(62)
		);
		if (!joined.ok) throw new Error(joined.reason);
		expect(await sessionActor(given.db, joined.token, later(62))).toMatchObject({
			organisationId: given.w.ids.a,
			roles: ['social-worker']
		});
	});

	it('lets only administrators invite, and only to roles of their kind of organisation', async () => {
		await expect(
			invite(given.db, given.w.a.analyst, { email: 'x@a.example', role: 'analyst' }, NOW)
		).rejects.toThrow(/users/);
		const wrongKind = await invite(
			given.db,
			given.w.f.admin,
			{ email: 'y@f.example', role: 'social-worker' },
			NOW
		);
		expect(wrongKind).toMatchObject({ ok: false, problems: [{ field: 'role' }] });
	});
});
