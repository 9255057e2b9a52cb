import { D, type ConfidenceGrade, type Dec } from '../engine';
import { calibrationRows, measuredValue, type CalibrationRow } from '../follow-up/calibration';
import { problem, type FieldProblem } from '../i18n/form-messages';
import { require, type Actor } from './access';
import { recordAudit } from './audit';
import type { Database, Queryable } from './db/database';
import { organisationFollowUps } from './follow-ups';

/**
 * The chances an organisation measured with its own follow-ups and adopted as its own
 * assumption (migration 8, measured_probabilities), each with its provenance: "eigen nameting
 * 2026, n = 37". Only P′, the chance it still happens with the intervention, is measured here.
 */
export interface MeasuredProbability {
	unitCostId: string;
	value: Dec;
	alpha: number;
	beta: number;
	observed: number;
	happened: number;
	grade: ConfidenceGrade;
	provenance: string;
	adoptedAt: Date;
	adoptedByName: string | null;
}

export async function measuredProbabilities(
	db: Queryable,
	organisationId: string
): Promise<MeasuredProbability[]> {
	const rows = await db.query<Omit<MeasuredProbability, 'value'> & { value: string }>(
		`select m.unit_cost_id as "unitCostId", m.value::text as value, m.alpha, m.beta, m.observed,
		        m.happened, m.grade, m.provenance, m.adopted_at as "adoptedAt",
		        u.display_name as "adoptedByName"
		 from measured_probabilities m left join users u on u.id = m.adopted_by
		 where m.organisation_id = $1 and m.probability = 'with' order by m.unit_cost_id`,
		[organisationId]
	);
	return rows.map((row) => ({ ...row, value: new D(row.value) }));
}

/** The calibration of every kind of event the organisation's cases avoid, from all follow-ups. */
export async function organisationCalibration(
	db: Queryable,
	actor: Actor
): Promise<CalibrationRow[]> {
	const { cases, facts } = await organisationFollowUps(db, actor);
	return calibrationRows(cases, facts);
}

/** "eigen nameting 2026, n = 37": where an adopted chance comes from, in the report's words. */
export const provenanceOf = (year: number, observed: number) =>
	`eigen nameting ${year}, n = ${observed}`;

export async function adoptMeasuredProbability(
	db: Database,
	actor: Actor,
	unitCostId: string,
	year: number
): Promise<{ ok: true } | { ok: false; problems: FieldProblem[] }> {
	const row = (await organisationCalibration(db, actor)).find((r) => r.unitCostId === unitCostId);
	if (!row || row.observed === 0)
		return {
			ok: false,
			problems: [
				problem(
					'unitCostId',
					'Gebeurtenis: er is nog geen nameting met een bekende uitkomst om over te nemen',
					'Event: there is no follow-up with a known outcome to adopt yet'
				)
			]
		};
	const { calibration } = row;
	const provenance = provenanceOf(year, row.observed);
	await db.transaction(async (tx) => {
		await tx.query(
			`insert into measured_probabilities (organisation_id, unit_cost_id, probability, value,
			   alpha, beta, observed, happened, grade, provenance, adopted_by)
			 values ($1, $2, 'with', $3, $4, $5, $6, $7, $8, $9, $10)
			 on conflict (organisation_id, unit_cost_id, probability) do update set
			   value = excluded.value, alpha = excluded.alpha, beta = excluded.beta,
			   observed = excluded.observed, happened = excluded.happened, grade = excluded.grade,
			   provenance = excluded.provenance, adopted_by = excluded.adopted_by, adopted_at = now()`,
			[
				actor.organisationId,
				unitCostId,
				measuredValue(calibration).toFixed(),
				calibration.posterior.alpha,
				calibration.posterior.beta,
				row.observed,
				row.happened,
				calibration.grade,
				provenance,
				actor.userId
			]
		);
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'probability.adopted',
			subjectType: 'probability',
			subjectId: unitCostId,
			detail: { value: measuredValue(calibration).toFixed(), provenance }
		});
	});
	return { ok: true };
}

export async function withdrawMeasuredProbability(
	db: Database,
	actor: Actor,
	unitCostId: string
): Promise<boolean> {
	require(actor, 'portfolio');
	return db.transaction(async (tx) => {
		const removed = await tx.query(
			`delete from measured_probabilities
			 where organisation_id = $1 and unit_cost_id = $2 and probability = 'with' returning 1`,
			[actor.organisationId, unitCostId]
		);
		if (removed.length === 0) return false;
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'probability.withdrawn',
			subjectType: 'probability',
			subjectId: unitCostId
		});
		return true;
	});
}
