import { error } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { overviewWorkbookOf } from '$lib/server/reports/funder-overview';
import { allowed, NOT_FOUND } from '$lib/server/platform/guard';
import { attachment, XLSX_TYPE } from '$lib/server/reports/downloads';
import { yearParam } from '$lib/server/reports/page';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const actor = allowed(locals, url, 'view-shares');
	const year = yearParam(params.year);
	const workbook = year === null ? null : await overviewWorkbookOf(await database(), actor, year);
	if (!workbook) error(404, NOT_FOUND);
	return attachment(workbook.slice().buffer, XLSX_TYPE, `overzicht-${year}.xlsx`);
};
