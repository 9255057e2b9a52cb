import { error, type RequestHandler } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { allowed, NOT_FOUND } from '$lib/server/platform/guard';
import { versionDownload, type PortfolioDownload } from '$lib/server/reports/downloads';
import { versionParam } from '$lib/server/reports/page';
import { sharedReport } from '$lib/server/reports/shares';

/** A report shared with the funder, as the files its established version kept: for its viewers. */
export const sharedDownload =
	(kind: PortfolioDownload): RequestHandler<{ id: string }> =>
	async ({ locals, url, params }) => {
		const actor = allowed(locals, url, 'view-shares');
		const db = await database();
		const shared = await sharedReport(db, actor, params.id, versionParam(url));
		const response = shared?.version && (await versionDownload(kind, db, shared.version, url));
		if (!response) error(404, NOT_FOUND);
		return response;
	};
