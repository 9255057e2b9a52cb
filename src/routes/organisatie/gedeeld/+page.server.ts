import { error } from '@sveltejs/kit';
import { can } from '$lib/server/platform/access';
import { database } from '$lib/server/app';
import { allowed, NOT_FOUND } from '$lib/server/platform/guard';
import { overviewYears } from '$lib/server/reports/funder-overview';
import { funderShares, leaveShare, ownShareCode, renewShareCode } from '$lib/server/reports/shares';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = allowed(locals, url, 'view-shares');
	const db = await database();
	return {
		shares: await funderShares(db, actor),
		years: await overviewYears(db, actor),
		// the code that lets a provider share with this funder: for its administrators to give out
		shareCode: can(actor, 'users') ? await ownShareCode(db, actor) : null
	};
};

export const actions: Actions = {
	leave: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'view-shares');
		const id = String((await request.formData()).get('id') ?? '');
		if (!(await leaveShare(await database(), actor, id))) error(404, NOT_FOUND);
		return { left: true };
	},
	renewCode: async ({ locals, url }) => {
		allowed(locals, url, 'view-shares');
		const actor = allowed(locals, url, 'users');
		return { renewed: await renewShareCode(await database(), actor) };
	}
};
