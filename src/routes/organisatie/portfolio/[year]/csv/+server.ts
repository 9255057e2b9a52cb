import { error } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { allowed, NOT_FOUND } from '$lib/server/guard';
import { portfolioCsvResponse } from '$lib/server/portfolio-csv';
import { yearParam } from '$lib/server/report-page';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const actor = allowed(locals, url, 'portfolio');
	const year = yearParam(params.year);
	const response =
		year === null
			? null
			: await portfolioCsvResponse(await database(), actor.organisationId, year, url);
	if (!response) error(404, NOT_FOUND);
	return response;
};
