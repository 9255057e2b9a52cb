import { pricePortfolio, summarisePriced } from '../../portfolio/portfolio';
import type { Listed, PortfolioRow } from '../../portfolio/types';
import { findPersonalData, type PersonalDataFinding } from '../../privacy/personal-data';
import { resultCsv, type CsvDialect } from '../../report/result-csv';
import { reportWorkbook } from '../../report/workbook';
import type { UnitCostEntry } from '../../schemas/unit-cost';
import { freeTexts, type TextPlace } from './case-check';

/** Where in a saved case a text was found that must not enter an established version. */
export type VersionTextPlace = TextPlace | 'code';

export interface VersionFinding extends PersonalDataFinding {
	savedCaseId: string;
	caseCode: string;
	place: VersionTextPlace;
}

/** A download of a version, as bytes written once when it was established. */
export interface VersionFile {
	name: VersionFileName;
	content: Uint8Array;
}

const CSV_FILES = {
	'portfolio-nl.csv': ['nl', 'standard'],
	'portfolio-en.csv': ['en', 'standard'],
	'portfolio-nl-excel.csv': ['nl', 'excel-nl'],
	'portfolio-en-excel.csv': ['en', 'excel-nl']
} as const satisfies Record<string, readonly ['nl' | 'en', CsvDialect]>;

export type VersionFileName = keyof typeof CSV_FILES | 'portfolio.xlsx';

/** The file a version keeps for a download in a language and dialect. */
export function csvFileName(lang: 'nl' | 'en', dialect: CsvDialect): VersionFileName {
	return dialect === 'excel-nl' ? `portfolio-${lang}-excel.csv` : `portfolio-${lang}.csv`;
}

export type VersionDraft =
	{ ok: false; findings: VersionFinding[] } | { ok: true; summary: Listed; files: VersionFile[] };

/**
 * Every text of the year's cases that an established version would carry, checked again: a
 * warning once confirmed on saving a case is still a warning here, because what a funder reads
 * must never hold a client's details. Notes stay inside the organisation and are not checked.
 */
export function findingsInYear(rows: readonly PortfolioRow[]): VersionFinding[] {
	return rows.flatMap((row) =>
		[
			{ place: 'code' as const, text: row.caseCode },
			...freeTexts('', row.scenario).filter((t) => t.place !== 'notes')
		].flatMap(({ place, text }) =>
			findPersonalData(text).map((finding) => ({
				...finding,
				savedCaseId: row.id,
				caseCode: row.caseCode,
				place
			}))
		)
	);
}

/** A year's figures and downloads as they will be kept, priced once; or what stands in the way. */
export async function draftVersion(
	year: number,
	rows: readonly PortfolioRow[],
	figures: readonly UnitCostEntry[],
	organisation: string
): Promise<VersionDraft> {
	const findings = findingsInYear(rows);
	if (findings.length > 0) return { ok: false, findings };
	const priced = pricePortfolio(rows, `Portfolio ${year}`, figures);
	const summary = summarisePriced(year, rows, priced);
	const text = new TextEncoder();
	const files: VersionFile[] = Object.entries(CSV_FILES).map(([name, [lang, dialect]]) => ({
		name: name as VersionFileName,
		content: text.encode(resultCsv(priced.result, lang, dialect))
	}));
	files.push({ name: 'portfolio.xlsx', content: await reportWorkbook(summary, organisation) });
	return { ok: true, summary, files };
}
