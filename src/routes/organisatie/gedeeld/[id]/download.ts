import { error, type RequestHandler } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { allowed, NOT_FOUND } from '$lib/server/guard';
import { portfolioDownload, type PortfolioDownload } from '$lib/server/portfolio-downloads';
import { sharedReport } from '$lib/server/shares';

/** A report shared with the funder, as a download: for the funder's viewers. */
export const sharedDownload =
	(kind: PortfolioDownload): RequestHandler<{ id: string }> =>
	async ({ locals, url, params }) => {
		const actor = allowed(locals, url, 'view-shares');
		const db = await database();
		const shared = await sharedReport(db, actor, params.id);
		const response =
			shared &&
			(await portfolioDownload(kind, db, shared.share.providerId, shared.share.year, url));
		if (!response) error(404, NOT_FOUND);
		return response;
	};
