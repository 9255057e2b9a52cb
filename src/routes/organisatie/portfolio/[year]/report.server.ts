import { error, type Cookies } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type { Actor } from '$lib/server/access';
import { database } from '$lib/server/app';
import { NOT_FOUND } from '$lib/server/guard';
import { readerLanguage } from '$lib/server/language';
import { portfolioReport } from '$lib/server/portfolio';
import { reportHtml } from '$lib/server/report-html';
import { yearParam } from '$lib/server/report-page';

/** The organisation's own year report as HTML, for the page and for its fragment route. */
export async function ownReport(actor: Actor, yearText: string, url: URL, cookies: Cookies) {
	const year = yearParam(yearText);
	const report = year === null ? null : await portfolioReport(await database(), actor, year);
	if (!report) error(404, NOT_FOUND);
	const lang = url.searchParams.get('taal') === 'en' ? 'en' : readerLanguage(cookies);
	const here = resolve('/organisatie/portfolio/[year]', { year: yearText });
	const { html } = reportHtml(report, {
		viewer: 'own',
		lang,
		url,
		pageHref: (page) => `${here}?pagina=${page}`,
		caseHref: (id) => resolve('/organisatie/casussen/[id]', { id })
	});
	return { html, lang, report };
}
