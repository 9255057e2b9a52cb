import { allowed } from '$lib/server/guard';
import { ownReport } from '../report.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params, cookies }) => {
	const actor = allowed(locals, url, 'portfolio');
	const { html } = await ownReport(actor, params.year, url, cookies);
	return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
