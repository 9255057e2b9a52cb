import { error } from '@sveltejs/kit';
import { can, type Actor } from '$lib/server/platform/access';
import { database } from '$lib/server/app';
import { allowed } from '$lib/server/platform/guard';
import { versionParam } from '$lib/server/reports/page';
import { portfolioYears } from '$lib/server/reports/portfolio';
import { funderShares, sharedReport } from '$lib/server/reports/shares';
import type { Queryable } from '$lib/server/db/database';
import type { PageServerLoad } from './$types';

interface SharedStart {
	id: string;
	year: number;
	providerName: string;
	version: number;
	/** Whether a later version replaced this one. */
	replaced: boolean;
}

const SHARE_GONE =
	'gedeeld: dit gedeelde rapport of deze versie ervan is er niet (meer) voor u; kies hieronder een ander / gedeeld: this shared report or version is not (or no longer) there for you; pick another below';

/**
 * The shared version a link starts the comparison from (`?gedeeld=ID&versie=N`, from a shared
 * report or the funder's overview): checked before anything is shown, never silently ignored.
 */
async function sharedStart(db: Queryable, actor: Actor, url: URL): Promise<SharedStart | null> {
	const id = url.searchParams.get('gedeeld');
	const number = versionParam(url);
	if (id === null) {
		if (number !== undefined)
			error(
				400,
				'versie: hoort bij gedeeld, dat ontbreekt / versie: belongs with gedeeld, which is missing'
			);
		return null;
	}
	const shared = await sharedReport(db, actor, id, number);
	if (!shared?.version) error(404, SHARE_GONE);
	const { year, providerName } = shared.share;
	const version = shared.version.number;
	return { id, year, providerName, version, replaced: shared.versions[0]!.number !== version };
}

/**
 * An analyst can start the comparison from one of the organisation's own years; a funder from
 * a version of a report shared with it, the current one unless a link names another.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	// a link to a shared version is the funder's: signed out, it asks to sign in first
	const asked = url.searchParams.has('gedeeld') || url.searchParams.has('versie');
	const actor = asked ? allowed(locals, url, 'view-shares') : locals.actor;
	const db =
		actor && (can(actor, 'portfolio') || can(actor, 'view-shares')) ? await database() : null;
	const startShared = actor && db && asked ? await sharedStart(db, actor, url) : null;
	const current =
		actor && db && can(actor, 'view-shares')
			? (await funderShares(db, actor))
					.filter((s) => s.version !== null)
					.map(({ id, year, providerName, version }) => ({
						id,
						year,
						providerName,
						version: version!,
						replaced: false
					}))
			: [];
	const listed = current.some((s) => s.id === startShared?.id && s.version === startShared.version);
	const shared = startShared && !listed ? [startShared, ...current] : current;
	if (!actor || !db || !can(actor, 'portfolio'))
		return { portfolioYears: [] as number[], shared, startShared };
	return {
		portfolioYears: await portfolioYears(db, actor),
		organisationName: actor.organisationName,
		shared,
		startShared
	};
};
