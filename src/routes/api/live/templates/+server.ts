import { json } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { can } from '$lib/server/platform/access';
import { apiActor } from '$lib/server/platform/guard';
import { liveBody, liveRefusal } from '$lib/server/live/api';
import { listTemplates, saveTemplate } from '$lib/server/live/templates';
import type { RequestHandler } from './$types';

/**
 * The organisation's kept guessing rounds, for anyone who keeps cases. The composing page is
 * public and asks without knowing who is there: without such a member signed in the answer is
 * null, not a refusal.
 */
export const GET: RequestHandler = async ({ locals }) => {
	if (!locals.actor || !can(locals.actor, 'own-cases')) return json({ templates: null });
	return json({ templates: await listTemplates(await database(), locals.actor) });
};

/** Keeps a composed round for the organisation: { name, unitCostIds }. */
export const POST: RequestHandler = async ({ locals, request }) => {
	const actor = apiActor(locals, 'own-cases');
	const read = await liveBody(request);
	if (!read.ok) return read.response;
	const saved = await saveTemplate(await database(), actor, read.body.name, read.body.unitCostIds);
	if (!saved.ok) return liveRefusal(400, saved.problem);
	return json({ id: saved.id }, { status: 201 });
};
