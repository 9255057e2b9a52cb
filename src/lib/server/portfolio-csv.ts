import type { Lang } from '../i18n/lang';
import type { Queryable } from './db/database';
import { portfolioCsv } from './portfolio';

/** The full figures of a year's portfolio, every case included, as a CSV download. */
export async function portfolioCsvResponse(
	db: Queryable,
	organisationId: string,
	year: number,
	url: URL
): Promise<Response | null> {
	const lang: Lang = url.searchParams.get('taal') === 'en' ? 'en' : 'nl';
	const csv = await portfolioCsv(db, organisationId, year, lang);
	if (csv === null) return null;
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="portfolio-${year}.csv"`
		}
	});
}
