import { fail } from '@sveltejs/kit';
import * as z from 'zod';
import { database } from '$lib/server/app';
import { organisationOutliers } from '$lib/server/cases/confirmed';
import { heldForReview, releaseName, returnName } from '$lib/server/cases/held-names';
import { allowed } from '$lib/server/platform/guard';
import { REFUSALS } from '$lib/i18n/refusals';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = allowed(locals, url, 'portfolio');
	const db = await database();
	return {
		held: await heldForReview(db, actor),
		outliers: await organisationOutliers(db, actor)
	};
};

/** Which held text a review is about: the case and the text as it stands masked in it. */
const reviewSchema = z.object({ caseId: z.uuid(), shown: z.string().min(1).max(4000) });

async function review(
	{ locals, url, request }: Parameters<Actions[string]>[0],
	action: typeof releaseName
) {
	const actor = allowed(locals, url, 'portfolio');
	const form = await request.formData();
	const asked = reviewSchema.safeParse({ caseId: form.get('caseId'), shown: form.get('shown') });
	if (!asked.success) return fail(400, { gone: REFUSALS.reviewNotFound });
	const done = await action(await database(), actor, asked.data.caseId, asked.data.shown);
	if (!done.ok) return fail(404, { gone: REFUSALS.reviewNotFound });
	return { caseCode: done.caseCode, released: action === releaseName };
}

export const actions: Actions = {
	release: async (event) => review(event, releaseName),
	return: async (event) => review(event, returnName)
};
