import { json } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { caseJson, readCaseBody, refused, refusedSave } from '$lib/server/cases/api';
import { createCase, findCase, listCases } from '$lib/server/cases/cases';
import { apiActor } from '$lib/server/platform/guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	const actor = apiActor(locals, 'own-cases');
	return json({ cases: (await listCases(await database(), actor)).map(caseJson) });
};

export const POST: RequestHandler = async ({ locals, request }) => {
	const actor = apiActor(locals, 'own-cases');
	const body = await readCaseBody(request);
	if (!body.ok) return refused(body.problems);
	const db = await database();
	const saved = await createCase(db, actor, body.form);
	if (!saved.ok) return refusedSave(saved);
	return json(caseJson((await findCase(db, actor, saved.id))!), { status: 201 });
};
