import * as z from 'zod';
import { require, type Actor } from './access';
import { recordAudit } from './audit';
import type { Database, Queryable } from './db/database';
import { bi, problem, type FieldProblem } from '../i18n/form-messages';
import { organisationReport } from './portfolio';

export const shareFormSchema = z.object({
	funderId: z.uuid(bi('kies een financier', 'choose a funder')),
	year: z.coerce
		.number(bi('is geen jaartal', 'is not a year'))
		.int(bi('is geen jaartal', 'is not a year'))
		.min(2000, bi('ligt voor 2000', 'is before 2000'))
		.max(2100, bi('ligt na 2100', 'is after 2100'))
});
export const SHARE_FIELDS = {
	funderId: { nl: 'Financier', en: 'Funder' },
	year: { nl: 'Jaar', en: 'Year' }
};

export async function shareReport(
	db: Database,
	actor: Actor,
	form: z.output<typeof shareFormSchema>
): Promise<{ ok: true; id: string } | { ok: false; problems: FieldProblem[] }> {
	require(actor, 'manage-shares');
	const [funder] = await db.query<{ name: string }>(
		`select name from organisations where id = $1 and kind = 'funder'`,
		[form.funderId]
	);
	if (!funder)
		return {
			ok: false,
			problems: [problem('funderId', 'Financier: onbekende financier', 'Funder: unknown funder')]
		};
	const open = await db.query(
		'select 1 from shares where provider_id = $1 and funder_id = $2 and year = $3 and withdrawn_at is null and funder_left_at is null',
		[actor.organisationId, form.funderId, form.year]
	);
	if (open.length > 0)
		return {
			ok: false,
			problems: [
				problem(
					'year',
					`Jaar: het rapport ${form.year} is al gedeeld met ${funder.name}`,
					`Year: the ${form.year} report is already shared with ${funder.name}`
				)
			]
		};
	const id = await db.transaction(async (tx) => {
		const [row] = await tx.query<{ id: string }>(
			'insert into shares (provider_id, funder_id, year, shared_by) values ($1, $2, $3, $4) returning id',
			[actor.organisationId, form.funderId, form.year, actor.userId]
		);
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'share.created',
			subjectType: 'share',
			subjectId: row!.id,
			detail: { funder: funder.name, year: form.year }
		});
		return row!.id;
	});
	return { ok: true, id };
}

export interface ProviderShare {
	id: string;
	funderName: string;
	year: number;
	sharedAt: Date;
	withdrawnAt: Date | null;
	funderLeftAt: Date | null;
}

export async function providerShares(db: Queryable, actor: Actor): Promise<ProviderShare[]> {
	require(actor, 'manage-shares');
	return db.query<ProviderShare>(
		`select s.id, o.name as "funderName", s.year, s.shared_at as "sharedAt", s.withdrawn_at as "withdrawnAt",
		        s.funder_left_at as "funderLeftAt"
		 from shares s join organisations o on o.id = s.funder_id
		 where s.provider_id = $1 order by s.shared_at desc`,
		[actor.organisationId]
	);
}

/** The provider takes back a report it shared; the funder no longer sees it. */
export async function withdrawShare(db: Database, actor: Actor, id: string): Promise<boolean> {
	require(actor, 'manage-shares');
	if (!z.uuid().safeParse(id).success) return false;
	return db.transaction(async (tx) => {
		const rows = await tx.query<{ year: number }>(
			'update shares set withdrawn_at = now() where id = $1 and provider_id = $2 and withdrawn_at is null returning year',
			[id, actor.organisationId]
		);
		if (rows.length === 0) return false;
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'share.withdrawn',
			subjectType: 'share',
			subjectId: id,
			detail: { year: rows[0]!.year }
		});
		return true;
	});
}

export interface FunderShare {
	id: string;
	providerName: string;
	year: number;
	sharedAt: Date;
}

const OPEN_FOR_FUNDER = 's.funder_id = $1 and s.withdrawn_at is null and s.funder_left_at is null';

export async function funderShares(db: Queryable, actor: Actor): Promise<FunderShare[]> {
	require(actor, 'view-shares');
	return db.query<FunderShare>(
		`select s.id, o.name as "providerName", s.year, s.shared_at as "sharedAt"
		 from shares s join organisations o on o.id = s.provider_id
		 where ${OPEN_FOR_FUNDER} order by s.shared_at desc`,
		[actor.organisationId]
	);
}

/** A funder gives up its own access; that is all a funder can revoke. */
export async function leaveShare(db: Database, actor: Actor, id: string): Promise<boolean> {
	require(actor, 'view-shares');
	if (!z.uuid().safeParse(id).success) return false;
	return db.transaction(async (tx) => {
		const rows = await tx.query<{ provider_id: string; year: number }>(
			`update shares s set funder_left_at = now() where s.id = $2 and ${OPEN_FOR_FUNDER} returning provider_id, year`,
			[actor.organisationId, id]
		);
		if (rows.length === 0) return false;
		await recordAudit(tx, rows[0]!.provider_id, actor.userId, {
			action: 'share.left',
			subjectType: 'share',
			subjectId: id,
			detail: { funder: actor.organisationName, year: rows[0]!.year }
		});
		return true;
	});
}

/** The report behind an open share, read-only, for a viewer of the funder it was shared with. */
export async function sharedReport(db: Queryable, actor: Actor, id: string) {
	require(actor, 'view-shares');
	if (!z.uuid().safeParse(id).success) return null;
	const [share] = await db.query<{ providerId: string; year: number; providerName: string }>(
		`select s.provider_id as "providerId", s.year, o.name as "providerName"
		 from shares s join organisations o on o.id = s.provider_id where s.id = $2 and ${OPEN_FOR_FUNDER}`,
		[actor.organisationId, id]
	);
	if (!share) return null;
	const report = await organisationReport(db, share.providerId, share.year);
	return report ? { share, report } : null;
}
