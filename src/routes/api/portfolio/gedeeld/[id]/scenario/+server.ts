import { error, json } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { apiActor, NOT_FOUND } from '$lib/server/platform/guard';
import { sharedScenario } from '$lib/server/reports/shares';
import type { RequestHandler } from './$types';

/** A report shared with the funder, its current version as one scenario to compare from. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const actor = apiActor(locals, 'view-shares');
	const scenario = await sharedScenario(await database(), actor, params.id);
	if (!scenario) error(404, NOT_FOUND);
	return json({ scenario });
};
