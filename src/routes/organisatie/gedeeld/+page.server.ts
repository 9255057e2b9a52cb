import { error } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { allowed, NOT_FOUND } from '$lib/server/guard';
import { funderShares, leaveShare } from '$lib/server/shares';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = allowed(locals, url, 'view-shares');
	return { shares: await funderShares(await database(), actor) };
};

export const actions: Actions = {
	leave: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'view-shares');
		const id = String((await request.formData()).get('id') ?? '');
		if (!(await leaveShare(await database(), actor, id))) error(404, NOT_FOUND);
		return { left: true };
	}
};
