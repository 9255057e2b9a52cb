import { error, type Cookies } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type { Actor } from '$lib/server/platform/access';
import { database } from '$lib/server/app';
import { NOT_FOUND } from '$lib/server/platform/guard';
import { readerLanguage } from '$lib/server/platform/language';
import { portfolioReport } from '$lib/server/reports/portfolio';
import { reportHtml } from '$lib/server/reports/html';
import { versionParam, yearParam } from '$lib/server/reports/page';
import { frozenVersion, reportVersions } from '$lib/server/reports/versions';

/**
 * The organisation's own year report as HTML, for the page and for its fragment route: the live
 * concept, or with `?versie=` one of its established versions.
 */
export async function ownReport(actor: Actor, yearText: string, url: URL, cookies: Cookies) {
	const year = yearParam(yearText);
	const number = versionParam(url);
	const db = await database();
	const concept = year === null ? null : await portfolioReport(db, actor, year);
	const version =
		year !== null && number !== undefined
			? await frozenVersion(db, actor.organisationId, year, number)
			: null;
	const report = number === undefined ? concept : version?.report;
	if (!report || year === null) error(404, NOT_FOUND);
	const lang = url.searchParams.get('taal') === 'en' ? 'en' : readerLanguage(cookies);
	const here = resolve('/organisatie/portfolio/[year]', { year: yearText });
	const also = number === undefined ? '' : `&versie=${number}`;
	const { html } = await reportHtml(db, report, {
		viewer: 'own',
		lang,
		url,
		pageHref: (page) => `${here}?pagina=${page}${also}`,
		caseHref: (id) => resolve('/organisatie/casussen/[id]', { id })
	});
	const versions = await reportVersions(db, actor.organisationId, year);
	return { html, lang, report, year, version, versions };
}
