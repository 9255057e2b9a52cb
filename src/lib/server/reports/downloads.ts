import { error } from '@sveltejs/kit';
import type { Lang } from '../../i18n/lang';
import type { CsvDialect } from '../../report/result-csv';
import type { Queryable } from '../db/database';
import { portfolioCsv, portfolioWorkbook } from './portfolio';
import { versionFile, type EstablishedVersion } from './versions';
import { csvFileName } from '../work/establish';

/** `?voor=excel` asks for the Dutch spreadsheet dialect; anything else there is a mistake. */
export function dialectOf(url: URL): CsvDialect {
	const asked = url.searchParams.get('voor');
	if (asked === null) return 'standard';
	if (asked === 'excel') return 'excel-nl';
	error(
		400,
		'voor: kies “excel” voor Excel met puntkomma’s en decimale komma’s, of laat het weg / voor: choose “excel” for Excel with semicolons and decimal commas, or leave it out'
	);
}

export const languageOf = (url: URL): Lang => (url.searchParams.get('taal') === 'en' ? 'en' : 'nl');

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file to download, by its name. */
export function attachment(content: BodyInit, type: string, name: string): Response {
	return new Response(content, {
		headers: { 'content-type': type, 'content-disposition': `attachment; filename="${name}"` }
	});
}

/** The full figures of a year's portfolio, every case included, as a CSV download. */
export async function portfolioCsvResponse(
	db: Queryable,
	organisationId: string,
	year: number,
	url: URL
): Promise<Response | null> {
	const dialect = dialectOf(url);
	const csv = await portfolioCsv(db, organisationId, year, languageOf(url), dialect);
	if (csv === null) return null;
	const name = dialect === 'excel-nl' ? `portfolio-${year}-excel.csv` : `portfolio-${year}.csv`;
	return attachment(csv, 'text/csv; charset=utf-8', name);
}

/** The year's portfolio as an Excel workbook: every breakdown, the cases and the sources. */
export async function portfolioXlsxResponse(
	db: Queryable,
	organisationId: string,
	year: number
): Promise<Response | null> {
	const workbook = await portfolioWorkbook(db, organisationId, year);
	if (!workbook) return null;
	return attachment(workbook.slice().buffer, XLSX_TYPE, `portfolio-${year}.xlsx`);
}

/** The downloads of a year's portfolio, by the last part of their address. */
export type PortfolioDownload = 'csv' | 'xlsx';

export function portfolioDownload(
	kind: PortfolioDownload,
	db: Queryable,
	organisationId: string,
	year: number,
	url: URL
): Promise<Response | null> {
	return kind === 'csv'
		? portfolioCsvResponse(db, organisationId, year, url)
		: portfolioXlsxResponse(db, organisationId, year);
}

/**
 * A download of an established version: the bytes written when it was established, so the file
 * a controller signed is the file every later reader gets.
 */
export async function versionDownload(
	kind: PortfolioDownload,
	db: Queryable,
	version: EstablishedVersion,
	url: URL
): Promise<Response | null> {
	const stem = `portfolio-${version.year}-versie-${version.number}`;
	if (kind === 'xlsx') {
		const content = await versionFile(db, version.id, 'portfolio.xlsx');
		return content && attachment(content.slice().buffer, XLSX_TYPE, `${stem}.xlsx`);
	}
	const dialect = dialectOf(url);
	const content = await versionFile(db, version.id, csvFileName(languageOf(url), dialect));
	const name = dialect === 'excel-nl' ? `${stem}-excel.csv` : `${stem}.csv`;
	return content && attachment(content.slice().buffer, 'text/csv; charset=utf-8', name);
}
