import * as z from 'zod';
import {
	FOUNDER_ROLES,
	ORGANISATION_KINDS,
	require,
	ROLES,
	type Actor,
	type Role
} from '../access';
import { recordAudit } from '../audit';
import type { Database } from '../db/database';
import { bi, problem, type FieldProblem } from '../../i18n/form-messages';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords';
import { newToken, tokenHash } from './tokens';

export const emailSchema = z
	.string()
	.trim()
	.toLowerCase()
	.pipe(z.email(bi('is geen geldig e-mailadres', 'is not a valid e-mail address')));
export const passwordSchema = z
	.string()
	.min(
		MIN_PASSWORD_LENGTH,
		`moet minstens ${MIN_PASSWORD_LENGTH} tekens hebben|needs at least ${MIN_PASSWORD_LENGTH} characters`
	)
	.max(200, bi('mag hoogstens 200 tekens hebben', 'may have at most 200 characters'));
const displayName = z
	.string()
	.trim()
	.min(1, bi('ontbreekt', 'is missing'))
	.max(100, bi('mag hoogstens 100 tekens hebben', 'may have at most 100 characters'));

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

const emailTaken = problem(
	'email',
	'E-mailadres: er bestaat al een account met dit adres',
	'E-mail address: an account with this address already exists'
);

async function emailInUse(db: Database, email: string): Promise<boolean> {
	return (await db.query('select 1 from users where email = $1', [email])).length > 0;
}

/** A new organisation and its first user, who administers it. */
export async function registerOrganisation(
	db: Database,
	input: z.output<typeof registrationSchema>
): Promise<{ ok: true; userId: string } | { ok: false; problems: FieldProblem[] }> {
	if (await emailInUse(db, input.email)) return { ok: false, problems: [emailTaken] };
	const passwordHash = await hashPassword(input.password);
	const userId = await db.transaction(async (tx) => {
		const [org] = await tx.query<{ id: string }>(
			'insert into organisations (name, kind) values ($1, $2) returning id',
			[input.organisationName, input.kind]
		);
		const [user] = await tx.query<{ id: string }>(
			`insert into users (organisation_id, email, display_name, password_hash, roles)
			 values ($1, $2, $3, $4, $5) returning id`,
			[org!.id, input.email, input.displayName, passwordHash, FOUNDER_ROLES[input.kind]]
		);
		await recordAudit(tx, org!.id, user!.id, {
			action: 'organisation.created',
			subjectType: 'organisation',
			subjectId: org!.id,
			detail: { name: input.organisationName, kind: input.kind }
		});
		return user!.id;
	});
	return { ok: true, userId };
}

export const INVITATION_DAYS = 7;

export const invitationSchema = z.object({
	email: emailSchema,
	role: z.enum(ROLES, bi('kies een rol', 'choose a role'))
});

export async function invite(
	db: Database,
	actor: Actor,
	input: z.output<typeof invitationSchema>,
	now: Date
): Promise<{ ok: true; token: string; expires: Date } | { ok: false; problems: FieldProblem[] }> {
	require(actor, 'users');
	const allowed =
		actor.organisationKind === 'provider'
			? ROLES.filter((r) => r !== 'funder-viewer')
			: ['funder-viewer', 'admin'];
	if (!allowed.includes(input.role))
		return {
			ok: false,
			problems: [
				problem(
					'role',
					'Rol: past niet bij dit soort organisatie',
					'Role: does not fit this kind of organisation'
				)
			]
		};
	if (await emailInUse(db, input.email)) return { ok: false, problems: [emailTaken] };
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

export async function acceptInvitation(
	db: Database,
	invitation: OpenInvitation,
	input: z.output<typeof acceptanceSchema>,
	now: Date
): Promise<{ ok: true; userId: string } | { ok: false; problems: FieldProblem[] }> {
	if (await emailInUse(db, invitation.email)) return { ok: false, problems: [emailTaken] };
	const passwordHash = await hashPassword(input.password);
	const userId = await db.transaction(async (tx) => {
		const taken = await tx.query(
			'update invitations set accepted_at = $2 where id = $1 and accepted_at is null returning id',
			[invitation.id, now]
		);
		if (taken.length === 0) throw new Error('invitation used concurrently');
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
		return user!.id;
	});
	return { ok: true, userId };
}

export interface Member {
	id: string;
	email: string;
	displayName: string;
	roles: Role[];
}

export async function members(db: Database, actor: Actor): Promise<Member[]> {
	require(actor, 'users');
	return db.query<Member>(
		`select id, email, display_name as "displayName", roles from users
		 where organisation_id = $1 order by display_name`,
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

/** Funders a provider can share a report with. */
export async function funders(db: Database): Promise<{ id: string; name: string }[]> {
	return db.query(`select id, name from organisations where kind = 'funder' order by name`);
}
