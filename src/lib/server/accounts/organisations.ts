import * as z from 'zod';
import {
	FOUNDER_ROLES,
	ORGANISATION_KINDS,
	require,
	ROLES,
	type Actor,
	type OrganisationKind,
	type Role
} from '../platform/access';
import { recordAudit } from '../platform/audit';
import { brokeUnique, type Database, type Queryable } from '../db/database';
import { formatWait } from '../../format/dates';
import { countTry, secondsToWait, type ThrottleRule } from '../platform/throttle';
import { newShareCode } from './share-code';
import { bi, problem, type FieldProblem } from '../../i18n/form-messages';
import { MIN_PASSWORD_LENGTH } from '../../forms/password-length';
import { lineField } from '../platform/forms';
import { lookAlikeOf, showsNothing } from '../platform/look-alike';
import { hashPassword } from './passwords';
import { newToken, tokenHash } from './tokens';
import { REFUSALS } from '../../i18n/refusals';

export const emailSchema = z
	.string()
	.trim()
	.toLowerCase()
	// RFC 5321 lets a path hold at most 254 characters
	.max(
		254,
		bi(
			'is te lang voor een e-mailadres: hoogstens 254 tekens',
			'is too long for an e-mail address: at most 254 characters'
		)
	)
	.pipe(z.email(bi('is geen geldig e-mailadres', 'is not a valid e-mail address')));
export const passwordSchema = z
	.string()
	.min(
		MIN_PASSWORD_LENGTH,
		bi(
			`moet minstens ${MIN_PASSWORD_LENGTH} tekens hebben`,
			`needs at least ${MIN_PASSWORD_LENGTH} characters`
		)
	)
	.max(200, bi('mag hoogstens 200 tekens hebben', 'may have at most 200 characters'));
/** A name someone reads: one that shows nothing (zero-width characters alone) is no name. */
const displayName = lineField(100).refine(
	(name) => !showsNothing(name),
	bi(
		'bestaat alleen uit tekens die niets laten zien; typ een naam',
		'holds only characters that show nothing; type a name'
	)
);

export const registrationSchema = z.object({
	organisationName: displayName,
	kind: z.enum(ORGANISATION_KINDS, bi('kies aanbieder of financier', 'choose provider or funder')),
	displayName,
	email: emailSchema,
	password: passwordSchema
});

export const REGISTRATION_FIELDS = {
	organisationName: { nl: 'Naam van de organisatie', en: 'Name of the organisation' },
	kind: { nl: 'Soort organisatie', en: 'Kind of organisation' },
	displayName: { nl: 'Uw naam', en: 'Your name' },
	email: { nl: 'E-mailadres', en: 'E-mail address' },
	password: { nl: 'Wachtwoord', en: 'Password' },
	role: { nl: 'Rol', en: 'Role' }
};

async function emailInUse(db: Queryable, email: string): Promise<boolean> {
	return (await db.query('select 1 from users where email = $1', [email])).length > 0;
}

/** Registering is open to anyone, so it is slowed per address after a few tries an hour. */
export const REGISTRATION_RULE: ThrottleRule = {
	scope: 'registration:address',
	free: 5,
	windowMinutes: 60,
	firstWait: 60,
	longestWait: 60 * 60
};

const nameTaken = problem('organisationName', REFUSALS.organisationNameTaken);

export const waitProblem = (what: 'registration' | 'invitation', wait: number): FieldProblem => {
	const words = { nl: formatWait(wait, 'nl'), en: formatWait(wait, 'en') };
	return problem(
		'form',
		what === 'registration' ? REFUSALS.manyRegistrations(words) : REFUSALS.manyInvitations(words)
	);
};

export type Refusal = { ok: false; problems: FieldProblem[]; wait?: number };

/** A new organisation; a funder gets its share code at once. */
export async function insertOrganisation(
	db: Queryable,
	name: string,
	kind: OrganisationKind
): Promise<string> {
	const [row] = await db.query<{ id: string }>(
		'insert into organisations (name, kind, share_code) values ($1, $2, $3) returning id',
		[name, kind, kind === 'funder' ? newShareCode() : null]
	);
	return row!.id;
}

/** Whether an organisation of this name, or of one that looks like it, is already here. */
async function organisationNameTaken(db: Queryable, name: string): Promise<boolean> {
	const rows = await db.query<{ name: string }>('select name from organisations');
	return (
		lookAlikeOf(
			name,
			rows.map((row) => row.name)
		) !== undefined
	);
}

/**
 * A new organisation and its first user, who administers it. For an e-mail address that already
 * has an account nothing is made, and the answer is the same as for a new one, so the form tells
 * nobody which addresses have accounts: either way the next step is to sign in.
 */
export async function registerOrganisation(
	db: Database,
	input: z.output<typeof registrationSchema>,
	address: string,
	now: Date
): Promise<{ ok: true } | Refusal> {
	const wait = await secondsToWait(db, REGISTRATION_RULE, address, now);
	if (wait > 0) return { ok: false, wait, problems: [waitProblem('registration', wait)] };
	await countTry(db, REGISTRATION_RULE, address, now);
	if (await organisationNameTaken(db, input.organisationName))
		return { ok: false, problems: [nameTaken] };
	const passwordHash = await hashPassword(input.password);
	if (await emailInUse(db, input.email)) return { ok: true };
	try {
		await db.transaction(async (tx) => {
			const organisationId = await insertOrganisation(tx, input.organisationName, input.kind);
			const [user] = await tx.query<{ id: string }>(
				`insert into users (organisation_id, email, display_name, password_hash, roles)
				 values ($1, $2, $3, $4, $5) returning id`,
				[organisationId, input.email, input.displayName, passwordHash, FOUNDER_ROLES[input.kind]]
			);
			await recordAudit(tx, organisationId, user!.id, {
				action: 'organisation.created',
				subjectType: 'organisation',
				subjectId: organisationId,
				detail: { name: input.organisationName, kind: input.kind }
			});
		});
	} catch (failure) {
		// the same name or address registered a moment earlier, by someone else
		if (brokeUnique(failure, 'organisations_by_name')) return { ok: false, problems: [nameTaken] };
		if (brokeUnique(failure, 'users_email_key')) return { ok: true };
		throw failure;
	}
	return { ok: true };
}

export const INVITATION_DAYS = 7;

export const invitationSchema = z.object({
	email: emailSchema,
	role: z.enum(ROLES, bi('kies een rol', 'choose a role'))
});

/** An organisation's administrators may make many invitations, but not thousands an hour. */
export const INVITATION_RULE: ThrottleRule = {
	scope: 'invitation:organisation',
	free: 20,
	windowMinutes: 60,
	firstWait: 30,
	longestWait: 60 * 60
};

/**
 * An invitation link for an address, whether or not that address already has an account: the
 * answer tells the administrator nothing about other organisations' users. An address that has
 * one cannot join by it (acceptInvitation).
 */
export async function invite(
	db: Database,
	actor: Actor,
	input: z.output<typeof invitationSchema>,
	now: Date
): Promise<{ ok: true; token: string; expires: Date } | Refusal> {
	require(actor, 'users');
	const allowed =
		actor.organisationKind === 'provider'
			? ROLES.filter((r) => r !== 'funder-viewer')
			: ['funder-viewer', 'admin'];
	if (!allowed.includes(input.role))
		return {
			ok: false,
			problems: [problem('role', REFUSALS.roleDoesNotFit)]
		};
	const wait = await secondsToWait(db, INVITATION_RULE, actor.organisationId, now);
	if (wait > 0) return { ok: false, wait, problems: [waitProblem('invitation', wait)] };
	await countTry(db, INVITATION_RULE, actor.organisationId, now);
	const { token, hash } = newToken();
	const expires = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
	await db.transaction(async (tx) => {
		const [row] = await tx.query<{ id: string }>(
			`insert into invitations (organisation_id, email, role, token_hash, invited_by, expires_at)
			 values ($1, $2, $3, $4, $5, $6) returning id`,
			[actor.organisationId, input.email, input.role, hash, actor.userId, expires]
		);
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'user.invited',
			subjectType: 'invitation',
			subjectId: row!.id,
			detail: { email: input.email, role: input.role }
		});
	});
	return { ok: true, token, expires };
}

export interface OpenInvitation {
	id: string;
	organisationId: string;
	organisationName: string;
	email: string;
	role: Role;
}

/** The invitation behind a link, if it exists, is unused and has not expired. */
export async function openInvitation(
	db: Database,
	token: string,
	now: Date
): Promise<OpenInvitation | null> {
	const [row] = await db.query<OpenInvitation>(
		`select i.id, i.organisation_id as "organisationId", o.name as "organisationName", i.email, i.role
		 from invitations i join organisations o on o.id = i.organisation_id
		 where i.token_hash = $1 and i.accepted_at is null and i.expires_at > $2`,
		[tokenHash(token), now]
	);
	return row ?? null;
}

export const acceptanceSchema = z.object({ displayName, password: passwordSchema });

/**
 * Makes the invited account. The link is used up either way; for an address that already has an
 * account nothing else happens, and the answer is the same, so that the link's holder learns
 * nothing. Either way the next step is to sign in.
 */
export async function acceptInvitation(
	db: Database,
	invitation: OpenInvitation,
	input: z.output<typeof acceptanceSchema>,
	now: Date
): Promise<void> {
	const passwordHash = await hashPassword(input.password);
	await db.transaction(async (tx) => {
		const taken = await tx.query(
			'update invitations set accepted_at = $2 where id = $1 and accepted_at is null returning id',
			[invitation.id, now]
		);
		if (taken.length === 0) throw new Error('invitation used concurrently');
		if (await emailInUse(tx, invitation.email)) return;
		const [user] = await tx.query<{ id: string }>(
			`insert into users (organisation_id, email, display_name, password_hash, roles)
			 values ($1, $2, $3, $4, $5) returning id`,
			[
				invitation.organisationId,
				invitation.email,
				input.displayName,
				passwordHash,
				[invitation.role]
			]
		);
		await recordAudit(tx, invitation.organisationId, user!.id, {
			action: 'user.joined',
			subjectType: 'user',
			subjectId: user!.id,
			detail: { email: invitation.email, role: invitation.role }
		});
	});
}

export interface Member {
	id: string;
	email: string;
	displayName: string;
	roles: Role[];
	/** Signs in with a code from an app as well as the password. */
	secondFactor: boolean;
}

export async function members(db: Database, actor: Actor): Promise<Member[]> {
	require(actor, 'users');
	return db.query<Member>(
		`select u.id, u.email, u.display_name as "displayName", u.roles,
		        exists (select 1 from second_factors f
		                where f.user_id = u.id and f.confirmed_at is not null) as "secondFactor"
		 from users u where u.organisation_id = $1 order by u.display_name`,
		[actor.organisationId]
	);
}

export async function pendingInvitations(db: Database, actor: Actor, now: Date) {
	require(actor, 'users');
	return db.query<{ email: string; role: Role; expiresAt: Date }>(
		`select email, role, expires_at as "expiresAt" from invitations
		 where organisation_id = $1 and accepted_at is null and expires_at > $2 order by created_at`,
		[actor.organisationId, now]
	);
}
