import { error, fail } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { readForm } from '$lib/server/platform/forms';
import { allowed, NOT_FOUND } from '$lib/server/platform/guard';
import { portfolioYears } from '$lib/server/reports/portfolio';
import {
	providerShares,
	SHARE_FIELDS,
	shareFormSchema,
	shareReport,
	withdrawShare
} from '$lib/server/reports/shares';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = allowed(locals, url, 'manage-shares');
	const db = await database();
	return {
		shares: await providerShares(db, actor),
		years: await portfolioYears(db, actor)
	};
};

export const actions: Actions = {
	share: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'manage-shares');
		const form = await request.formData();
		const shareCode = String(form.get('shareCode') ?? '');
		const read = readForm(shareFormSchema, form, SHARE_FIELDS);
		if (!read.ok) return fail(400, { shareCode, problems: read.problems });
		const shared = await shareReport(await database(), actor, read.value, new Date());
		if (!shared.ok) return fail(400, { shareCode, problems: shared.problems });
		return { sharedWith: shared.funderName, year: read.value.year };
	},
	withdraw: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'manage-shares');
		const id = String((await request.formData()).get('id') ?? '');
		if (!(await withdrawShare(await database(), actor, id))) error(404, NOT_FOUND);
		return { withdrawn: true };
	}
};
