import { resultCsv } from '../report/result-csv';
import type { Lang } from '../i18n/lang';
import type { Queryable } from './db/database';
import { computePortfolio } from './portfolio';

/** The full figures of a year's portfolio, every case included, as a CSV download. */
export async function portfolioCsvResponse(
	db: Queryable,
	organisationId: string,
	year: number,
	url: URL
): Promise<Response | null> {
	const computed = await computePortfolio(db, organisationId, year);
	if (!computed) return null;
	const lang: Lang = url.searchParams.get('taal') === 'en' ? 'en' : 'nl';
	return new Response(resultCsv(computed.result, lang), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="portfolio-${year}.csv"`
		}
	});
}
