import { allowed } from '$lib/server/platform/guard';
import { reportFragment } from '$lib/server/reports/html';
import { ownReport } from '../report.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params, cookies }) => {
	const actor = allowed(locals, url, 'portfolio');
	const { html } = await ownReport(actor, params.year, url, cookies);
	return reportFragment(html);
};
