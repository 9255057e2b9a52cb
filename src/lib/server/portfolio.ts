import type { ScenarioResult } from '../engine';
import { pricePortfolio, summarise } from '../portfolio/portfolio';
import type { PortfolioCase, PortfolioReport, PortfolioRow, TrendPoint } from '../portfolio/types';
import { require, type Actor } from './access';
import type { Queryable } from './db/database';
import { organisationFigures } from './overrides';

async function portfolioRows(db: Queryable, organisationId: string, year: number) {
	return db.query<PortfolioRow>(
		`select id, case_code as "caseCode", times, scenario from cases
		 where organisation_id = $1 and year = $2 order by case_code`,
		[organisationId, year]
	);
}

/** The full result of a year's portfolio, every line in it; for exports, never cached. */
export async function computePortfolio(
	db: Queryable,
	organisationId: string,
	year: number
): Promise<{ result: ScenarioResult; origin: Map<string, PortfolioCase> } | null> {
	const rows = await portfolioRows(db, organisationId, year);
	if (rows.length === 0) return null;
	return pricePortfolio(rows, `Portfolio ${year}`, await organisationFigures(db, organisationId));
}

// Reports are computed once per revision of the organisation's cases and figures: the portfolio
// page is read far more often than a case is saved. The promise is kept, so that many readers
// arriving at once share one computation.
const REMEMBERED = new Map<string, Promise<unknown>>();
const KEPT = 64;

function remembered<T>(key: string, compute: () => Promise<T>): Promise<T> {
	const hit = REMEMBERED.get(key);
	if (hit) return hit as Promise<T>;
	const value = compute();
	REMEMBERED.set(key, value);
	value.catch(() => REMEMBERED.delete(key));
	if (REMEMBERED.size > KEPT) REMEMBERED.delete(REMEMBERED.keys().next().value!);
	return value;
}

function yearSummary(db: Queryable, organisationId: string, year: number, revision: number) {
	return remembered(`summary:${organisationId}:${year}:${revision}`, async () => {
		const rows = await portfolioRows(db, organisationId, year);
		if (rows.length === 0) return null;
		return summarise(year, rows, await organisationFigures(db, organisationId));
	});
}

/** The year's report of an organisation, for whoever the caller has already let see it. */
export async function organisationReport(
	db: Queryable,
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
		const years = await db.query<{ year: number }>(
			'select distinct year from cases where organisation_id = $1 order by year',
			[organisationId]
		);
		const trend: TrendPoint[] = [];
		for (const { year: other } of years) {
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
			overrides
		};
	});
}

/** The actor's own organisation's report: analysts and managers only. */
export async function portfolioReport(db: Queryable, actor: Actor, year: number) {
	require(actor, 'portfolio');
	return organisationReport(db, actor.organisationId, year);
}

export async function portfolioYears(db: Queryable, actor: Actor): Promise<number[]> {
	require(actor, 'portfolio');
	const rows = await db.query<{ year: number }>(
		'select distinct year from cases where organisation_id = $1 order by year desc',
		[actor.organisationId]
	);
	return rows.map((r) => r.year);
}
