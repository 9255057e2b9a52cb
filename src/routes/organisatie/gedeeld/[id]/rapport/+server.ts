import { allowed } from '$lib/server/guard';
import { reportFragment } from '$lib/server/report-html';
import { sharedReportHtml } from '../report.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params, cookies }) => {
	const actor = allowed(locals, url, 'view-shares');
	const { html } = await sharedReportHtml(actor, params.id, url, cookies);
	return reportFragment(html);
};
