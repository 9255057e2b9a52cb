import { can, type Actor } from '../platform/access';
import type { Queryable } from '../db/database';

/**
 * How often each unit cost occurs in the lines and events of the organisation's saved cases:
 * the order in which the calculator's picker offers them. Counts only, no case is read out.
 */
export async function organisationUsage(db: Queryable, actor: Actor): Promise<Map<string, number>> {
	if (!can(actor, 'own-cases')) return new Map();
	const rows = await db.query<{ id: string; uses: number }>(
		`select u #>> '{}' as id, count(*)::int as uses
		 from cases c, jsonb_path_query(c.scenario, 'strict $.cases[*].**.unitCostId') u
		 where c.organisation_id = $1 group by 1`,
		[actor.organisationId]
	);
	return new Map(rows.map((row) => [row.id, row.uses]));
}
