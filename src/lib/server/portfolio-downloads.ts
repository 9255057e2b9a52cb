import { error } from '@sveltejs/kit';
import type { Lang } from '../i18n/lang';
import type { CsvDialect } from '../report/result-csv';
import type { Queryable } from './db/database';
import { portfolioCsv, portfolioWorkbook } from './portfolio';

/** `?voor=excel` asks for the Dutch spreadsheet dialect; anything else there is a mistake. */
function dialectOf(url: URL): CsvDialect {
	const asked = url.searchParams.get('voor');
	if (asked === null) return 'standard';
	if (asked === 'excel') return 'excel-nl';
	error(
		400,
		'voor: kies “excel” voor Excel met puntkomma’s en decimale komma’s, of laat het weg / voor: choose “excel” for Excel with semicolons and decimal commas, or leave it out'
	);
}

/** The full figures of a year's portfolio, every case included, as a CSV download. */
export async function portfolioCsvResponse(
	db: Queryable,
	organisationId: string,
	year: number,
	url: URL
): Promise<Response | null> {
	const lang: Lang = url.searchParams.get('taal') === 'en' ? 'en' : 'nl';
	const dialect = dialectOf(url);
	const csv = await portfolioCsv(db, organisationId, year, lang, dialect);
	if (csv === null) return null;
	const name = dialect === 'excel-nl' ? `portfolio-${year}-excel.csv` : `portfolio-${year}.csv`;
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`
		}
	});
}

/** The year's portfolio as an Excel workbook: every breakdown, the cases and the sources. */
export async function portfolioXlsxResponse(
	db: Queryable,
	organisationId: string,
	year: number
): Promise<Response | null> {
	const workbook = await portfolioWorkbook(db, organisationId, year);
	if (!workbook) return null;
	return new Response(workbook.slice().buffer, {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="portfolio-${year}.xlsx"`
		}
	});
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
