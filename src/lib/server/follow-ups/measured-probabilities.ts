import { D, type Calibration, type ConfidenceGrade, type Dec } from '../../engine';
import {
	calibrationRows,
	measuredValue,
	type CalibrationRow,
	type ComparisonGroup
} from '../../follow-up/calibration';
import type { MeasuredProbabilityKind } from '../../follow-up/measured';
import { formatCount } from '../../format/money';
import { bi, problem, type FieldProblem } from '../../i18n/form-messages';
import { typedAmount } from '../../schemas/typed-number';
import * as z from 'zod';
import { require, type Actor } from '../platform/access';
import { recordAudit } from '../platform/audit';
import type { Database, Queryable } from '../db/database';
import { lineField, readForm, readFreeText } from '../platform/forms';
import { organisationFollowUps } from './follow-ups';
import { REFUSALS } from '../../i18n/refusals';

/**
 * The chances an organisation measured and adopted as its own assumption (migration 8,
 * measured_probabilities), each with its provenance: P′ from its follow-ups ("eigen nameting
 * 2026, n = 37"), P from households it recorded as a comparison group without its help
 * (migration 9, comparison_groups: "eigen vergelijkingsgroep 2026, n = 50").
 */
export interface MeasuredProbability {
	unitCostId: string;
	probability: MeasuredProbabilityKind;
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
		`select m.unit_cost_id as "unitCostId", m.probability, m.value::text as value, m.alpha,
		        m.beta, m.observed, m.happened, m.grade, m.provenance, m.adopted_at as "adoptedAt",
		        u.display_name as "adoptedByName"
		 from measured_probabilities m left join users u on u.id = m.adopted_by
		 where m.organisation_id = $1 order by m.unit_cost_id, m.probability`,
		[organisationId]
	);
	return rows.map((row) => ({ ...row, value: new D(row.value) }));
}

export async function comparisonGroups(
	db: Queryable,
	organisationId: string
): Promise<ComparisonGroup[]> {
	return db.query<ComparisonGroup>(
		`select unit_cost_id as "unitCostId", households, happened, description
		 from comparison_groups where organisation_id = $1 order by unit_cost_id`,
		[organisationId]
	);
}

/** The calibration of every kind of event the organisation's cases avoid, from all it measured. */
export async function organisationCalibration(
	db: Queryable,
	actor: Actor
): Promise<CalibrationRow[]> {
	const { cases, facts } = await organisationFollowUps(db, actor);
	return calibrationRows(cases, facts, await comparisonGroups(db, actor.organisationId));
}

/** Where an adopted chance comes from, in the report's words. */
export const provenanceOf = (probability: MeasuredProbabilityKind, year: number, n: number) =>
	`${probability === 'with' ? 'eigen nameting' : 'eigen vergelijkingsgroep'} ${year}, n = ${formatCount(new D(n), 'nl')}`;

const NOTHING_MEASURED = {
	with: problem('unitCostId', REFUSALS.nothingMeasuredWith),
	without: problem('unitCostId', REFUSALS.nothingMeasuredWithout)
};

/** The measurement of one chance of one kind of event, or null where nothing was measured. */
export function measurementOf(
	row: CalibrationRow | undefined,
	probability: MeasuredProbabilityKind
): { calibration: Calibration; observed: number; happened: number } | null {
	if (!row) return null;
	if (probability === 'with')
		return row.observed === 0
			? null
			: { calibration: row.calibration, observed: row.observed, happened: row.happened };
	const { comparison, calibration } = row.without;
	return comparison && calibration
		? { calibration, observed: comparison.households, happened: comparison.happened }
		: null;
}

export async function adoptMeasuredProbability(
	db: Database,
	actor: Actor,
	unitCostId: string,
	year: number,
	probability: MeasuredProbabilityKind = 'with'
): Promise<{ ok: true } | { ok: false; problems: FieldProblem[] }> {
	const row = (await organisationCalibration(db, actor)).find((r) => r.unitCostId === unitCostId);
	const measured = measurementOf(row, probability);
	if (!measured) return { ok: false, problems: [NOTHING_MEASURED[probability]] };
	const { calibration, observed, happened } = measured;
	const provenance = provenanceOf(probability, year, observed);
	const value = measuredValue(calibration).toFixed();
	await db.transaction(async (tx) => {
		await tx.query(
			`insert into measured_probabilities (organisation_id, unit_cost_id, probability, value,
			   alpha, beta, observed, happened, grade, provenance, adopted_by)
			 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
			 on conflict (organisation_id, unit_cost_id, probability) do update set
			   value = excluded.value, alpha = excluded.alpha, beta = excluded.beta,
			   observed = excluded.observed, happened = excluded.happened, grade = excluded.grade,
			   provenance = excluded.provenance, adopted_by = excluded.adopted_by, adopted_at = now()`,
			[
				actor.organisationId,
				unitCostId,
				probability,
				value,
				calibration.posterior.alpha,
				calibration.posterior.beta,
				observed,
				happened,
				calibration.grade,
				provenance,
				actor.userId
			]
		);
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'probability.adopted',
			subjectType: 'probability',
			subjectId: unitCostId,
			detail: { probability, value, provenance }
		});
	});
	return { ok: true };
}

export async function withdrawMeasuredProbability(
	db: Database,
	actor: Actor,
	unitCostId: string,
	probability: MeasuredProbabilityKind = 'with'
): Promise<boolean> {
	require(actor, 'portfolio');
	return db.transaction(async (tx) => {
		const removed = await tx.query(
			`delete from measured_probabilities
			 where organisation_id = $1 and unit_cost_id = $2 and probability = $3 returning 1`,
			[actor.organisationId, unitCostId, probability]
		);
		if (removed.length === 0) return false;
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'probability.withdrawn',
			subjectType: 'probability',
			subjectId: unitCostId,
			detail: { probability }
		});
		return true;
	});
}

/** A comparison group's counts as a schema: the event, how many households, in how many it happened. */
const comparisonSchema = (kinds: readonly string[]) =>
	z
		.object({
			unitCostId: z
				.string()
				.refine(
					(id) => kinds.includes(id),
					bi(
						'komt in geen van de casussen van uw organisatie voor',
						'occurs in none of your organisation’s cases'
					)
				),
			households: typedAmount({ max: 1_000_000, places: 0, min: 1 }),
			happened: typedAmount({ max: 1_000_000, places: 0 })
		})
		.superRefine(({ households, happened }, context) => {
			// each count is checked first on its own
			if (!(households instanceof D && happened instanceof D)) return;
			if (happened.gt(households))
				context.addIssue({
					code: 'custom',
					path: ['happened'],
					message: bi(
						`${happened} is meer dan de ${households} huishoudens`,
						`${happened} is more than the ${households} households`
					)
				});
		});

const COMPARISON_FIELDS = {
	unitCostId: { nl: 'Gebeurtenis', en: 'Event' },
	households: { nl: 'Huishoudens', en: 'Households' },
	happened: { nl: 'Waarvan gebeurd', en: 'Of which it happened' }
};

/** A comparison group as the analyst typed it, read or refused by field. */
export function readComparison(
	form: FormData,
	kinds: readonly string[]
): { ok: true; group: ComparisonGroup } | { ok: false; problems: FieldProblem[] } {
	const read = readForm(comparisonSchema(kinds), form, COMPARISON_FIELDS);
	// a group is described by where and when, never by who: nothing personal is kept
	const description = readFreeText(
		'description',
		{ nl: 'Omschrijving', en: 'Description' },
		lineField(200),
		String(form.get('description') ?? ''),
		{ offered: false, given: false }
	);
	if (!read.ok || !description.ok)
		return {
			ok: false,
			problems: [
				...(read.ok ? [] : read.problems),
				...(description.ok ? [] : [description.problem])
			]
		};
	const { unitCostId, households, happened } = read.value;
	return {
		ok: true,
		group: {
			unitCostId,
			households: households.toNumber(),
			happened: happened.toNumber(),
			description: description.value
		}
	};
}

export async function recordComparison(
	db: Database,
	actor: Actor,
	group: ComparisonGroup
): Promise<void> {
	require(actor, 'portfolio');
	await db.transaction(async (tx) => {
		await tx.query(
			`insert into comparison_groups (organisation_id, unit_cost_id, households, happened,
			   description, recorded_by)
			 values ($1, $2, $3, $4, $5, $6)
			 on conflict (organisation_id, unit_cost_id) do update set households = excluded.households,
			   happened = excluded.happened, description = excluded.description,
			   recorded_by = excluded.recorded_by, recorded_at = now()`,
			[
				actor.organisationId,
				group.unitCostId,
				group.households,
				group.happened,
				group.description,
				actor.userId
			]
		);
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'comparison.recorded',
			subjectType: 'probability',
			subjectId: group.unitCostId,
			detail: { households: group.households, happened: group.happened }
		});
	});
}

export async function removeComparison(
	db: Database,
	actor: Actor,
	unitCostId: string
): Promise<boolean> {
	require(actor, 'portfolio');
	return db.transaction(async (tx) => {
		const removed = await tx.query(
			'delete from comparison_groups where organisation_id = $1 and unit_cost_id = $2 returning 1',
			[actor.organisationId, unitCostId]
		);
		if (removed.length === 0) return false;
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'comparison.removed',
			subjectType: 'probability',
			subjectId: unitCostId
		});
		return true;
	});
}
