import { error } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { overviewCsvOf } from '$lib/server/reports/funder-overview';
import { allowed, NOT_FOUND } from '$lib/server/platform/guard';
import { attachment, dialectOf, languageOf } from '$lib/server/reports/downloads';
import { yearParam } from '$lib/server/reports/page';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const actor = allowed(locals, url, 'view-shares');
	const year = yearParam(params.year);
	const dialect = dialectOf(url);
	const csv =
		year === null
			? null
			: await overviewCsvOf(await database(), actor, year, languageOf(url), dialect);
	if (csv === null) error(404, NOT_FOUND);
	const name = dialect === 'excel-nl' ? `overzicht-${year}-excel.csv` : `overzicht-${year}.csv`;
	return attachment(csv, 'text/csv; charset=utf-8', name);
};
