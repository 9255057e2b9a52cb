import { can } from '$lib/server/access';
import { database } from '$lib/server/app';
import { portfolioYears } from '$lib/server/portfolio';
import type { PageServerLoad } from './$types';

/** An analyst can start the comparison from one of the organisation's own years. */
export const load: PageServerLoad = async ({ locals }) => {
	const actor = locals.actor;
	if (!actor || !can(actor, 'portfolio')) return { portfolioYears: [] as number[] };
	return {
		portfolioYears: await portfolioYears(await database(), actor),
		organisationName: actor.organisationName
	};
};
