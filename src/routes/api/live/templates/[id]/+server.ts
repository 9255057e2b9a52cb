import { error } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { apiActor, NOT_FOUND } from '$lib/server/platform/guard';
import { removeTemplate } from '$lib/server/live/templates';
import type { RequestHandler } from './$types';

/** Removes a kept round: whoever kept it, or an analyst; another's is not there. */
export const DELETE: RequestHandler = async ({ locals, params }) => {
	const actor = apiActor(locals, 'own-cases');
	if (!(await removeTemplate(await database(), actor, params.id))) error(404, NOT_FOUND);
	return new Response(null, { status: 204 });
};
