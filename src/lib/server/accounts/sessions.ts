import type { Actor, OrganisationKind, Role } from '../platform/access';
import { announce } from '../db/changes';
import type { Queryable } from '../db/database';
import { newToken, tokenHash } from './tokens';

export const SESSION_COOKIE = 'effectwijzer_session';
/** A working day and a bit: long enough for a session, short enough for a shared computer. */
export const SESSION_HOURS = 10;

export async function startSession(db: Queryable, userId: string, now: Date): Promise<string> {
	const { token, hash } = newToken();
	const expires = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
	await db.query('insert into sessions (token_hash, user_id, expires_at) values ($1, $2, $3)', [
		hash,
		userId,
		expires
	]);
	return token;
}

interface ActorRow {
	userId: string;
	organisationId: string;
	organisationKind: OrganisationKind;
	organisationName: string;
	email: string;
	displayName: string;
	roles: Role[];
}

const ACTOR_COLUMNS = `u.id as "userId", o.id as "organisationId", o.kind as "organisationKind",
	o.name as "organisationName", u.email, u.display_name as "displayName", u.roles`;

/** The signed-in user behind a session cookie, or null when it is unknown or has expired. */
export async function sessionActor(
	db: Queryable,
	token: string | undefined,
	now: Date
): Promise<Actor | null> {
	if (!token) return null;
	const [row] = await db.query<ActorRow>(
		`select ${ACTOR_COLUMNS}
		 from sessions s join users u on u.id = s.user_id join organisations o on o.id = u.organisation_id
		 where s.token_hash = $1 and s.expires_at > $2`,
		[tokenHash(token), now]
	);
	return row ?? null;
}

/** A user as an actor without a session: for seeding and for tools run on the server. */
export async function actorById(db: Queryable, userId: string): Promise<Actor | null> {
	const [row] = await db.query<ActorRow>(
		`select ${ACTOR_COLUMNS} from users u join organisations o on o.id = u.organisation_id where u.id = $1`,
		[userId]
	);
	return row ?? null;
}

export const endSession = (db: Queryable, token: string): Promise<void> =>
	endSessionByHash(db, tokenHash(token));

/** Ends a session known by its token's hash: what a sign-out the database missed keeps. */
export async function endSessionByHash(db: Queryable, hash: string): Promise<void> {
	await db.query('delete from sessions where token_hash = $1', [hash]);
	// every other process refuses the session from now on, not when its trust runs out
	await announce(db, { kind: 'session-ended', tokenHash: hash });
}
