import * as z from 'zod';
import { require, type Actor } from '../platform/access';
import { recordAudit } from '../platform/audit';
import type { Database, Queryable } from '../db/database';
import { bi, problem, type FieldProblem } from '../../i18n/form-messages';
import { frozenVersion, reportVersions, versionAsScenario } from './versions';
import type { ScenarioInput } from '../../schemas/scenario';
import { formatWait } from '../../format/dates';
import { countTry, secondsToWait, type ThrottleRule } from '../platform/throttle';
import { newShareCode, readShareCode, showShareCode } from '../accounts/share-code';
import { REFUSALS } from '../../i18n/refusals';
import { yearField } from '../platform/forms';

export const shareFormSchema = z.object({
	shareCode: z.string().transform((typed, context) => {
		const code = readShareCode(typed);
		if (code) return code;
		context.issues.push({
			code: 'custom',
			input: typed,
			message: bi(
				'is geen deelcode: die heeft twaalf tekens, cijfers en de letters A tot en met F, zoals 7F3A-09C2-B4E1',
				'is not a share code: it has twelve characters, digits and the letters A to F, such as 7F3A-09C2-B4E1'
			)
		});
		return z.NEVER;
	}),
	year: yearField(2000, 2100)
});
export const SHARE_FIELDS = {
	shareCode: { nl: 'Deelcode van de financier', en: 'The funder’s share code' },
	year: { nl: 'Jaar', en: 'Year' }
};

/** Wrong share codes an organisation may type before each further try has to wait. */
export const SHARE_CODE_RULE: ThrottleRule = {
	scope: 'share-code:organisation',
	free: 10,
	windowMinutes: 60,
	firstWait: 30,
	longestWait: 60 * 60
};

async function funderByCode(db: Queryable, actor: Actor, code: string, now: Date) {
	const wait = await secondsToWait(db, SHARE_CODE_RULE, actor.organisationId, now);
	if (wait > 0) {
		const words = { nl: formatWait(wait, 'nl'), en: formatWait(wait, 'en') };
		return problem('shareCode', REFUSALS.shareCodesTried(words));
	}
	const [funder] = await db.query<{ id: string; name: string }>(
		`select id, name from organisations where share_code = $1 and kind = 'funder'`,
		[code]
	);
	if (funder) return funder;
	await countTry(db, SHARE_CODE_RULE, actor.organisationId, now);
	return problem('shareCode', REFUSALS.unknownShareCode);
}

export async function shareReport(
	db: Database,
	actor: Actor,
	form: z.output<typeof shareFormSchema>,
	now: Date
): Promise<{ ok: true; id: string; funderName: string } | { ok: false; problems: FieldProblem[] }> {
	require(actor, 'manage-shares');
	const funder = await funderByCode(db, actor, form.shareCode, now);
	if ('field' in funder) return { ok: false, problems: [funder] };
	const versions = await reportVersions(db, actor.organisationId, form.year);
	if (versions.length === 0)
		return {
			ok: false,
			problems: [problem('year', REFUSALS.notEstablishedYet(form.year))]
		};
	const open = await db.query(
		'select 1 from shares where provider_id = $1 and funder_id = $2 and year = $3 and withdrawn_at is null and funder_left_at is null',
		[actor.organisationId, funder.id, form.year]
	);
	if (open.length > 0)
		return {
			ok: false,
			problems: [problem('year', REFUSALS.alreadyShared(form.year, funder.name))]
		};
	const id = await db.transaction(async (tx) => {
		const [row] = await tx.query<{ id: string }>(
			'insert into shares (provider_id, funder_id, year, shared_by) values ($1, $2, $3, $4) returning id',
			[actor.organisationId, funder.id, form.year, actor.userId]
		);
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'share.created',
			subjectType: 'share',
			subjectId: row!.id,
			detail: { funder: funder.name, year: form.year }
		});
		return row!.id;
	});
	return { ok: true, id, funderName: funder.name };
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

/**
 * The funders that read the year now: an open share shows each of them the latest established
 * version, so a version established from now on is theirs to read at once.
 */
export async function fundersReading(db: Queryable, actor: Actor, year: number): Promise<string[]> {
	require(actor, 'portfolio');
	const rows = await db.query<{ name: string }>(
		`select o.name from shares s join organisations o on o.id = s.funder_id
		 where s.provider_id = $1 and s.year = $2 and s.withdrawn_at is null
		   and s.funder_left_at is null
		 order by o.name`,
		[actor.organisationId, year]
	);
	return rows.map((r) => r.name);
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
	/** The current established version, and when it was established; null before the first. */
	version: number | null;
	establishedAt: Date | null;
}

const OPEN_FOR_FUNDER = 's.funder_id = $1 and s.withdrawn_at is null and s.funder_left_at is null';

export async function funderShares(db: Queryable, actor: Actor): Promise<FunderShare[]> {
	require(actor, 'view-shares');
	return db.query<FunderShare>(
		`select s.id, o.name as "providerName", s.year, s.shared_at as "sharedAt",
		        v.number as "version", v.established_at as "establishedAt"
		 from shares s join organisations o on o.id = s.provider_id
		 left join lateral (select number, established_at from report_versions r
		                    where r.organisation_id = s.provider_id and r.year = s.year
		                    order by number desc limit 1) v on true
		 where ${OPEN_FOR_FUNDER} order by s.year desc, o.name`,
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

/**
 * The report behind an open share, read-only, for a viewer of the funder it was shared with:
 * always an established version (the latest unless another is asked for), never the live data.
 */
export async function sharedReport(db: Queryable, actor: Actor, id: string, number?: number) {
	require(actor, 'view-shares');
	if (!z.uuid().safeParse(id).success) return null;
	const [share] = await db.query<{ providerId: string; year: number; providerName: string }>(
		`select s.provider_id as "providerId", s.year, o.name as "providerName"
		 from shares s join organisations o on o.id = s.provider_id where s.id = $2 and ${OPEN_FOR_FUNDER}`,
		[actor.organisationId, id]
	);
	if (!share) return null;
	const versions = await reportVersions(db, share.providerId, share.year);
	const chosen = number === undefined ? versions[0] : versions.find((v) => v.number === number);
	if (number !== undefined && !chosen) return null;
	const version = chosen && (await frozenVersion(db, share.providerId, share.year, chosen.number));
	return { share, versions, version: version ?? null };
}

/**
 * A version behind a share (the current one unless `number` says which) as one scenario, for
 * the funder to compare variants of (more collective work, another discount rate) starting
 * from a provider's real year.
 */
export async function sharedScenario(
	db: Queryable,
	actor: Actor,
	id: string,
	number?: number
): Promise<ScenarioInput | null> {
	const shared = await sharedReport(db, actor, id, number);
	if (!shared?.version) return null;
	const { year, providerName } = shared.share;
	const label = `Jaarportfolio ${year} van ${providerName}, versie ${shared.version.number}`;
	return versionAsScenario(db, shared.version, label);
}

/** A funder's share code, as stored; null for a provider. Never for showing to another. */
export async function shareCodeOf(db: Queryable, organisationId: string): Promise<string | null> {
	const [row] = await db.query<{ share_code: string | null }>(
		'select share_code from organisations where id = $1',
		[organisationId]
	);
	return row?.share_code ?? null;
}

/** The funder's own share code, as its administrator gives it to providers. */
export async function ownShareCode(db: Queryable, actor: Actor): Promise<string> {
	require(actor, 'users');
	const code = await shareCodeOf(db, actor.organisationId);
	if (!code) throw new Error('only a funder has a share code');
	return showShareCode(code);
}

/**
 * A new share code for the funder, when the old one has gone where it should not: reports
 * already shared stay shared, and only the new code shares new ones.
 */
export async function renewShareCode(db: Database, actor: Actor): Promise<string> {
	require(actor, 'users');
	const code = newShareCode();
	await db.transaction(async (tx) => {
		await tx.query(`update organisations set share_code = $2 where id = $1 and kind = 'funder'`, [
			actor.organisationId,
			code
		]);
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'share-code.renewed',
			subjectType: 'organisation',
			subjectId: actor.organisationId,
			detail: {}
		});
	});
	return showShareCode(code);
}
