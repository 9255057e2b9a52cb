import { fail } from '@sveltejs/kit';
import { can } from '$lib/server/platform/access';
import { database } from '$lib/server/app';
import { calendarDay } from '$lib/format/dates';
import {
	followUpList,
	followUpMoments,
	setFollowUpMoments
} from '$lib/server/follow-ups/follow-ups';
import { allowed } from '$lib/server/platform/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = allowed(locals, url, 'own-cases');
	const db = await database();
	const today = calendarDay(new Date());
	return {
		today,
		items: await followUpList(db, actor, today),
		moments: await followUpMoments(db, actor.organisationId),
		analyst: can(actor, 'portfolio')
	};
};

export const actions: Actions = {
	moments: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'portfolio');
		const typed = String((await request.formData()).get('moments') ?? '');
		const set = await setFollowUpMoments(await database(), actor, typed);
		if (!set.ok) return fail(400, { typed, problems: set.problems });
		return { moments: set.months };
	}
};
