import { error, json } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { apiActor, NOT_FOUND } from '$lib/server/platform/guard';
import { portfolioAsScenario } from '$lib/server/reports/portfolio';
import { yearParam } from '$lib/server/reports/page';
import type { RequestHandler } from './$types';

/** The organisation's own year as one scenario, for the comparison page to start from. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const actor = apiActor(locals, 'portfolio');
	const year = yearParam(params.year);
	const scenario = year === null ? null : await portfolioAsScenario(await database(), actor, year);
	if (!scenario) error(404, NOT_FOUND);
	return json({ scenario });
};
