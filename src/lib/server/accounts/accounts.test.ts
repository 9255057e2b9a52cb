import { describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { freshWorld, NOW, PASSWORD } from '$test/world';
import {
	acceptInvitation,
	invite,
	INVITATION_RULE,
	openInvitation,
	registerOrganisation,
	REGISTRATION_RULE
} from './organisations';
import { endSession, sessionActor, SESSION_HOURS } from './sessions';
import { SIGN_IN_RULES, signIn } from './sign-in';

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe.each(ENGINES)('accounts on %s', (engine) => {
	const given = freshWorld(engine);

	it('registers an organisation whose first user administers it', async () => {
		const outcome = await registerOrganisation(
			given.db,
			{
				organisationName: 'Buurtteam Oost',
				kind: 'provider',
				displayName: 'Sam',
				email: 'sam@oost.example',
				password: PASSWORD
			},
			'10.0.0.1',
			NOW
		);
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

	const register = (name: string, email: string, address: string, at = NOW) =>
		registerOrganisation(
			given.db,
			{ organisationName: name, kind: 'funder', displayName: 'X', email, password: PASSWORD },
			address,
			at
		);
	const organisationsNamed = async (name: string) =>
		(await given.db.query('select 1 from organisations where name = $1', [name])).length;

	it('answers a registration for an address that has an account as for a new one, and makes nothing', async () => {
		const taken = await register('Dubbel', given.w.a.worker.email, '10.0.5.1');
		const fresh = await register('Nieuw', 'nieuw@nieuw.example', '10.0.5.2');
		expect(taken).toEqual({ ok: true });
		expect(fresh).toEqual(taken);
		expect(await organisationsNamed('Dubbel')).toBe(0);
		expect(await organisationsNamed('Nieuw')).toBe(1);
		// the account that was there keeps its password
		const owner = await signIn(
			given.db,
			{ email: given.w.a.worker.email, password: PASSWORD, address: '10.0.5.1' },
			NOW
		);
		expect(owner.ok).toBe(true);
	});

	it('refuses a second organisation of the same name, whatever its case and spaces, naming the field', async () => {
		const again = await register(' gemeente f ', 'f2@f2.example', '10.0.6.1');
		expect(again).toMatchObject({ ok: false, problems: [{ field: 'organisationName' }] });
		if (!again.ok) expect(again.problems[0]!.message.nl).toMatch(/^Naam van de organisatie: /);
		expect(await given.db.query(`select 1 from users where email = 'f2@f2.example'`)).toEqual([]);
	});

	it('slows registrations from one address after five an hour, and no other address', async () => {
		for (let i = 0; i < REGISTRATION_RULE.free; i++)
			await register(`Veel ${i}`, `veel${i}@veel.example`, '10.0.7.1');
		const sixth = await register('Veel 5', 'veel5@veel.example', '10.0.7.1');
		expect(sixth).toMatchObject({ ok: false, wait: 60 });
		if (!sixth.ok) expect(sixth.problems[0]!.message.nl).toMatch(/Wacht nog 1 minuut/);
		expect(await organisationsNamed('Veel 5')).toBe(0);
		expect((await register('Elders', 'elders@elders.example', '10.0.7.2')).ok).toBe(true);
		const later = await register(
			'Veel 5',
			'veel5@veel.example',
			'10.0.7.1',
			new Date(NOW.getTime() + 61_000)
		);
		expect(later.ok).toBe(true);
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
		expect(wrong).toEqual({ ok: false, reason: 'wrong-credentials', wait: 0 });
		expect(unknown).toEqual(wrong);
	});

	const seconds = (s: number) => new Date(NOW.getTime() + s * 1000);

	/** Guesses wrong passwords from one address, each as soon as its wait allows. */
	async function guess(email: string, address: string, tries: number, from = 0) {
		let at = from;
		const waits: number[] = [];
		for (let i = 0; i < tries; i++) {
			const outcome = await signIn(
				given.db,
				{ email, password: `guess-${i}`, address },
				seconds(at)
			);
			if (outcome.ok) throw new Error('a guess got in');
			waits.push(outcome.wait);
			at += outcome.wait;
		}
		return { waits, until: at };
	}

	it('slows guessing at an account from one address with waits that double', async () => {
		const email = given.w.b.worker.email;
		const { waits } = await guess(email, '10.1.0.1', 12);
		expect(waits).toEqual([0, 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256]);
		const early = await signIn(
			given.db,
			{ email, password: PASSWORD, address: '10.1.0.1' },
			seconds(waits.reduce((a, b) => a + b) - 1)
		);
		expect(early).toMatchObject({ ok: false, reason: 'wait' });
	});

	it('never holds up the real user on a browser they signed in from, however long someone guesses', async () => {
		const email = given.w.a.worker.email;
		const before = await signIn(given.db, { email, password: PASSWORD, address: '10.20.0.1' }, NOW);
		if (!before.ok) throw new Error(before.reason);
		const { until } = await guess(email, '203.0.113.66', 40);
		const owner = await signIn(
			given.db,
			{ email, password: PASSWORD, address: '10.20.0.1', device: before.device },
			seconds(until)
		);
		expect(owner).toMatchObject({ ok: true, device: before.device });
	});

	it('slows guesses at one account spread over many addresses, but not its owner’s own browser', async () => {
		const email = given.w.g.viewer.email;
		const before = await signIn(given.db, { email, password: PASSWORD, address: '10.30.0.1' }, NOW);
		if (!before.ok) throw new Error(before.reason);
		let at = 0;
		const waits: number[] = [];
		for (let i = 0; i < SIGN_IN_RULES.account.free + 3; i++) {
			const outcome = await signIn(
				given.db,
				{ email, password: `spread-${i}`, address: `198.51.100.${i + 1}` },
				seconds(at)
			);
			if (outcome.ok) throw new Error('a guess got in');
			waits.push(outcome.wait);
			at += outcome.wait;
		}
		// one try per address: only the account's own count slows them, and it does
		expect(waits.slice(0, SIGN_IN_RULES.account.free - 1).every((w) => w === 0)).toBe(true);
		expect(waits.slice(SIGN_IN_RULES.account.free - 1)).toEqual([2, 4, 8, 16]);
		const fresh = await signIn(
			given.db,
			{ email, password: PASSWORD, address: '198.51.100.200' },
			seconds(at - 1)
		);
		expect(fresh).toEqual({ ok: false, reason: 'wait', wait: 1 });
		const owner = await signIn(
			given.db,
			{ email, password: PASSWORD, address: '10.30.0.1', device: before.device },
			seconds(at - 1)
		);
		expect(owner.ok).toBe(true);
		// a device cookie of another account counts for nothing here
		const borrowed = await signIn(
			given.db,
			{ email: given.w.a.admin.email, password: PASSWORD, address: '10.30.0.2' },
			NOW
		);
		if (!borrowed.ok) throw new Error(borrowed.reason);
		const stranger = await signIn(
			given.db,
			{ email, password: PASSWORD, address: '198.51.100.201', device: borrowed.device },
			seconds(at - 1)
		);
		expect(stranger).toMatchObject({ ok: false, reason: 'wait' });
	});

	it('keeps the wait for the right password too, but it is a wait of seconds, not a lock', async () => {
		const email = given.w.b.analyst.email;
		const { waits, until } = await guess(email, '10.1.0.2', 6);
		expect(waits.at(-1)).toBe(4);
		const inWait = await signIn(
			given.db,
			{ email, password: PASSWORD, address: '10.1.0.2' },
			seconds(until - 1)
		);
		expect(inWait).toEqual({ ok: false, reason: 'wait', wait: 1 });
		const afterWait = await signIn(
			given.db,
			{ email, password: PASSWORD, address: '10.1.0.2' },
			seconds(until)
		);
		expect(afterWait.ok).toBe(true);
		// the success forgets the failures: the next mistake costs nothing
		const slip = await signIn(
			given.db,
			{ email, password: 'typo', address: '10.1.0.2' },
			seconds(until + 1)
		);
		expect(slip).toEqual({ ok: false, reason: 'wrong-credentials', wait: 0 });
	});

	it('slows an address that tries many accounts, and no other address', async () => {
		let at = 0;
		for (let i = 0; i < SIGN_IN_RULES.address.free; i++) {
			const outcome = await signIn(
				given.db,
				{ email: `guess${i}@x.example`, password: 'x', address: '10.9.9.9' },
				seconds(at)
			);
			if (outcome.ok) throw new Error('a guess got in');
			at += outcome.wait;
		}
		const sprayer = await signIn(
			given.db,
			{ email: given.w.a.admin.email, password: PASSWORD, address: '10.9.9.9' },
			seconds(at - 1)
		);
		expect(sprayer).toEqual({ ok: false, reason: 'wait', wait: 1 });
		const elsewhere = await signIn(
			given.db,
			{ email: given.w.a.admin.email, password: PASSWORD, address: '10.9.9.8' },
			seconds(at - 1)
		);
		expect(elsewhere.ok).toBe(true);
	});

	it('forgets failures an hour old', async () => {
		const email = given.w.f.admin.email;
		await guess(email, '10.1.0.3', 8);
		const later = await signIn(
			given.db,
			{ email, password: PASSWORD, address: '10.1.0.3' },
			seconds(SIGN_IN_RULES.accountAtAddress.windowMinutes * 60 + 600)
		);
		expect(later.ok).toBe(true);
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
		await acceptInvitation(
			given.db,
			open!,
			{ displayName: 'Nieuw', password: PASSWORD },
			later(60)
		);
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

	it('makes an invitation for an address that has an account as for any other, and joins nobody by it', async () => {
		const invited = await invite(
			given.db,
			given.w.a.admin,
			{ email: given.w.b.worker.email, role: 'analyst' },
			NOW
		);
		if (!invited.ok) throw new Error('invite refused');
		const open = await openInvitation(given.db, invited.token, NOW);
		await acceptInvitation(
			given.db,
			open!,
			{ displayName: 'Overname', password: 'another password 1' },
			NOW
		);
		expect(await openInvitation(given.db, invited.token, NOW)).toBeNull();
		const [user] = await given.db.query<{ organisation_id: string; display_name: string }>(
			'select organisation_id, display_name from users where email = $1',
			[given.w.b.worker.email]
		);
		expect(user).toEqual({ organisation_id: given.w.ids.b, display_name: 'worker' });
		const withNewPassword = await signIn(
			given.db,
			{ email: given.w.b.worker.email, password: 'another password 1', address: '10.4.0.1' },
			NOW
		);
		expect(withNewPassword.ok).toBe(false);
	});

	it('slows an organisation that makes many invitations an hour', async () => {
		for (let i = 0; i < INVITATION_RULE.free; i++) {
			const made = await invite(
				given.db,
				given.w.f.admin,
				{ email: `gast${i}@f.example`, role: 'funder-viewer' },
				later(120)
			);
			expect(made.ok).toBe(true);
		}
		const one = await invite(
			given.db,
			given.w.f.admin,
			{ email: 'gast-extra@f.example', role: 'funder-viewer' },
			later(120)
		);
		expect(one).toMatchObject({ ok: false, wait: 30 });
	});
});
