import { funderOverview, type FunderOverview, type SharedYear } from '../../portfolio/overview';
import type { PortfolioReport } from '../../portfolio/types';
import type { Lang } from '../../i18n/lang';
import { overviewCsv } from '../../report/files/overview-csv';
import type { CsvDialect } from '../../report/files/result-csv';
import { require, type Actor } from '../platform/access';
import type { Queryable } from '../db/database';
import { inTime } from '../platform/unavailable';
import { heavy } from '../work/pool';
import { exactText, fromExactText } from '../work/wire';
import { Kept } from '../platform/kept';

// An established version never changes: its figures, once read, are kept by its id.
const READ = new Kept<string, Omit<PortfolioReport, 'cases'>>(512);

/** The versions' reports, read from the database only where not read before. */
async function reportsOf(db: Queryable, ids: readonly string[]) {
	const found = new Map(ids.flatMap((id) => (READ.has(id) ? [[id, READ.get(id)!] as const] : [])));
	const missing = ids.filter((id) => !found.has(id));
	if (missing.length > 0) {
		const rows = await db.query<{ id: string; report: string }>(
			'select id, report from report_versions where id = any($1::uuid[])',
			[missing]
		);
		for (const { id, report } of rows) {
			const read = fromExactText<Omit<PortfolioReport, 'cases'>>(report);
			found.set(id, READ.set(id, read));
		}
	}
	return found;
}

/** Every open share with the funder whose report has an established version: the latest one. */
async function sharedYears(db: Queryable, funderId: string): Promise<SharedYear[]> {
	const rows = await db.query<{
		shareId: string;
		providerName: string;
		year: number;
		versionId: string;
		number: number;
		at: Date;
		by: string;
	}>(
		`select s.id as "shareId", o.name as "providerName", s.year, v.id as "versionId",
		        v.number, v.established_at as at, u.display_name as by
		 from shares s
		 join organisations o on o.id = s.provider_id
		 join lateral (select id, number, established_at, established_by from report_versions r
		               where r.organisation_id = s.provider_id and r.year = s.year
		               order by r.number desc limit 1) v on true
		 join users u on u.id = v.established_by
		 where s.funder_id = $1 and s.withdrawn_at is null and s.funder_left_at is null`,
		[funderId]
	);
	const reports = await reportsOf(
		db,
		rows.map((r) => r.versionId)
	);
	return rows.map(({ versionId, number, at, by, ...share }) => ({
		...share,
		version: { number, at, by },
		report: reports.get(versionId)!
	}));
}

/** The years a funder has established reports for, newest first. */
export async function overviewYears(db: Queryable, actor: Actor): Promise<number[]> {
	require(actor, 'view-shares');
	const rows = await db.query<{ year: number }>(
		`select distinct s.year from shares s
		 where s.funder_id = $1 and s.withdrawn_at is null and s.funder_left_at is null
		   and exists (select 1 from report_versions r where r.organisation_id = s.provider_id and r.year = s.year)
		 order by s.year desc`,
		[actor.organisationId]
	);
	return rows.map((r) => r.year);
}

/** The funder's combined view of a year, over every established report shared with it. */
export async function overviewOfYear(
	db: Queryable,
	actor: Actor,
	year: number
): Promise<FunderOverview | null> {
	require(actor, 'view-shares');
	const shared = await sharedYears(db, actor.organisationId);
	if (!shared.some((s) => s.year === year)) return null;
	return funderOverview(year, shared);
}

/** The overview of a year as CSV, in the reader's language and dialect. */
export async function overviewCsvOf(
	db: Queryable,
	actor: Actor,
	year: number,
	lang: Lang,
	dialect: CsvDialect
): Promise<string | null> {
	const overview = await overviewOfYear(db, actor, year);
	return overview && overviewCsv(overview, lang, dialect);
}

/** The overview of a year as an Excel workbook, written in a worker: the library is large. */
export async function overviewWorkbookOf(
	db: Queryable,
	actor: Actor,
	year: number
): Promise<Uint8Array | null> {
	const overview = await overviewOfYear(db, actor, year);
	if (!overview) return null;
	const task = {
		kind: 'overview-xlsx',
		overview: exactText(overview),
		funder: actor.organisationName
	} as const;
	return inTime(heavy(task));
}
