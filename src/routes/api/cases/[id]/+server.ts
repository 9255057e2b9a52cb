import { error, json } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { caseJson, readCaseBody, refused, refusedSave } from '$lib/server/cases/api';
import { deleteCase, findCase, updateCase } from '$lib/server/cases/cases';
import { problem } from '$lib/i18n/form-messages';
import { apiActor, NOT_FOUND } from '$lib/server/platform/guard';
import type { RequestHandler } from './$types';
import { REFUSALS } from '$lib/i18n/refusals';

export const GET: RequestHandler = async ({ locals, params }) => {
	const actor = apiActor(locals, 'own-cases');
	const found = await findCase(await database(), actor, params.id);
	if (!found) error(404, NOT_FOUND);
	return json(caseJson(found));
};

export const PUT: RequestHandler = async ({ locals, params, request }) => {
	const actor = apiActor(locals, 'own-cases');
	const body = await readCaseBody(request);
	if (!body.ok) return refused(body.problems);
	if (body.version === undefined)
		return refused([problem('version', REFUSALS.versionMissingInRequest)]);
	const db = await database();
	const saved = await updateCase(db, actor, params.id, body.version, body.form);
	if (!saved) error(404, NOT_FOUND);
	if (!saved.ok) return refusedSave(saved);
	return json(caseJson((await findCase(db, actor, params.id))!));
};

export const DELETE: RequestHandler = async ({ locals, params }) => {
	const actor = apiActor(locals, 'own-cases');
	if (!(await deleteCase(await database(), actor, params.id))) error(404, NOT_FOUND);
	return new Response(null, { status: 204 });
};
