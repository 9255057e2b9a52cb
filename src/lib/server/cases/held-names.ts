import type { ScenarioInput } from '../../schemas/scenario';
import { heldOnce, releaseText, type HeldText } from '../../privacy/held-names';
import { require, type Actor } from '../platform/access';
import { recordAudit } from '../platform/audit';
import type { Database, Queryable, Transaction } from '../db/database';
import { organisationFigureInputs } from './overrides';
import { priceCases, resultBasis } from '../sums/pricing';
import { storeNewVersionSums } from '../sums/store';
import { keepVersion } from './cases';

/** A case with texts saved with a name masked, as a manager reviews it. */
export interface HeldCase {
	savedCaseId: string;
	caseCode: string;
	year: number;
	version: number;
	ownerName: string;
	held: HeldText[];
}

/** The organisation's cases with texts held for review, latest year first. */
export async function heldForReview(db: Queryable, actor: Actor): Promise<HeldCase[]> {
	require(actor, 'portfolio');
	const cases = await db.query<HeldCase>(
		`select c.id as "savedCaseId", c.case_code as "caseCode", c.year, c.version,
		   o.display_name as "ownerName", c.held_names as held
		 from cases c join users o on o.id = c.owner_id
		 where c.organisation_id = $1 and jsonb_array_length(c.held_names) > 0
		 order by c.year desc, c.case_code`,
		[actor.organisationId]
	);
	return cases.map((c) => ({ ...c, held: heldOnce(c.held) }));
}

interface HeldRow {
	caseCode: string;
	times: number;
	year: number;
	version: number;
	scenario: ScenarioInput;
	held: HeldText[];
	released: string[];
}

/** What a review answers: done, or gone (reviewed by someone else, rewritten, or not ours). */
export type Reviewed = { ok: true; caseCode: string } | { ok: false };

async function heldText(db: Queryable, actor: Actor, caseId: string, shown: string) {
	const [row] = await db.query<HeldRow>(
		`select case_code as "caseCode", times, year, version, scenario, held_names as held,
		   released_texts as released
		 from cases where id = $1::uuid and organisation_id = $2`,
		[caseId, actor.organisationId]
	);
	// the same text held in the title and the case's label is one text to review
	const held = row?.held.filter((h) => h.shown === shown) ?? [];
	return row && held.length > 0 ? { row, held } : null;
}

/**
 * A manager releases a held text after review: it is no client's name. The text goes back into
 * the case as typed, as a new version priced again, and is never held again; the audit log keeps
 * who released what.
 */
export const releaseName = (db: Database, actor: Actor, caseId: string, shown: string) =>
	reviewing(db, actor, caseId, shown, (found) => release(db, actor, caseId, found));

/**
 * A manager sends a held text back: it may name a client. The masked text stays in the case for
 * its worker to rewrite, and the text as typed is forgotten.
 */
export const returnName = (db: Database, actor: Actor, caseId: string, shown: string) =>
	reviewing(db, actor, caseId, shown, (found) => sendBack(db, actor, caseId, found));

type Found = NonNullable<Awaited<ReturnType<typeof heldText>>>;

/** A review of a held text by a manager: nothing to review when the text is not (or no longer) held. */
async function reviewing(
	db: Database,
	actor: Actor,
	caseId: string,
	shown: string,
	decide: (found: Found) => Promise<Reviewed>
): Promise<Reviewed> {
	require(actor, 'portfolio');
	const found = await heldText(db, actor, caseId, shown);
	return found ? decide(found) : { ok: false };
}

async function release(
	db: Database,
	actor: Actor,
	caseId: string,
	{ row, held }: Found
): Promise<Reviewed> {
	const scenario = held.reduce(releaseText, row.scenario);
	const scenarioText = JSON.stringify(scenario);
	const figures = await organisationFigureInputs(db, actor.organisationId);
	const sums = await priceCases(
		[{ id: caseId, caseCode: row.caseCode, times: row.times, scenarioText }],
		figures
	);
	return db.transaction(async (tx) => {
		const version = await takeHeld(tx, actor, caseId, row, held, {
			scenarioText,
			released: [...new Set([...row.released, ...held.map((h) => h.original)])]
		});
		if (version === null) return { ok: false };
		await keepVersion(tx, caseId, actor);
		const place = { caseId, version, organisationId: actor.organisationId, year: row.year };
		await storeNewVersionSums(
			tx,
			resultBasis(figures),
			[{ ...place, caseCode: row.caseCode }],
			sums
		);
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'case.name-released',
			subjectType: 'case',
			subjectId: caseId,
			detail: { caseCode: row.caseCode, text: held[0]!.original }
		});
		return { ok: true, caseCode: row.caseCode };
	});
}

async function sendBack(
	db: Database,
	actor: Actor,
	caseId: string,
	{ row, held }: Found
): Promise<Reviewed> {
	return db.transaction(async (tx) => {
		const removed = await tx.query(
			`update cases set held_names = $3::text::jsonb
			 where id = $1 and organisation_id = $2 and version = $4 returning id`,
			[
				caseId,
				actor.organisationId,
				JSON.stringify(row.held.filter((h) => !held.includes(h))),
				row.version
			]
		);
		if (removed.length === 0) return { ok: false };
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'case.name-returned',
			subjectType: 'case',
			subjectId: caseId,
			detail: { caseCode: row.caseCode, texts: held.length }
		});
		return { ok: true, caseCode: row.caseCode };
	});
}

/** Writes the released text into the case, over the version it was read at; null if it moved on. */
async function takeHeld(
	tx: Transaction,
	actor: Actor,
	caseId: string,
	row: HeldRow,
	held: readonly HeldText[],
	change: { scenarioText: string; released: string[] }
): Promise<number | null> {
	const [updated] = await tx.query<{ version: number }>(
		`update cases set scenario = $3::text::jsonb, held_names = $4::text::jsonb,
		   released_texts = $5::text::jsonb, version = version + 1, updated_by = $6, updated_at = now()
		 where id = $1 and organisation_id = $2 and version = $7 returning version`,
		[
			caseId,
			actor.organisationId,
			change.scenarioText,
			JSON.stringify(row.held.filter((h) => !held.includes(h))),
			JSON.stringify(change.released),
			actor.userId,
			row.version
		]
	);
	return updated?.version ?? null;
}
