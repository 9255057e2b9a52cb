import { D, type Dec } from '../../engine';
import {
	accountOf,
	hourPrice,
	type CaseFacts,
	type FollowedUp,
	type FollowUpAccount
} from '../../follow-up/account';
import { avoidedEvents, type AvoidedEvent, type EventAnswer } from '../../follow-up/events';
import {
	addMonths,
	DEFAULT_MOMENTS,
	followUpStatus,
	readMoments,
	type FollowUpStatus
} from '../../follow-up/schedule';
import { problem, type FieldProblem } from '../../i18n/form-messages';
import { pricePortfolio } from '../../portfolio/portfolio';
import type { UnitCostEntry, UnitCostInput } from '../../schemas/unit-cost';
import { require, type Actor } from '../platform/access';
import { recordAudit } from '../platform/audit';
import { caseScope, findCase, type SavedCase } from '../cases/cases';
import type { Database, Queryable } from '../db/database';
import { figureInputs, organisationFigures } from '../cases/overrides';
import { inTime } from '../platform/unavailable';
import { heavy } from '../work/pool';
import type { StoredRow } from '../work/tasks';
import { resultBasis } from '../sums/pricing';
import { fromExactText } from '../work/wire';
import { advanceRevision } from '../platform/revisions';
import { REFUSALS } from '../../i18n/refusals';
import { Kept } from '../platform/kept';

/**
 * Follow-ups of saved cases (docs/method.md, "Follow-up and calibration"): at set months after a
 * case's help started, whether each avoided event happened after all, and the support spent.
 * Scoped like cases: a social worker sees and records their own, an analyst all of them.
 */

/** The day a case's help started: as entered, or else the day it was first saved. */
const START = `to_char(coalesce(c.started_on, c.created_at::date), 'YYYY-MM-DD')`;

export async function followUpMoments(db: Queryable, organisationId: string): Promise<number[]> {
	const [row] = await db.query<{ months: number[] }>(
		'select follow_up_months as months from organisations where id = $1',
		[organisationId]
	);
	return row?.months ?? [...DEFAULT_MOMENTS];
}

export async function setFollowUpMoments(
	db: Database,
	actor: Actor,
	typed: string
): Promise<{ ok: true; months: number[] } | { ok: false; problems: FieldProblem[] }> {
	require(actor, 'portfolio');
	const read = readMoments(typed);
	if (!read.ok)
		return {
			ok: false,
			problems: [problem('moments', REFUSALS.moments(read))]
		};
	await db.transaction(async (tx) => {
		await tx.query('update organisations set follow_up_months = $2 where id = $1', [
			actor.organisationId,
			read.months
		]);
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'follow-up.moments',
			subjectType: 'organisation',
			subjectId: actor.organisationId,
			detail: { months: read.months }
		});
	});
	return { ok: true, months: read.months };
}

/** One follow-up of one case: when it is due, and whether it is done. */
export interface FollowUpItem {
	caseId: string;
	caseCode: string;
	year: number;
	caseType: string;
	ownerName: string;
	months: number;
	due: string;
	status: FollowUpStatus;
	doneAt: Date | null;
}

interface ScheduledCase {
	caseId: string;
	caseCode: string;
	year: number;
	caseType: string;
	ownerName: string;
	start: string;
}

/** Every follow-up of the cases the actor may see: the organisation's moments and any done. */
export async function followUpList(
	db: Queryable,
	actor: Actor,
	today: string,
	onlyCase?: string
): Promise<FollowUpItem[]> {
	const scope = caseScope(actor);
	const params = [...scope.params, ...(onlyCase ? [onlyCase] : [])];
	const where = onlyCase ? `${scope.where} and c.id = $${params.length}` : scope.where;
	const moments = await followUpMoments(db, actor.organisationId);
	const cases = await db.query<ScheduledCase>(
		`select c.id as "caseId", c.case_code as "caseCode", c.year,
		        c.scenario->>'label' as "caseType", o.display_name as "ownerName", ${START} as start
		 from cases c join users o on o.id = c.owner_id where ${where}`,
		params
	);
	const done = await db.query<{ caseId: string; months: number; doneAt: Date }>(
		`select case_id as "caseId", months, done_at as "doneAt" from follow_ups
		 where organisation_id = $1 and ($2::uuid is null or case_id = $2)`,
		[actor.organisationId, onlyCase ?? null]
	);
	const doneByCase = new Map<string, Map<number, Date>>();
	for (const d of done)
		doneByCase.set(d.caseId, (doneByCase.get(d.caseId) ?? new Map()).set(d.months, d.doneAt));
	return cases.flatMap(({ start, ...c }) => {
		const doneAt = doneByCase.get(c.caseId) ?? new Map<number, Date>();
		// A follow-up done at a moment the organisation no longer uses still counts as done.
		return [...new Set([...moments, ...doneAt.keys()])].map((months) => {
			const at = doneAt.get(months) ?? null;
			const due = addMonths(start, months);
			return { ...c, months, due, doneAt: at, status: followUpStatus(due, today, at !== null) };
		});
	});
}

/** A recorded follow-up, as the form and the report read it. */
export interface RecordedFollowUp {
	months: number;
	caseVersion: number;
	answers: Record<string, EventAnswer>;
	supportHours: Dec;
	maatwerk: Dec;
	notes: string;
	doneAt: Date;
	doneByName: string | null;
}

const RECORDED = `f.months, f.case_version as "caseVersion", f.answers, f.support_hours::text as hours,
	f.maatwerk_euros::text as maatwerk, f.notes, f.done_at as "doneAt", u.display_name as "doneByName"`;

type RecordedRow = Omit<RecordedFollowUp, 'supportHours' | 'maatwerk'> & {
	hours: string;
	maatwerk: string;
	caseId: string;
};

const recorded = ({ hours, maatwerk, caseId: _, ...row }: RecordedRow): RecordedFollowUp => ({
	...row,
	supportHours: new D(hours),
	maatwerk: new D(maatwerk)
});

async function recordedFor(db: Queryable, caseId: string): Promise<RecordedFollowUp[]> {
	const rows = await db.query<RecordedRow>(
		`select f.case_id as "caseId", ${RECORDED} from follow_ups f
		 left join users u on u.id = f.done_by where f.case_id = $1 order by f.months`,
		[caseId]
	);
	return rows.map(recorded);
}

/** The avoided events of a saved case, as its follow-up asks about them. */
export function eventsOfCase(
	saved: Pick<SavedCase, 'id' | 'caseCode' | 'times' | 'scenario'>,
	figures: readonly UnitCostEntry[]
): AvoidedEvent[] {
	const { result, origin } = pricePortfolio([saved], saved.caseCode, figures);
	return avoidedEvents(result.lines, (line) => origin.get(line.caseId)!.inputCaseId!);
}

/** Everything the follow-up form of one case at one moment shows. */
export interface FollowUpSheet {
	saved: SavedCase;
	start: string;
	months: number;
	due: string;
	events: AvoidedEvent[];
	/** This moment's record, to change; else the latest before it, to start from. */
	current: RecordedFollowUp | null;
	earlier: RecordedFollowUp | null;
}

/** The sheet of a case the actor may see at one of its moments, or null where there is none. */
export async function followUpSheet(
	db: Queryable,
	actor: Actor,
	caseId: string,
	months: number
): Promise<FollowUpSheet | null> {
	const saved = await findCase(db, actor, caseId);
	if (!saved) return null;
	const records = await recordedFor(db, caseId);
	const moments = await followUpMoments(db, actor.organisationId);
	if (!moments.includes(months) && !records.some((r) => r.months === months)) return null;
	const [{ start }] = (await db.query<{ start: string }>(
		`select ${START} as start from cases c where c.id = $1`,
		[caseId]
	)) as [{ start: string }];
	const figures = await organisationFigures(db, actor.organisationId);
	return {
		saved,
		start,
		months,
		due: addMonths(start, months),
		events: eventsOfCase(saved, figures),
		current: records.find((r) => r.months === months) ?? null,
		earlier: records.filter((r) => r.months < months).at(-1) ?? null
	};
}

/** A checked follow-up, as the form module (form.ts) reads it from the form. */
export interface FollowUpRecord {
	caseVersion: number;
	answers: Record<string, EventAnswer>;
	supportHours: Dec;
	maatwerk: Dec;
	notes: string;
}

/** Keeps a follow-up in place of any earlier record at the same moment. */
export async function recordFollowUp(
	db: Database,
	actor: Actor,
	caseId: string,
	months: number,
	record: FollowUpRecord
): Promise<boolean> {
	const saved = await findCase(db, actor, caseId);
	if (!saved) return false;
	await db.transaction(async (tx) => {
		await tx.query(
			`insert into follow_ups (case_id, organisation_id, months, case_version, answers,
			   support_hours, maatwerk_euros, notes, done_by)
			 values ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8, $9)
			 on conflict (case_id, months) do update set case_version = excluded.case_version,
			   answers = excluded.answers, support_hours = excluded.support_hours,
			   maatwerk_euros = excluded.maatwerk_euros, notes = excluded.notes,
			   done_by = excluded.done_by, done_at = now()`,
			[
				caseId,
				actor.organisationId,
				months,
				record.caseVersion,
				JSON.stringify(record.answers),
				record.supportHours.toFixed(),
				record.maatwerk.toFixed(),
				record.notes,
				actor.userId
			]
		);
		await advanceRevision(tx, actor.organisationId);
		await recordAudit(tx, actor.organisationId, actor.userId, {
			action: 'follow-up.recorded',
			subjectType: 'case',
			subjectId: caseId,
			detail: { caseCode: saved.caseCode, months }
		});
	});
	return true;
}

/** A saved case's version and its latest follow-up: the latest holds everything since the start. */
interface FollowedUpRow {
	id: string;
	caseCode: string;
	times: number;
	version: number;
	answers: Record<string, EventAnswer> | null;
	hours: string | null;
	maatwerk: string | null;
}

async function followedUpRows(
	db: Queryable,
	organisationId: string,
	year: number | null
): Promise<FollowedUpRow[]> {
	// two plain reads joined here: the planner of the embedded database, without statistics,
	// joined them as a nested loop (310 ms for 5,000 cases against 35 ms apart)
	const cases = await db.query<Pick<FollowedUpRow, 'id' | 'caseCode' | 'times' | 'version'>>(
		`select id, case_code as "caseCode", times, version from cases
		 where organisation_id = $1 and ($2::int is null or year = $2) order by case_code`,
		[organisationId, year]
	);
	const latest = await db.query<Omit<FollowedUpRow, 'caseCode' | 'times' | 'version'>>(
		`select distinct on (case_id) case_id as id, answers, support_hours::text as hours,
		        maatwerk_euros::text as maatwerk
		 from follow_ups where organisation_id = $1 order by case_id, months desc`,
		[organisationId]
	);
	const byCase = new Map(latest.map((row) => [row.id, row]));
	return cases.map((c) => ({
		...c,
		answers: byCase.get(c.id)?.answers ?? null,
		hours: byCase.get(c.id)?.hours ?? null,
		maatwerk: byCase.get(c.id)?.maatwerk ?? null
	}));
}

const followedUp = ({ id, answers, hours, maatwerk }: FollowedUpRow): FollowedUp => ({
	id,
	answers,
	support:
		hours === null || maatwerk === null ? null : { hours: new D(hours), maatwerk: new D(maatwerk) }
});

/**
 * Each case version's facts, priced once on a basis (sums/pricing.ts, resultBasis) and kept: a
 * year with follow-ups prices only the cases saved since it was last read, in a worker.
 */
const KEPT_FACTS = new Kept<string, CaseFacts>(200_000);

async function factsOf(
	db: Queryable,
	rows: readonly FollowedUpRow[],
	figures: readonly UnitCostInput[]
): Promise<Map<string, CaseFacts>> {
	const basis = resultBasis(figures);
	const key = (row: FollowedUpRow) => `${row.id}:${row.version}:${basis}`;
	const missing = rows.filter((row) => !KEPT_FACTS.has(key(row)));
	if (missing.length > 0) {
		const texts = await db.query<StoredRow>(
			`select id, case_code as "caseCode", times, scenario::text as "scenarioText"
			 from cases where id = any($1::uuid[])`,
			[missing.map((row) => row.id)]
		);
		const priced = fromExactText<[string, CaseFacts][]>(
			await inTime(heavy({ kind: 'case-facts', rows: texts, figures }))
		);
		const byId = new Map(missing.map((row) => [row.id, row]));
		for (const [id, facts] of priced) KEPT_FACTS.set(key(byId.get(id)!), facts);
	}
	// a version saved while this was read is priced on the next reading
	return new Map(
		rows.flatMap((row) => {
			const facts = KEPT_FACTS.get(key(row));
			return facts ? [[row.id, facts] as const] : [];
		})
	);
}

/** The organisation's cases (of a year, or all) with their latest follow-up and their facts. */
async function followedUpWithFacts(db: Queryable, organisationId: string, year: number | null) {
	const rows = await followedUpRows(db, organisationId, year);
	const figures = await organisationFigures(db, organisationId);
	const facts = await factsOf(db, rows, figureInputs(figures));
	return { cases: rows.filter((row) => facts.has(row.id)).map(followedUp), facts, figures };
}

/**
 * A year's expected and found figures, as the year report shows them beside its estimate; null
 * for a year without any follow-up, so such a year is never priced for it.
 */
export async function yearFollowUps(
	db: Queryable,
	organisationId: string,
	year: number
): Promise<FollowUpAccount | null> {
	const [any] = await db.query(
		`select 1 from follow_ups f join cases c on c.id = f.case_id
		 where c.organisation_id = $1 and c.year = $2 limit 1`,
		[organisationId, year]
	);
	if (!any) return null;
	const { cases, facts, figures } = await followedUpWithFacts(db, organisationId, year);
	return accountOf(cases, facts, hourPrice(figures));
}

/** A year's follow-up figures for an analyst; those of a year without follow-ups are empty. */
export async function yearFollowUpAccount(
	db: Queryable,
	actor: Actor,
	year: number
): Promise<FollowUpAccount> {
	require(actor, 'portfolio');
	const account = await yearFollowUps(db, actor.organisationId, year);
	if (account) return account;
	return accountOf([], new Map(), hourPrice(await organisationFigures(db, actor.organisationId)));
}

/** Every case of the organisation with its latest follow-up, for calibrating its chances. */
export async function organisationFollowUps(db: Queryable, actor: Actor) {
	require(actor, 'portfolio');
	return followedUpWithFacts(db, actor.organisationId, null);
}
