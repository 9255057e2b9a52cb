import { error } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { allowed, NOT_FOUND } from '$lib/server/guard';
import { reportPage } from '$lib/server/report-page';
import { sharedReport } from '$lib/server/shares';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = allowed(locals, url, 'view-shares');
	const shared = await sharedReport(await database(), actor, params.id);
	if (!shared) error(404, NOT_FOUND);
	return { ...reportPage(shared.report, url), id: params.id };
};
