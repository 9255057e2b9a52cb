import { error } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { overviewOfYear, overviewYears } from '$lib/server/reports/funder-overview';
import { allowed, NOT_FOUND } from '$lib/server/platform/guard';
import { yearParam } from '$lib/server/reports/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = allowed(locals, url, 'view-shares');
	const year = yearParam(params.year);
	const db = await database();
	const overview = year === null ? null : await overviewOfYear(db, actor, year);
	if (!overview) error(404, NOT_FOUND);
	return { overview, years: await overviewYears(db, actor) };
};
