import { can } from '$lib/server/platform/access';
import { database } from '$lib/server/app';
import { portfolioYears } from '$lib/server/reports/portfolio';
import { funderShares } from '$lib/server/reports/shares';
import type { PageServerLoad } from './$types';

/**
 * An analyst can start the comparison from one of the organisation's own years; a funder from
 * the current established version of a report shared with it.
 */
export const load: PageServerLoad = async ({ locals }) => {
	const actor = locals.actor;
	const db =
		actor && (can(actor, 'portfolio') || can(actor, 'view-shares')) ? await database() : null;
	const shared =
		actor && db && can(actor, 'view-shares')
			? (await funderShares(db, actor))
					.filter((s) => s.version !== null)
					.map(({ id, year, providerName, version }) => ({
						id,
						year,
						providerName,
						version: version!
					}))
			: [];
	if (!actor || !db || !can(actor, 'portfolio')) return { portfolioYears: [] as number[], shared };
	return {
		portfolioYears: await portfolioYears(db, actor),
		organisationName: actor.organisationName,
		shared
	};
};
