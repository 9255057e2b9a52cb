import { error } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { allowed, NOT_FOUND } from '$lib/server/guard';
import { portfolioReport } from '$lib/server/portfolio';
import { reportPage, yearParam } from '$lib/server/report-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = allowed(locals, url, 'portfolio');
	const year = yearParam(params.year);
	const report = year === null ? null : await portfolioReport(await database(), actor, year);
	if (!report) error(404, NOT_FOUND);
	return reportPage(report, url);
};
