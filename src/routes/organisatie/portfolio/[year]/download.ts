import { error, type RequestHandler } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { allowed, NOT_FOUND } from '$lib/server/guard';
import { portfolioDownload, type PortfolioDownload } from '$lib/server/portfolio-downloads';
import { yearParam } from '$lib/server/report-page';

/** The own organisation's year as a download: for analysts and managers. */
export const ownDownload =
	(kind: PortfolioDownload): RequestHandler<{ year: string }> =>
	async ({ locals, url, params }) => {
		const actor = allowed(locals, url, 'portfolio');
		const year = yearParam(params.year);
		const response =
			year === null
				? null
				: await portfolioDownload(kind, await database(), actor.organisationId, year, url);
		if (!response) error(404, NOT_FOUND);
		return response;
	};
