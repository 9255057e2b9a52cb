import { resolve } from '$app/paths';
import { allowed } from '$lib/server/guard';
import { sharedReportHtml } from './report.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, cookies }) => {
	const actor = allowed(locals, url, 'view-shares');
	const { html, lang, report } = await sharedReportHtml(actor, params.id, url, cookies);
	locals.servedReport = html;
	return {
		lang,
		title: `${report.year} · ${report.organisationName}`,
		providerName: report.organisationName,
		fragment: resolve('/organisatie/gedeeld/[id]/rapport', { id: params.id }),
		csv: resolve('/organisatie/gedeeld/[id]/csv', { id: params.id }),
		xlsx: resolve('/organisatie/gedeeld/[id]/xlsx', { id: params.id })
	};
};
