import { yearFollowUps } from '../follow-ups/follow-ups';
import { portfolioScenario } from '../../portfolio/portfolio';
import type { ScenarioInput } from '../../schemas/scenario';
import type { CaseFigure, PortfolioReport, TrendPoint } from '../../portfolio/types';
import { require, type Actor } from '../platform/access';
import type { Database, Queryable } from '../db/database';
import { summaryFromResults } from '../sums/pricing';
import { caseFigures } from '../sums/store';
import { organisationFigureInputs, organisationFigures } from '../cases/overrides';
import { portfolioRows, type StoredRow } from '../work/tasks';
import { Kept } from '../platform/kept';
import { confirmedInYear } from '../cases/confirmed';

/** The year's saved cases, their scenarios left as JSON text for the thread that prices them. */
async function storedRows(db: Queryable, organisationId: string, year: number) {
	return db.query<StoredRow>(
		`select id, case_code as "caseCode", times, scenario::text as "scenarioText" from cases
		 where organisation_id = $1 and year = $2 order by case_code`,
		[organisationId, year]
	);
}

/**
 * The actor's own year as one scenario to compare variants of: every saved case counted as often
 * as it occurred, with the organisation's own unit costs, as the calculator reads a file.
 */
export async function portfolioAsScenario(
	db: Queryable,
	actor: Actor,
	year: number
): Promise<ScenarioInput | null> {
	require(actor, 'portfolio');
	const rows = await storedRows(db, actor.organisationId, year);
	if (rows.length === 0) return null;
	const label = `Jaarportfolio ${year} (${actor.organisationName})`;
	const { scenario } = portfolioScenario(portfolioRows(rows), label);
	const unitCosts = await organisationFigureInputs(db, actor.organisationId);
	return unitCosts.length > 0 ? { ...scenario, unitCosts } : scenario;
}

// Reports are computed once per revision of the organisation's cases and figures: the portfolio
// page is read far more often than a case is saved. The promise is kept, so that many readers
// arriving at once share one computation.
const REMEMBERED = new Kept<string, Promise<unknown>>(64);

const remembered = <T>(key: string, compute: () => Promise<T>) =>
	REMEMBERED.remember(key, compute) as Promise<T>;

// A year is added up by the database from its cases' kept sums (sums/pricing.ts); only cases
// without sums on the current basis are priced, never the whole year again.
function yearSummary(db: Database, organisationId: string, year: number, revision: number) {
	return remembered(`summary:${organisationId}:${year}:${revision}`, async () => {
		const figures = await organisationFigureInputs(db, organisationId);
		return summaryFromResults(db, organisationId, year, figures);
	});
}

/** The year's report of an organisation, for whoever the caller has already let see it. */
export async function organisationReport(
	db: Database,
	organisationId: string,
	year: number
): Promise<PortfolioReport | null> {
	const [org] = await db.query<{ name: string; revision: number }>(
		'select name, revision from organisations where id = $1',
		[organisationId]
	);
	if (!org) return null;
	return remembered(`report:${organisationId}:${year}:${org.revision}`, async () => {
		const current = await yearSummary(db, organisationId, year, org.revision);
		if (!current) return null;
		const trend: TrendPoint[] = [];
		for (const other of (await yearsWithCases(db, organisationId)).reverse()) {
			const summary = await yearSummary(db, organisationId, other, org.revision);
			if (summary)
				trend.push({
					year: other,
					savedCases: summary.savedCases,
					households: summary.households,
					societal: summary.summary.total.societal,
					financial: summary.summary.total.financial
				});
		}
		const used = new Set(current.summary.provenance.overriddenUnitCosts);
		const figures = await organisationFigures(db, organisationId);
		const overrides = figures.filter((e) => used.has(e.id));
		return {
			...current,
			organisationId,
			organisationName: org.name,
			revision: org.revision,
			trend,
			overrides,
			followUp: await yearFollowUps(db, organisationId, year),
			confirmed: await confirmedInYear(db, organisationId, year)
		};
	});
}

/** The actor's own organisation's report: analysts and managers only. */
export async function portfolioReport(db: Database, actor: Actor, year: number) {
	require(actor, 'portfolio');
	return organisationReport(db, actor.organisationId, year);
}

/** The years an organisation has cases in, latest first, as the database counts them (migration 5). */
async function yearsWithCases(db: Queryable, organisationId: string): Promise<number[]> {
	const rows = await db.query<{ year: number }>(
		'select year from year_cases where organisation_id = $1 and cases > 0 order by year desc',
		[organisationId]
	);
	return rows.map((r) => r.year);
}

export async function portfolioYears(db: Queryable, actor: Actor): Promise<number[]> {
	require(actor, 'portfolio');
	return yearsWithCases(db, actor.organisationId);
}

/**
 * Rows of a report's case list, largest first: one page, or all of them. A year added up by
 * the database keeps them there; a year priced as a whole, or a version, has them at hand.
 */
export async function reportCases(
	db: Queryable,
	report: Pick<PortfolioReport, 'organisationId' | 'year' | 'cases' | 'basis'>,
	range?: { offset: number; limit: number }
): Promise<CaseFigure[]> {
	if (report.cases)
		return range ? report.cases.slice(range.offset, range.offset + range.limit) : report.cases;
	return caseFigures(db, report.organisationId, report.year, report.basis!, range);
}
