import { json } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { organisationUsage } from '$lib/server/cases/unit-cost-usage';
import type { RequestHandler } from './$types';

/** The calculator asks this for any visitor; one who is not signed in has used nothing yet. */
export const GET: RequestHandler = async ({ locals }) => {
	const usage = locals.actor ? await organisationUsage(await database(), locals.actor) : new Map();
	return json(
		{ usage: Object.fromEntries(usage) },
		{ headers: { 'cache-control': 'private, no-store' } }
	);
};
