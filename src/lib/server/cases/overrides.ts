import * as z from 'zod';
import { CATALOG } from '../../catalog/catalog';
import {
	MAX_UNIT_COST,
	unitCostSchema,
	type UnitCostEntry,
	type UnitCostInput
} from '../../schemas/unit-cost';
import { require, type Actor } from '../platform/access';
import { recordAudit } from '../platform/audit';
import type { Database, Queryable } from '../db/database';
import { bi, problem, type FieldProblem } from '../../i18n/form-messages';
import { issueMessage } from '../../schemas/messages';
import { impersonal, lineField, paragraphField, yearField } from '../platform/forms';
import { advanceRevision } from '../platform/revisions';
import type { Lang } from '../../i18n/lang';
import { typedNumberSchema } from '../../schemas/typed-number';

/** The organisation's own figures, which replace the catalog's in all its cases and reports. */
export async function organisationFigures(
	db: Queryable,
	organisationId: string
): Promise<UnitCostEntry[]> {
	const rows = await db.query<{ entry: unknown }>(
		'select entry from unit_cost_overrides where organisation_id = $1 order by unit_cost_id',
		[organisationId]
	);
	// Stored as the JSON that was checked on saving; read back through the same schema.
	return rows.map((r) => unitCostSchema.parse(r.entry));
}

/** The same figures as the JSON they were saved as, for a page that prices cases in the browser. */
export async function organisationFigureInputs(
	db: Queryable,
	organisationId: string
): Promise<UnitCostInput[]> {
	return figureInputs(await organisationFigures(db, organisationId));
}

/** Own figures as read, back in the form they were saved in (what a worker thread is sent). */
export const figureInputs = (entries: readonly UnitCostEntry[]): UnitCostInput[] =>
	entries.map((entry) => z.encode(unitCostSchema, entry));

/** The form for an own unit cost; its amount is read in the language the reader types in. */
export const overrideFormSchema = (lang: Lang = 'nl') =>
	z.object({
		unitCostId: z
			.string()
			.refine(
				(id) => CATALOG.entries.some((e) => e.id === id),
				bi('staat niet in de catalogus', 'is not in the catalog')
			),
		amount: typedNumberSchema(lang, 'amount')
			.refine(
				(amount) => !amount.startsWith('-'),
				bi('mag niet negatief zijn', 'may not be negative')
			)
			.refine(
				(amount) => Number(amount) <= MAX_UNIT_COST,
				bi('mag hoogstens € 100.000.000 zijn', 'may be at most € 100,000,000')
			),
		priceYear: yearField(1990, 2100),
		sourceTitle: lineField(
			300,
			bi(
				'ontbreekt: elk eigen bedrag heeft een bron',
				'is missing: every own figure needs a source'
			)
		),
		sourcePublisher: lineField(200),
		sourceYear: yearField(1900, 2100),
		note: impersonal(paragraphField(500)).optional()
	});

export const OVERRIDE_FIELDS = {
	unitCostId: { nl: 'Kengetal', en: 'Unit cost' },
	amount: { nl: 'Bedrag', en: 'Amount' },
	priceYear: { nl: 'Prijspeil', en: 'Price year' },
	sourceTitle: { nl: 'Bron: titel', en: 'Source: title' },
	sourcePublisher: { nl: 'Bron: uitgever', en: 'Source: publisher' },
	sourceYear: { nl: 'Bron: jaar', en: 'Source: year' },
	note: { nl: 'Toelichting', en: 'Note' }
};

/** Where in the stored entry each field of the form went, to name it when the entry is refused. */
const STORED_AS: Record<string, keyof typeof OVERRIDE_FIELDS> = {
	'source.title': 'sourceTitle',
	'source.publisher': 'sourcePublisher',
	'source.year': 'sourceYear',
	note: 'note',
	priceYear: 'priceYear'
};

/** A refusal of the stored entry as the form's own: its field named, the reason in words. */
function formProblem(issue: z.core.$ZodIssue): FieldProblem {
	const field = STORED_AS[issue.path.join('.')] ?? 'amount';
	const { nl, en } = issueMessage(issue);
	const name = OVERRIDE_FIELDS[field];
	return problem(field, { nl: `${name.nl}: ${nl}`, en: `${name.en}: ${en}` });
}

export async function setOverride(
	db: Database,
	actor: Actor,
	form: z.output<ReturnType<typeof overrideFormSchema>>
): Promise<{ ok: true } | { ok: false; problems: FieldProblem[] }> {
	require(actor, 'overrides');
	const original = CATALOG.entries.find((e) => e.id === form.unitCostId)!;
	const candidate = {
		...original,
		amount: form.amount,
		priceYear: form.priceYear,
		low: undefined,
		high: undefined,
		status: 'own-data',
		source: { title: form.sourceTitle, publisher: form.sourcePublisher, year: form.sourceYear },
		note: form.note || `Eigen cijfer van ${actor.organisationName}`
	};
	const stored = JSON.parse(JSON.stringify(candidate));
	const parsed = unitCostSchema.safeParse(stored);
	if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(formProblem) };
	await db.transaction(async (tx) => {
		await tx.query(
			`insert into unit_cost_overrides (organisation_id, unit_cost_id, entry, updated_by) values ($1, $2, $3, $4)
			 on conflict (organisation_id, unit_cost_id) do update set entry = excluded.entry, updated_by = excluded.updated_by, updated_at = now()`,
			[actor.organisationId, form.unitCostId, stored, actor.userId]
		);
		await advanceRevision(tx, actor.organisationId);
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'override.set',
			subjectType: 'override',
			subjectId: form.unitCostId,
			detail: { amount: form.amount, priceYear: form.priceYear, catalogAmount: original.amount }
		});
	});
	return { ok: true };
}

export async function removeOverride(
	db: Database,
	actor: Actor,
	unitCostId: string
): Promise<boolean> {
	require(actor, 'overrides');
	return db.transaction(async (tx) => {
		const removed = await tx.query(
			'delete from unit_cost_overrides where organisation_id = $1 and unit_cost_id = $2 returning unit_cost_id',
			[actor.organisationId, unitCostId]
		);
		if (removed.length === 0) return false;
		await advanceRevision(tx, actor.organisationId);
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'override.removed',
			subjectType: 'override',
			subjectId: unitCostId
		});
		return true;
	});
}

export async function listOverrides(db: Queryable, actor: Actor): Promise<UnitCostEntry[]> {
	require(actor, 'overrides');
	return organisationFigures(db, actor.organisationId);
}
