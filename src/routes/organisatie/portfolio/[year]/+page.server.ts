import { resolve } from '$app/paths';
import { allowed } from '$lib/server/guard';
import { ownReport } from './report.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, cookies }) => {
	const actor = allowed(locals, url, 'portfolio');
	const { html, lang, report } = await ownReport(actor, params.year, url, cookies);
	locals.servedReport = html;
	return {
		lang,
		title: `${report.year} · ${report.organisationName}`,
		fragment: resolve('/organisatie/portfolio/[year]/rapport', { year: params.year }),
		csv: resolve('/organisatie/portfolio/[year]/csv', { year: params.year }),
		xlsx: resolve('/organisatie/portfolio/[year]/xlsx', { year: params.year })
	};
};
