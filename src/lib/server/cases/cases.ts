import * as z from 'zod';
import { CATALOG } from '../../catalog/catalog';
import type { ScenarioInput } from '../../schemas/scenario';
import { can, Forbidden, type Actor } from '../platform/access';
import { recordAudit } from '../platform/audit';
import type { Database, Queryable, Transaction } from '../db/database';
import { problem, type FieldProblem } from '../../i18n/form-messages';
import type { CaseForm } from './form';
import { organisationFigureInputs } from './overrides';
import type { CaseCheck, PlacedFinding, Unanswered } from '../work/case-check';
import { heavy, TookTooLong } from '../work/pool';
import { advanceRevision } from '../platform/revisions';
import { priceCases, resultBasis } from '../sums/pricing';
import { storeNewVersionSums, type PricedCase } from '../sums/store';
import type { SumColumns } from '../sums/columns';
import { REFUSALS } from '../../i18n/refusals';
import type { ConfirmedFinding } from '../../calculate/findings';
import { joinHeld, stillHeld, type HeldText } from '../../privacy/held-names';

export interface SavedCase {
	id: string;
	caseCode: string;
	year: number;
	times: number;
	notes: string;
	scenario: ScenarioInput;
	version: number;
	ownerId: string;
	ownerName: string;
	updatedAt: Date;
	updatedByName: string;
	/** The catalog release it was last saved with; null if saved before releases were recorded. */
	catalogVersion: string | null;
	/** The day its help started (YYYY-MM-DD); null where not given: follow-ups count from saving. */
	startedOn: string | null;
	/** The unusual figures confirmed with a reason when it was saved. */
	confirmedFindings: ConfirmedFinding[];
	/** Texts saved with a name masked, until a manager reviews them (held-names.ts). */
	heldNames: HeldText[];
	/** Texts a manager released: not held again. */
	releasedTexts: string[];
}

export type SaveOutcome =
	| { ok: true; id: string; version: number }
	| {
			ok: false;
			problems: FieldProblem[];
			personalData?: PlacedFinding[];
			plausibility?: Unanswered;
	  }
	| { ok: false; conflict: SavedCase; problems: FieldProblem[] };

/** A case too large to check within its time box: refused by name, nothing saved. */
const TOO_LARGE = (seconds: number) => problem('scenario', REFUSALS.caseTooLarge(seconds));

/** Where a saved case's sums belong. */
const where = (actor: Actor, form: CaseForm) => ({
	organisationId: actor.organisationId,
	year: form.year,
	caseCode: form.caseCode
});

/** A checked case with its scenario and sums to store, or why it is not saved. */
type CheckedCase =
	| {
			ok: true;
			scenarioText: string;
			confirmed: ConfirmedFinding[];
			held: HeldText[];
			sums: SumColumns;
			basis: string;
	  }
	| Extract<CaseCheck, { ok: false }>;

/**
 * Checks a submitted case through and through, and prices it into the sums its year adds up
 * (sums/pricing.ts); returns the scenario and sums to store, or why not.
 */
async function checkedCase(
	db: Queryable,
	actor: Actor,
	form: CaseForm,
	released: readonly string[] = []
): Promise<CheckedCase> {
	const figures = await organisationFigureInputs(db, actor.organisationId);
	try {
		const checked = await heavy({ kind: 'check-case', form: { ...form, released }, figures });
		if (!checked.ok) return checked;
		const row = {
			id: '',
			caseCode: form.caseCode,
			times: form.times,
			scenarioText: checked.scenarioText
		};
		const sums = await priceCases([row], figures);
		return { ...checked, sums, basis: resultBasis(figures) };
	} catch (failure) {
		if (failure instanceof TookTooLong)
			return { ok: false, problems: [TOO_LARGE(failure.seconds)] };
		throw failure;
	}
}

/** Who confirmed which unusual figures, and why, in the audit log. */
async function auditConfirmed(
	tx: Transaction,
	actor: Actor,
	caseId: string,
	caseCode: string,
	confirmed: readonly ConfirmedFinding[]
): Promise<void> {
	if (confirmed.length === 0) return;
	await recordAudit(tx, actor.organisationId, actor.userId, {
		action: 'case.findings-confirmed',
		subjectType: 'case',
		subjectId: caseId,
		detail: { caseCode, findings: confirmed.map((f) => `${f.question.nl} — ${f.reason}`) }
	});
}

/** That texts of a case were saved with a name masked, for a manager to review. */
async function auditHeld(
	tx: Transaction,
	actor: Actor,
	caseId: string,
	caseCode: string,
	held: readonly HeldText[]
): Promise<void> {
	if (held.length === 0) return;
	await recordAudit(tx, actor.organisationId, actor.userId, {
		action: 'case.names-held',
		subjectType: 'case',
		subjectId: caseId,
		detail: { caseCode, texts: held.length }
	});
}

/** The sums of a case, priced before it had its id, kept under its id. */
const keepSums = (
	tx: Transaction,
	priced: PricedCase,
	checked: { sums: SumColumns; basis: string }
) => storeNewVersionSums(tx, checked.basis, [priced], checked.sums);

const CASE_COLUMNS = `c.id, c.case_code as "caseCode", c.year, c.times, c.notes, c.scenario, c.version,
	c.owner_id as "ownerId", o.display_name as "ownerName", c.updated_at as "updatedAt",
	u.display_name as "updatedByName", c.catalog_version as "catalogVersion",
	to_char(c.started_on, 'YYYY-MM-DD') as "startedOn", c.confirmed_findings as "confirmedFindings",
	c.held_names as "heldNames", c.released_texts as "releasedTexts"`;
const CASE_FROM = `from cases c join users o on o.id = c.owner_id join users u on u.id = c.updated_by`;

/** Only the organisation's cases, and of those only their own for a social worker. */
export function caseScope(actor: Actor): { where: string; params: unknown[] } {
	if (can(actor, 'all-cases'))
		return { where: 'c.organisation_id = $1', params: [actor.organisationId] };
	if (can(actor, 'own-cases'))
		return {
			where: 'c.organisation_id = $1 and c.owner_id = $2',
			params: [actor.organisationId, actor.userId]
		};
	throw new Forbidden('own-cases');
}

export async function listCases(db: Queryable, actor: Actor): Promise<SavedCase[]> {
	const { where, params } = caseScope(actor);
	return db.query<SavedCase>(
		`select ${CASE_COLUMNS} ${CASE_FROM} where ${where} order by c.year desc, c.case_code`,
		params
	);
}

/** A case the actor may see, or null: another organisation's case is simply not there. */
export async function findCase(db: Queryable, actor: Actor, id: string): Promise<SavedCase | null> {
	if (!z.uuid().safeParse(id).success) return null;
	const { where, params } = caseScope(actor);
	const [row] = await db.query<SavedCase>(
		`select ${CASE_COLUMNS} ${CASE_FROM} where ${where} and c.id = $${params.length + 1}`,
		[...params, id]
	);
	return row ?? null;
}

export async function keepVersion(tx: Transaction, id: string, actor: Actor): Promise<void> {
	await tx.query(
		`insert into case_versions (case_id, version, case_code, year, times, notes, scenario, saved_by,
		   catalog_version, confirmed_findings)
		 select id, version, case_code, year, times, notes, scenario, $2, catalog_version,
		   confirmed_findings
		 from cases where id = $1`,
		[id, actor.userId]
	);
	await advanceRevision(tx, actor.organisationId);
}

const codeTaken = problem('caseCode', REFUSALS.caseCodeTaken);

async function codeInUse(
	db: Queryable,
	actor: Actor,
	code: string,
	except?: string
): Promise<boolean> {
	const rows = await db.query(
		'select 1 from cases where organisation_id = $1 and case_code = $2 and ($3::uuid is null or id <> $3::uuid)',
		[actor.organisationId, code, except ?? null]
	);
	return rows.length > 0;
}

/** The prefix a generated case code starts with: "wijkteam". */
export const CODE_PREFIX = 'WT';

/** The next free pseudonymous code PREFIX-YEAR-NNN in the organisation, offered for a new case. */
export async function suggestCaseCode(
	db: Queryable,
	actor: Actor,
	year: number,
	prefix = CODE_PREFIX
): Promise<string> {
	const start = `${prefix}-${year}-`;
	const rows = await db.query<{ code: string }>(
		`select case_code as code from cases where organisation_id = $1 and starts_with(case_code, $2)`,
		[actor.organisationId, start]
	);
	const taken = rows.map((row) => Number(row.code.slice(start.length)));
	const next = Math.max(0, ...taken.filter(Number.isInteger)) + 1;
	return `${start}${String(next).padStart(3, '0')}`;
}

export async function createCase(db: Database, actor: Actor, form: CaseForm): Promise<SaveOutcome> {
	if (!can(actor, 'own-cases')) throw new Forbidden('own-cases');
	const checked = await checkedCase(db, actor, form);
	if (!checked.ok) return checked;
	if (await codeInUse(db, actor, form.caseCode)) return { ok: false, problems: [codeTaken] };
	return db.transaction(async (tx) => {
		const [row] = await tx.query<{ id: string }>(
			`insert into cases (organisation_id, owner_id, case_code, year, times, notes, scenario,
			   updated_by, catalog_version, started_on, confirmed_findings, held_names)
			 values ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $2, $8, $9::date, $10::text::jsonb,
			   $11::text::jsonb)
			 returning id`,
			[
				actor.organisationId,
				actor.userId,
				form.caseCode,
				form.year,
				form.times,
				form.notes,
				checked.scenarioText,
				CATALOG.version,
				form.startedOn ?? null,
				JSON.stringify(checked.confirmed),
				JSON.stringify(checked.held)
			]
		);
		await keepVersion(tx, row!.id, actor);
		await keepSums(tx, { ...where(actor, form), caseId: row!.id, version: 1 }, checked);
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'case.created',
			subjectType: 'case',
			subjectId: row!.id,
			detail: { caseCode: form.caseCode, year: form.year }
		});
		await auditConfirmed(tx, actor, row!.id, form.caseCode, checked.confirmed);
		await auditHeld(tx, actor, row!.id, form.caseCode, checked.held);
		return { ok: true as const, id: row!.id, version: 1 };
	});
}

/**
 * Saves a new version of a case, but only over the version the editor started from. When
 * someone else saved in between, nothing is written and both versions come back.
 */
export async function updateCase(
	db: Database,
	actor: Actor,
	id: string,
	basedOn: number,
	form: CaseForm
): Promise<SaveOutcome | null> {
	const current = await findCase(db, actor, id);
	if (!current) return null;
	const checked = await checkedCase(db, actor, form, current.releasedTexts);
	if (!checked.ok) return checked;
	if (await codeInUse(db, actor, form.caseCode, id)) return { ok: false, problems: [codeTaken] };
	// a text still masked stays held; one the worker rewrote is no longer anyone's to review
	const stored = JSON.parse(checked.scenarioText) as ScenarioInput;
	const held = joinHeld(stillHeld(stored, current.heldNames), checked.held);
	const saved = await db.transaction(async (tx) => {
		const rows = await tx.query<{ version: number }>(
			`update cases set case_code = $3, year = $4, times = $5, notes = $6, scenario = $7::text::jsonb,
			        version = version + 1, updated_by = $8, updated_at = now(), catalog_version = $10,
			        started_on = $11::date, confirmed_findings = $12::text::jsonb,
			        held_names = $13::text::jsonb
			 where id = $1 and version = $2 and organisation_id = $9 returning version`,
			[
				id,
				basedOn,
				form.caseCode,
				form.year,
				form.times,
				form.notes,
				checked.scenarioText,
				actor.userId,
				actor.organisationId,
				CATALOG.version,
				form.startedOn ?? null,
				JSON.stringify(checked.confirmed),
				JSON.stringify(held)
			]
		);
		if (rows.length === 0) return null;
		await keepVersion(tx, id, actor);
		await keepSums(tx, { ...where(actor, form), caseId: id, version: rows[0]!.version }, checked);
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'case.updated',
			subjectType: 'case',
			subjectId: id,
			detail: { caseCode: form.caseCode, version: rows[0]!.version }
		});
		await auditConfirmed(tx, actor, id, form.caseCode, checked.confirmed);
		await auditHeld(tx, actor, id, form.caseCode, checked.held);
		return rows[0]!.version;
	});
	if (saved !== null) return { ok: true, id, version: saved };
	const theirs = await findCase(db, actor, id);
	if (!theirs) return null;
	return {
		ok: false,
		conflict: theirs,
		problems: [problem('version', REFUSALS.savedMeanwhile(theirs.updatedByName, theirs.version))]
	};
}

export async function deleteCase(db: Database, actor: Actor, id: string): Promise<boolean> {
	const current = await findCase(db, actor, id);
	if (!current) return false;
	await db.transaction(async (tx) => {
		await tx.query('delete from cases where id = $1 and organisation_id = $2', [
			id,
			actor.organisationId
		]);
		await advanceRevision(tx, actor.organisationId);
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'case.deleted',
			subjectType: 'case',
			subjectId: id,
			detail: { caseCode: current.caseCode, year: current.year, version: current.version }
		});
	});
	return true;
}
