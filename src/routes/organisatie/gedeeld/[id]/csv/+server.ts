import { error } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { allowed, NOT_FOUND } from '$lib/server/guard';
import { portfolioCsvResponse } from '$lib/server/portfolio-csv';
import { sharedReport } from '$lib/server/shares';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const actor = allowed(locals, url, 'view-shares');
	const db = await database();
	const shared = await sharedReport(db, actor, params.id);
	const response =
		shared && (await portfolioCsvResponse(db, shared.share.providerId, shared.share.year, url));
	if (!response) error(404, NOT_FOUND);
	return response;
};
