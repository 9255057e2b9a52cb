import { error, fail } from '@sveltejs/kit';
import { funders } from '$lib/server/accounts/organisations';
import { database } from '$lib/server/app';
import { readForm } from '$lib/server/forms';
import { allowed, NOT_FOUND } from '$lib/server/guard';
import { portfolioYears } from '$lib/server/portfolio';
import {
	providerShares,
	SHARE_FIELDS,
	shareFormSchema,
	shareReport,
	withdrawShare
} from '$lib/server/shares';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = allowed(locals, url, 'manage-shares');
	const db = await database();
	return {
		shares: await providerShares(db, actor),
		funders: await funders(db),
		years: await portfolioYears(db, actor)
	};
};

export const actions: Actions = {
	share: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'manage-shares');
		const read = readForm(shareFormSchema, await request.formData(), SHARE_FIELDS);
		if (!read.ok) return fail(400, { problems: read.problems });
		const shared = await shareReport(await database(), actor, read.value);
		if (!shared.ok) return fail(400, { problems: shared.problems });
		return { shared: true };
	},
	withdraw: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'manage-shares');
		const id = String((await request.formData()).get('id') ?? '');
		if (!(await withdrawShare(await database(), actor, id))) error(404, NOT_FOUND);
		return { withdrawn: true };
	}
};
