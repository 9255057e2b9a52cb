import { error } from '@sveltejs/kit';
import { allowed, NOT_FOUND } from '$lib/server/platform/guard';
import { reportFragment } from '$lib/server/reports/html';
import { sharedReportHtml } from '../report.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params, cookies }) => {
	const actor = allowed(locals, url, 'view-shares');
	const { html } = await sharedReportHtml(actor, params.id, url, cookies);
	if (html === null) error(404, NOT_FOUND);
	return reportFragment(html);
};
