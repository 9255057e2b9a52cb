import { CATALOG } from '../../catalog/catalog';
import { problem, type FieldProblem } from '../../i18n/form-messages';
import type { CaseFigure, Establishment, Listed, PortfolioReport } from '../../portfolio/types';
import type { Recomputed } from '../../report/recomputed';
import type { ReportStatus } from '../../report/status';
import {
	shortDifference,
	versionDifference,
	type ReportSide,
	type ShortDifference,
	unchanged
} from '../../report/version-difference';
import type { UnitCostInput } from '../../schemas/unit-cost';
import { require, type Actor } from '../platform/access';
import { recordAudit } from '../platform/audit';
import type { Database, Queryable } from '../db/database';
import { organisationFigureInputs } from '../cases/overrides';
import { organisationReport, reportCases } from './portfolio';
import { advanceRevision } from '../platform/revisions';
import { canonicalJson } from '../platform/canonical-json';
import { inTime } from '../platform/unavailable';
import type { VersionFinding } from '../work/establish';
import { keptYear, listedYear, packedFiles, storeVersionFiles, versionFiles } from './year-files';
import { heavy } from '../work/pool';
import { portfolioRows, type StoredRow } from '../work/tasks';
import { portfolioScenario } from '../../portfolio/portfolio';
import type { ScenarioInput } from '../../schemas/scenario';
import { exactText, fromExactText } from '../work/wire';
import { REFUSALS } from '../../i18n/refusals';
import { Kept } from '../platform/kept';

/** A saved case as an established version refers to it: which one, which of its versions. */
export interface VersionCase {
	savedCaseId: string;
	caseCode: string;
	version: number;
	times: number;
	/** When its latest follow-up was recorded, if it had one: a new follow-up is a change too. */
	followedUp?: string;
}

export interface EstablishedVersion extends Establishment {
	id: string;
	organisationId: string;
	year: number;
	catalogVersion: string;
}

/** A version with what it was made of: the figures and the cases behind them. */
export interface FrozenVersion extends EstablishedVersion {
	report: Listed<PortfolioReport>;
	cases: VersionCase[];
	figures: UnitCostInput[];
}

export type Established =
	| { ok: true; version: EstablishedVersion }
	| { ok: false; problems: FieldProblem[]; findings?: VersionFinding[] };

const VERSION_COLUMNS = `v.id, v.organisation_id as "organisationId", v.year, v.number,
	v.established_at as "at", u.display_name as "by", v.catalog_version as "catalogVersion"`;

/** The established versions of an organisation's year report, newest first. */
export async function reportVersions(
	db: Queryable,
	organisationId: string,
	year: number
): Promise<EstablishedVersion[]> {
	return db.query<EstablishedVersion>(
		`select ${VERSION_COLUMNS} from report_versions v join users u on u.id = v.established_by
		 where v.organisation_id = $1 and v.year = $2 order by v.number desc`,
		[organisationId, year]
	);
}

// A version never changes, so what is read of it is kept until the process ends (a few, large).
const KEPT_VERSIONS = new Kept<string, Promise<FrozenVersion | null>>(32);

/** One established version as it was established; the latest when no number is asked for. */
export function frozenVersion(
	db: Queryable,
	organisationId: string,
	year: number,
	number: number
): Promise<FrozenVersion | null> {
	return KEPT_VERSIONS.remember(
		`${organisationId}:${year}:${number}`,
		() => readVersion(db, organisationId, year, number),
		// a version not found may be established yet
		(found) => found !== null
	);
}

async function readVersion(db: Queryable, organisationId: string, year: number, number: number) {
	const [row] = await db.query<
		EstablishedVersion & {
			report: string;
			caseFigures: string;
			cases: VersionCase[];
			figures: UnitCostInput[];
		}
	>(
		`select ${VERSION_COLUMNS}, v.report, v.case_figures as "caseFigures", v.cases, v.figures
		 from report_versions v join users u on u.id = v.established_by
		 where v.organisation_id = $1 and v.year = $2 and v.number = $3`,
		[organisationId, year, number]
	);
	if (!row) return null;
	const { report, caseFigures, ...version } = row;
	const established: Establishment = { number: row.number, at: row.at, by: row.by };
	const cases = fromExactText<CaseFigure[]>(caseFigures);
	// versions established before the case list was counted apart have no caseRows of their own
	const kept = { ...fromExactText<PortfolioReport>(report), cases, caseRows: cases.length };
	return { ...version, report: { ...kept, established } };
}

/** The year's saved cases as they stand, with their versions, in a stable order. */
async function currentCases(db: Queryable, organisationId: string, year: number) {
	return db.query<StoredRow & { version: number; released: string[] }>(
		`select id, case_code as "caseCode", times, version, scenario::text as "scenarioText",
		   released_texts as released
		 from cases where organisation_id = $1 and year = $2 order by case_code`,
		[organisationId, year]
	);
}

/** The saved cases as a version refers to them, each with its latest follow-up's moment. */
async function refsOf(
	db: Queryable,
	organisationId: string,
	rows: readonly Omit<VersionCase, 'followedUp'>[]
): Promise<VersionCase[]> {
	const followed = await db.query<{ caseId: string; at: Date }>(
		`select case_id as "caseId", max(done_at) as at from follow_ups
		 where organisation_id = $1 group by case_id`,
		[organisationId]
	);
	const at = new Map(followed.map((f) => [f.caseId, new Date(f.at).toISOString()]));
	return rows.map((row) => {
		const when = at.get(row.savedCaseId);
		return when ? { ...row, followedUp: when } : row;
	});
}

const storedRefs = (rows: readonly (StoredRow & { version: number })[]) =>
	rows.map(({ id, caseCode, version, times }) => ({ savedCaseId: id, caseCode, version, times }));

const sameRefs = (a: readonly VersionCase[], b: readonly VersionCase[]) =>
	canonicalJson(a) === canonicalJson(b);

/** The saved cases the concept counts now, as a version refers to them; no scenario read. */
async function caseRefs(db: Queryable, organisationId: string, year: number) {
	const rows = await db.query<VersionCase>(
		`select id as "savedCaseId", case_code as "caseCode", version, times
		 from cases where organisation_id = $1 and year = $2 order by case_code`,
		[organisationId, year]
	);
	return refsOf(db, organisationId, rows);
}

/** Whether the concept differs from a version: a case or an own unit cost changed since. */
const differs = (
	frozen: FrozenVersion,
	cases: readonly VersionCase[],
	figures: readonly UnitCostInput[]
) => !sameRefs(frozen.cases, cases) || !sameFigures(frozen.figures, figures);

const sameFigures = (a: readonly UnitCostInput[], b: readonly UnitCostInput[]) =>
	canonicalJson(a) === canonicalJson(b);

const NO_CASES = (year: number) => problem('year', REFUSALS.noCasesToEstablish(year));

const NOTHING_CHANGED = (year: number, number: number) =>
	problem('year', REFUSALS.nothingChanged(year, number));

const CHANGED_MEANWHILE = problem('year', REFUSALS.changedWhileEstablishing);

const PERSONAL_DATA = problem('year', REFUSALS.personalDataInVersion);

/**
 * Establishes (vaststellen) the year's concept as its next version: the figures, the cases and
 * own unit costs behind them and every download, kept as they are now. Refused while any text
 * that would go with it looks like personal data, and when nothing changed since the last one.
 */
export async function establishReport(
	db: Database,
	actor: Actor,
	year: number
): Promise<Established> {
	require(actor, 'portfolio');
	const organisationId = actor.organisationId;
	// read first: a change after this moment moves the revision, and the version is refused
	const [{ revision }] = (await db.query<{ revision: number }>(
		'select revision from organisations where id = $1',
		[organisationId]
	)) as [{ revision: number }];
	const rows = await currentCases(db, organisationId, year);
	if (rows.length === 0) return { ok: false, problems: [NO_CASES(year)] };
	const refs = await refsOf(db, organisationId, storedRefs(rows));
	const figures = await organisationFigureInputs(db, organisationId);
	const [latest] = await reportVersions(db, organisationId, year);
	const frozen = latest && (await frozenVersion(db, organisationId, year, latest.number));
	if (latest && frozen && !differs(frozen, refs, figures))
		return { ok: false, problems: [NOTHING_CHANGED(year, latest.number)] };
	// the texts are checked in a worker while the year's figures are read here
	const released = Object.fromEntries(rows.map((row) => [row.id, row.released]));
	const checked = inTime(heavy({ kind: 'version-findings', rows, released }));
	const kept = await keptYear(db, organisationId, year);
	const findings = await checked;
	if (findings.length > 0) return { ok: false, problems: [PERSONAL_DATA], findings };
	const live = await organisationReport(db, organisationId, year);
	if (!kept || !live) return { ok: false, problems: [NO_CASES(year)] };
	const listed = await listedYear(db, kept);
	const files = await packedFiles(await versionFiles(db, kept, listed, actor.organisationName));
	const { cases: _live, basis: _basis, updating: _updating, ...around } = live;
	const { basis: _kept, organisationId: _org, ...figuresOfYear } = listed;
	const report: Listed<PortfolioReport> = { ...around, ...figuresOfYear, revision };
	const version = await db.transaction(async (tx) => {
		const [org] = await tx.query<{ revision: number }>(
			'select revision from organisations where id = $1 for update',
			[organisationId]
		);
		if (org?.revision !== revision) return null;
		const same = await tx.query(
			'select 1 from report_versions where organisation_id = $1 and year = $2 and revision = $3',
			[organisationId, year, revision]
		);
		if (same.length > 0) return 'same' as const;
		const [row] = await tx.query<{ id: string; number: number; at: Date }>(
			`insert into report_versions
			   (organisation_id, year, number, established_by, catalog_version, revision, report,
			    case_figures, cases, figures)
			 select $1, $2, coalesce(max(number), 0) + 1, $3, $4, $5, $6, $7, $8, $9
			 from report_versions where organisation_id = $1 and year = $2
			 returning id, number, established_at as at`,
			[
				organisationId,
				year,
				actor.userId,
				CATALOG.version,
				revision,
				exactText({ ...report, cases: [] }),
				exactText(report.cases),
				JSON.stringify(refs),
				JSON.stringify(figures)
			]
		);
		await storeVersionFiles(tx, row!.id, files);
		// the portfolio page, kept per revision, now shows the new version
		await advanceRevision(tx, organisationId);
		await recordAudit(tx, organisationId, actor.userId, {
			action: 'report.established',
			subjectType: 'report',
			subjectId: row!.id,
			detail: { year, version: row!.number, cases: rows.length }
		});
		return row!;
	});
	if (!version) return { ok: false, problems: [CHANGED_MEANWHILE] };
	if (version === 'same') return { ok: false, problems: [NOTHING_CHANGED(year, latest!.number)] };
	return {
		ok: true,
		version: {
			id: version.id,
			organisationId,
			year,
			number: version.number,
			at: version.at,
			by: actor.displayName,
			catalogVersion: CATALOG.version
		}
	};
}

/** What a report page shows around the report: its status, the versions, what changed. */
export interface VersionsView {
	versions: EstablishedVersion[];
	status: ReportStatus;
	/** The difference with an earlier version (or, for the concept, with the latest one). */
	difference: (ShortDifference & { from: number; to: number | 'concept' }) | null;
}

/**
 * The view around a shown version: its status, and what changed since the version before it
 * (or since `compareWith`, when the reader picked another; null when there is no such version).
 */
export async function versionView(
	db: Queryable,
	shown: FrozenVersion,
	versions: EstablishedVersion[],
	compareWith?: number
): Promise<VersionsView | null> {
	const { organisationId, year, number } = shown;
	const status: ReportStatus = {
		kind: 'established',
		number,
		at: shown.at,
		by: shown.by,
		latest: versions[0]?.number ?? number
	};
	const other = compareWith ?? (number > 1 ? number - 1 : undefined);
	const older = other === undefined ? null : await frozenVersion(db, organisationId, year, other);
	if (compareWith !== undefined && !older) return null;
	const difference =
		older && other !== number
			? { ...shortDifference(versionDifference(older, shown)), from: other!, to: number }
			: null;
	return { versions, status, difference };
}

/** The view around the live concept: where it stands against the latest established version. */
export async function conceptView(
	db: Queryable,
	concept: PortfolioReport,
	versions: EstablishedVersion[]
): Promise<VersionsView> {
	const [latest] = versions;
	if (!latest)
		return { versions, status: { kind: 'concept', latest: null, changed: true }, difference: null };
	const { organisationId, year } = concept;
	const frozen = (await frozenVersion(db, organisationId, year, latest.number))!;
	const cases = await caseRefs(db, organisationId, year);
	const figures = await organisationFigureInputs(db, organisationId);
	const changed = differs(frozen, cases, figures);
	const side = async (): Promise<ReportSide> => ({
		report: { ...concept, cases: await reportCases(db, concept) },
		cases
	});
	return {
		versions,
		status: { kind: 'concept', latest: { number: latest.number, at: latest.at }, changed },
		difference: changed
			? {
					...shortDifference(versionDifference(frozen, await side())),
					from: latest.number,
					to: 'concept'
				}
			: null
	};
}

/**
 * The saved case versions a version was made of, as stored rows; the codes of those deleted
 * since (their versions went with them).
 */
async function versionRows(db: Queryable, version: FrozenVersion) {
	const rows = await db.query<StoredRow>(
		`select v.case_id as id, v.case_code as "caseCode", v.times, v.scenario::text as "scenarioText"
		 from case_versions v
		 join unnest($1::uuid[], $2::int[]) as ref (case_id, version)
		   on ref.case_id = v.case_id and ref.version = v.version
		 order by v.case_code`,
		[version.cases.map((c) => c.savedCaseId), version.cases.map((c) => c.version)]
	);
	const found = new Set(rows.map((r) => r.id));
	const missing = version.cases.filter((c) => !found.has(c.savedCaseId)).map((c) => c.caseCode);
	return { rows, missing };
}

/**
 * An established version as one scenario to compare variants of, made of exactly its cases and
 * own unit costs; null when a case of it has been deleted since.
 */
export async function versionAsScenario(
	db: Queryable,
	version: FrozenVersion,
	label: string
): Promise<ScenarioInput | null> {
	const { rows, missing } = await versionRows(db, version);
	if (missing.length > 0) return null;
	const { scenario } = portfolioScenario(portfolioRows(rows), label);
	return version.figures.length > 0 ? { ...scenario, unitCosts: version.figures } : scenario;
}

/**
 * Prices an established version again from the case versions and own unit costs it was made
 * of, with the catalog and engine of today: any difference from the kept figures is shown as
 * such, and never replaces them.
 */
export async function recomputeVersion(db: Queryable, version: FrozenVersion): Promise<Recomputed> {
	const { rows, missing } = await versionRows(db, version);
	if (missing.length > 0) return { ok: false, missing };
	const summary = await inTime(
		heavy({ kind: 'summarise-year', year: version.year, rows, figures: version.figures })
	);
	const again: ReportSide = { report: summary, cases: version.cases };
	const difference = shortDifference(versionDifference(version, again));
	return { ok: true, catalogVersion: CATALOG.version, same: unchanged(difference), difference };
}
