import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CATALOG } from '../../catalog/catalog';
import { summaryOfSums } from '../../portfolio/case-sums';
import { PORTFOLIO_ASSUMPTIONS } from '../../portfolio/portfolio';
import type { YearSummary } from '../../portfolio/types';
import type { UnitCostInput } from '../../schemas/unit-cost';
import type { Database, Queryable } from '../db/database';
import { canonicalJson } from '../platform/canonical-json';
import { advanceRevision } from '../platform/revisions';
import { inTime } from '../platform/unavailable';
import { heavy } from '../work/pool';
import type { StoredRow } from '../work/tasks';
import { onlyCases, type SumColumns } from './columns';
import {
	dropOtherBases,
	lastCompleteBasis,
	missingCount,
	refreshStatistics,
	storeCaseSums,
	yearSums
} from './store';

/**
 * Each saved case version priced once and its sums kept, so a year is added up by the
 * database: `sum … group by` over exact numeric columns, equal to pricing the year at once
 * (case-sums.test.ts) and to the cent on both engines (sums.test.ts). This module decides when
 * a case is priced and which sums a year is read from; store.ts holds the queries.
 */

/**
 * The form of the kept sums: a change to what a case keeps (a new measure, a new field of its
 * case rows) moves it, so every case is priced again into the new form, as after a catalog
 * release.
 */
export const SUMS_FORM = 3;

/**
 * What a case's sums depend on besides the case: the catalog, the organisation's own unit costs,
 * the portfolio's assumptions and the form of the sums. A change to any of them is a new basis,
 * and the sums of the old one are no longer read.
 */
export function resultBasis(figures: readonly UnitCostInput[]): string {
	const hash = createHash('sha256')
		.update(canonicalJson({ figures, assumptions: PORTFOLIO_ASSUMPTIONS, form: SUMS_FORM }))
		.digest('hex');
	return `${CATALOG.version}:${hash.slice(0, 24)}`;
}

/** Saved cases priced into their sums, as columns to store; in a worker when they are many. */
export async function priceCases(
	rows: readonly StoredRow[],
	figures: readonly UnitCostInput[]
): Promise<SumColumns> {
	return inTime(heavy({ kind: 'case-sums', rows, figures }));
}

/**
 * Prices the year's cases that have no sums on this basis yet (after a catalog or own unit
 * cost change, or cases saved before sums were kept), in batches, each kept as it is done.
 */
export async function priceMissingCases(
	db: Database,
	organisationId: string,
	year: number,
	figures: readonly UnitCostInput[],
	basis: string,
	batch = 500
): Promise<number> {
	const missing = await db.query<StoredRow & { version: number }>(
		`select c.id, c.case_code as "caseCode", c.times, c.version, c.scenario::text as "scenarioText"
		 from cases c where c.organisation_id = $1 and c.year = $2
		   and not exists (select 1 from case_result_cases r
		     where r.case_id = c.id and r.case_version = c.version and r.basis = $3)
		 order by c.case_code`,
		[organisationId, year, basis]
	);
	for (let i = 0; i < missing.length; i += batch) {
		// the embedded engine writes on this thread: a turn for other requests between batches
		if (i > 0) await nextTurn();
		const rows = missing.slice(i, i + batch);
		const priced = await priceCases(rows, figures);
		await db.transaction(async (tx) => {
			// a case saved meanwhile has priced its own new version: leave it
			const current = await tx.query<{ id: string }>(
				`select c.id from cases c join unnest($1::uuid[], $2::int[]) as priced (id, version)
				   on priced.id = c.id and priced.version = c.version for update of c`,
				[rows.map((r) => r.id), rows.map((r) => r.version)]
			);
			const still = new Set(current.map((c) => c.id));
			const kept = rows.flatMap((row, j) => (still.has(row.id) ? [j] : []));
			await storeCaseSums(
				tx,
				basis,
				kept.map((j) => ({
					caseId: rows[j]!.id,
					version: rows[j]!.version,
					organisationId,
					year,
					caseCode: rows[j]!.caseCode
				})),
				kept.length === rows.length ? priced : onlyCases(priced, kept)
			);
		});
	}
	return missing.length;
}

/** Fewer cases than this without sums are priced on the spot; more, in the background. */
export const PRICED_ON_THE_SPOT = 200;
const BACKGROUND_BATCH = 100;

// One background pricing per organisation, year and basis, however many readers ask meanwhile.
const repricing = new Map<string, Promise<unknown>>();

/** Whether the year's cases are being priced on a new basis in the background now. */
export const repricingNow = (organisationId: string, year: number) =>
	[...repricing.keys()].some((key) => key.startsWith(`${organisationId}:${year}:`));

function repriceInBackground(
	db: Database,
	organisationId: string,
	year: number,
	figures: readonly UnitCostInput[],
	basis: string
): Promise<unknown> {
	const key = `${organisationId}:${year}:${basis}`;
	const running = repricing.get(key);
	if (running) return running;
	const job = priceMissingCases(db, organisationId, year, figures, basis, BACKGROUND_BATCH)
		// done: the earlier figures go, and every kept page with them
		.then(() =>
			db.transaction(async (tx) => {
				await dropOtherBases(tx, organisationId, year, basis);
				await advanceRevision(tx, organisationId);
			})
		)
		// a job cut short (a restart, the database gone) resumes where it stopped: the next
		// reader finds the cases still without sums on this basis
		.catch(() => undefined)
		.finally(() => repricing.delete(key));
	repricing.set(key, job);
	return job;
}

/**
 * A year's summary from the kept sums of its cases, added up by the database. A few cases
 * without sums on this basis (saved before sums were kept, say) are priced first; many (after a
 * catalog or own unit cost change) are priced in the background, and meanwhile the year is
 * priced as a whole, as before: exact on the current basis, never a mix of old and new sums.
 */
export async function summaryFromResults(
	db: Database,
	organisationId: string,
	year: number,
	figures: readonly UnitCostInput[]
): Promise<YearSummary | null> {
	const basis = resultBasis(figures);
	const missing = await missingCount(db, organisationId, year, basis);
	if (missing > PRICED_ON_THE_SPOT) {
		void repriceInBackground(db, organisationId, year, figures, basis);
		return (
			(await lastCompleteFigures(db, organisationId, year, basis)) ??
			pricedAsAWhole(db, organisationId, year, figures)
		);
	}
	return currentSummary(db, organisationId, year, figures, basis, missing);
}

/**
 * The year's summary on its current basis, every case priced on it first, however many:
 * what a file or an established version of the year is made of, never older figures.
 */
export async function currentSummary(
	db: Database,
	organisationId: string,
	year: number,
	figures: readonly UnitCostInput[],
	basis = resultBasis(figures),
	missing?: number
): Promise<YearSummary | null> {
	if ((missing ?? (await missingCount(db, organisationId, year, basis))) > 0)
		await priceMissingCases(db, organisationId, year, figures, basis);
	await dropOtherBases(db, organisationId, year, basis);
	await refreshStatistics(db);
	const sums = await yearSums(db, organisationId, year, basis);
	return sums && { ...summaryOfSums(year, sums), basis };
}

/**
 * The year's figures on the basis it was last priced on in full, with when they last changed:
 * what a report shows while its cases are priced again on a new basis, never a mix of the two.
 */
async function lastCompleteFigures(
	db: Queryable,
	organisationId: string,
	year: number,
	basis: string
): Promise<YearSummary | null> {
	const last = await lastCompleteBasis(db, organisationId, year, basis);
	const sums = last && (await yearSums(db, organisationId, year, last.basis));
	return sums
		? { ...summaryOfSums(year, sums), basis: last.basis, updating: { since: last.at } }
		: null;
}

async function pricedAsAWhole(
	db: Queryable,
	organisationId: string,
	year: number,
	figures: readonly UnitCostInput[]
): Promise<YearSummary | null> {
	const rows = await db.query<StoredRow>(
		`select c.id, c.case_code as "caseCode", c.times, c.scenario::text as "scenarioText"
		 from cases c where c.organisation_id = $1 and c.year = $2 order by c.case_code`,
		[organisationId, year]
	);
	if (rows.length === 0) return null;
	return inTime(heavy({ kind: 'summarise-year', year, rows, figures }));
}

/** Waits for the background pricing of a year, for tests and a clean shutdown. */
export async function repricingDone(): Promise<void> {
	await Promise.all(repricing.values());
}
