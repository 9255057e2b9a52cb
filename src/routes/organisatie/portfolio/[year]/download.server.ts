import { error, type RequestHandler } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { allowed, NOT_FOUND } from '$lib/server/platform/guard';
import {
	portfolioDownload,
	versionDownload,
	type PortfolioDownload
} from '$lib/server/reports/downloads';
import { versionParam, yearParam } from '$lib/server/reports/page';
import { frozenVersion } from '$lib/server/reports/versions';

/**
 * The own organisation's year as a download, for analysts and managers: the concept as it
 * stands, or with `?versie=` the files an established version kept.
 */
export const ownDownload =
	(kind: PortfolioDownload): RequestHandler<{ year: string }> =>
	async ({ locals, url, params }) => {
		const actor = allowed(locals, url, 'portfolio');
		const year = yearParam(params.year);
		const number = versionParam(url);
		const db = await database();
		let response: Response | null = null;
		if (year !== null && number === undefined)
			response = await portfolioDownload(kind, db, actor.organisationId, year, url);
		else if (year !== null && number !== undefined) {
			const version = await frozenVersion(db, actor.organisationId, year, number);
			response = version && (await versionDownload(kind, db, version, url));
		}
		if (!response) error(404, NOT_FOUND);
		return response;
	};
