import { error } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { overviewWorkbookOf } from '$lib/server/funder-overview';
import { allowed, NOT_FOUND } from '$lib/server/guard';
import { attachment, XLSX_TYPE } from '$lib/server/portfolio-downloads';
import { yearParam } from '$lib/server/report-page';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const actor = allowed(locals, url, 'view-shares');
	const year = yearParam(params.year);
	const workbook = year === null ? null : await overviewWorkbookOf(await database(), actor, year);
	if (!workbook) error(404, NOT_FOUND);
	return attachment(workbook.slice().buffer, XLSX_TYPE, `overzicht-${year}.xlsx`);
};
