import { z } from 'zod';
import { CATALOG } from '../../catalog/catalog';
import { problem, type FieldProblem } from '../../i18n/form-messages';
import { REFUSALS } from '../../i18n/refusals';
import { MAX_QUESTIONS } from '../../training/live';
import { can, type Actor } from '../platform/access';
import { recordAudit } from '../platform/audit';
import { impersonal, lineField, readFields } from '../platform/forms';
import type { Database, Queryable } from '../db/database';

/**
 * Rounds a trainer composed, kept to play again and shared within the organisation: a name and
 * the unit costs asked, in their order. Anyone who keeps cases may keep one; whoever kept it, or
 * an analyst, may remove it. Another organisation's rounds are simply not there.
 */
export interface RoundTemplate {
	id: string;
	name: string;
	unitCostIds: string[];
	createdBy: string | null;
	mine: boolean;
}

export async function listTemplates(db: Queryable, actor: Actor): Promise<RoundTemplate[]> {
	const rows = await db.query<{
		id: string;
		name: string;
		unitCostIds: string[];
		createdBy: string | null;
		creator: string | null;
	}>(
		`select t.id, t.name, t.unit_cost_ids as "unitCostIds", u.display_name as "createdBy",
		        t.created_by as creator
		 from live_round_templates t left join users u on u.id = t.created_by
		 where t.organisation_id = $1 order by lower(t.name)`,
		[actor.organisationId]
	);
	return rows.map(({ creator, ...row }) => ({ ...row, mine: creator === actor.userId }));
}

const NAME_LIMIT = 80;

const ROUND_NAME = { nl: 'Naam van de ronde', en: 'Name of the round' };
const nameSchema = z.object({ name: impersonal(lineField(NAME_LIMIT)) });

/** Why a composed round cannot be kept, by field, or null. */
function templateProblem(name: string, ids: unknown): FieldProblem | null {
	if (name.length === 0 || name.length > NAME_LIMIT)
		return problem('name', REFUSALS.roundNameLength(NAME_LIMIT));
	const read = readFields(nameSchema, { name }, { name: ROUND_NAME });
	if (!read.ok) return read.problems[0]!;
	const known = new Set(CATALOG.entries.map((e) => e.id));
	const list = Array.isArray(ids) ? ids : [];
	if (
		list.length === 0 ||
		list.length > MAX_QUESTIONS ||
		list.some((id) => !known.has(id)) ||
		new Set(list).size !== list.length
	)
		return problem('questions', REFUSALS.roundQuestions(MAX_QUESTIONS));
	return null;
}

/** Keeps a composed round under its name; the same name again replaces it. */
export async function saveTemplate(
	db: Database,
	actor: Actor,
	typedName: unknown,
	unitCostIds: unknown
): Promise<{ ok: true; id: string } | { ok: false; problem: FieldProblem }> {
	const name = typeof typedName === 'string' ? typedName.trim() : '';
	const problem = templateProblem(name, unitCostIds);
	if (problem) return { ok: false, problem };
	return db.transaction(async (tx) => {
		await tx.query(
			'delete from live_round_templates where organisation_id = $1 and lower(name) = lower($2)',
			[actor.organisationId, name]
		);
		const [row] = await tx.query<{ id: string }>(
			`insert into live_round_templates (organisation_id, name, unit_cost_ids, created_by)
			 values ($1, $2, $3, $4) returning id`,
			[actor.organisationId, name, unitCostIds, actor.userId]
		);
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'round.saved',
			subjectType: 'round-template',
			subjectId: row!.id,
			detail: { name }
		});
		return { ok: true as const, id: row!.id };
	});
}

/** Removes a kept round: its maker or an analyst; false where it is not (or not theirs). */
export async function removeTemplate(db: Database, actor: Actor, id: string): Promise<boolean> {
	if (!z.uuid().safeParse(id).success) return false;
	return db.transaction(async (tx) => {
		const removed = await tx.query<{ name: string }>(
			`delete from live_round_templates
			 where id = $1 and organisation_id = $2 and (created_by = $3 or $4)
			 returning name`,
			[id, actor.organisationId, actor.userId, can(actor, 'all-cases')]
		);
		if (removed.length === 0) return false;
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'round.removed',
			subjectType: 'round-template',
			subjectId: id,
			detail: { name: removed[0]!.name }
		});
		return true;
	});
}
