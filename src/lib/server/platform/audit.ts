import type { Actor } from './access';
import { require } from './access';
import type { Queryable } from '../db/database';

export type AuditAction =
	| 'case.created'
	| 'case.updated'
	| 'case.deleted'
	| 'case.findings-confirmed'
	| 'case.names-held'
	| 'case.name-released'
	| 'case.name-returned'
	| 'override.set'
	| 'override.removed'
	| 'share.created'
	| 'share.withdrawn'
	| 'share.left'
	| 'user.invited'
	| 'user.joined'
	| 'second-factor.set-up'
	| 'second-factor.removed'
	| 'second-factor.required'
	| 'organisation.created'
	| 'share-code.renewed'
	| 'report.established'
	| 'round.saved'
	| 'round.removed'
	| 'follow-up.recorded'
	| 'follow-up.moments'
	| 'probability.adopted'
	| 'probability.withdrawn'
	| 'comparison.recorded'
	| 'comparison.removed';

export interface AuditEntry {
	action: AuditAction;
	subjectType:
		| 'case'
		| 'override'
		| 'share'
		| 'user'
		| 'invitation'
		| 'organisation'
		| 'report'
		| 'round-template'
		| 'probability';
	subjectId: string;
	detail?: Record<string, unknown>;
}

/** Written in the transaction of the change itself, so a change and its record stand or fall together. */
export async function recordAudit(
	tx: Queryable,
	organisationId: string,
	actorId: string | null,
	entry: AuditEntry
): Promise<void> {
	await tx.query(
		`insert into audit_log (organisation_id, actor_id, action, subject_type, subject_id, detail)
		 values ($1, $2, $3, $4, $5, $6)`,
		[organisationId, actorId, entry.action, entry.subjectType, entry.subjectId, entry.detail ?? {}]
	);
}

export interface AuditRow {
	at: Date;
	actor: string | null;
	action: AuditAction;
	subjectType: string;
	subjectId: string;
	detail: Record<string, unknown>;
}

export async function auditLog(db: Queryable, actor: Actor, limit = 200): Promise<AuditRow[]> {
	require(actor, 'audit');
	return db.query<AuditRow>(
		`select a.at, u.display_name as actor, a.action, a.subject_type as "subjectType",
		        a.subject_id as "subjectId", a.detail
		 from audit_log a left join users u on u.id = a.actor_id
		 where a.organisation_id = $1 order by a.at desc limit $2`,
		[actor.organisationId, limit]
	);
}
