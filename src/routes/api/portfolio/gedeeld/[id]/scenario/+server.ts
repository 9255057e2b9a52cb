import { error, json } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { apiActor, NOT_FOUND } from '$lib/server/platform/guard';
import { versionParam } from '$lib/server/reports/page';
import { sharedScenario } from '$lib/server/reports/shares';
import type { RequestHandler } from './$types';

/**
 * A report shared with the funder as one scenario to compare from: its current version, or the
 * one `?versie=` names.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const actor = apiActor(locals, 'view-shares');
	const number = versionParam(url);
	const scenario = await sharedScenario(await database(), actor, params.id, number);
	if (!scenario) error(404, NOT_FOUND);
	return json({ scenario });
};
