import { error } from '@sveltejs/kit';
import type { Lang } from '../../i18n/lang';
import type { CsvDialect } from '../../report/files/result-csv';
import type { Database, Queryable } from '../db/database';
import type { EstablishedVersion } from './versions';
import {
	csvFileName,
	keptYear,
	keptYearCsv,
	keptYearWorkbook,
	listedYear,
	versionFile
} from './year-files';

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

/** Pieces of text as a response body that is written as they come. */
function streamed(pieces: AsyncGenerator<string>): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	return new ReadableStream({
		async pull(controller) {
			const next = await pieces.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(next.value));
		},
		async cancel() {
			await pieces.return(undefined);
		}
	});
}

/**
 * The full figures of a year's portfolio, every case included, as a CSV download: written from
 * the year's kept sums, its case rows read and sent a page at a time.
 */
export async function portfolioCsvResponse(
	db: Database,
	organisationId: string,
	year: number,
	url: URL
): Promise<Response | null> {
	const dialect = dialectOf(url);
	const lang = languageOf(url);
	const kept = await keptYear(db, organisationId, year);
	if (!kept) return null;
	// the first piece is written before answering, so a database that is gone is a 503, not a cut file
	const pieces = keptYearCsv(db, kept, lang, dialect);
	const first = await pieces.next();
	const rest = (async function* () {
		if (!first.done) yield first.value;
		yield* pieces;
	})();
	// the concept's files say they are the concept, as a version's say their number
	const stem = `portfolio-${year}-concept`;
	const name = dialect === 'excel-nl' ? `${stem}-excel.csv` : `${stem}.csv`;
	return attachment(streamed(rest), 'text/csv; charset=utf-8', name);
}

/** The year's portfolio as an Excel workbook: every breakdown, the cases and the sources. */
export async function portfolioXlsxResponse(
	db: Database,
	organisationId: string,
	year: number
): Promise<Response | null> {
	const [org] = await db.query<{ name: string }>('select name from organisations where id = $1', [
		organisationId
	]);
	const kept = org && (await keptYear(db, organisationId, year));
	if (!kept) return null;
	const workbook = await keptYearWorkbook(await listedYear(db, kept), org.name);
	return attachment(workbook.slice().buffer, XLSX_TYPE, `portfolio-${year}-concept.xlsx`);
}

/** The downloads of a year's portfolio, by the last part of their address. */
export type PortfolioDownload = 'csv' | 'xlsx';

export function portfolioDownload(
	kind: PortfolioDownload,
	db: Database,
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
