import { error, type Cookies } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type { Actor } from '$lib/server/access';
import { database } from '$lib/server/app';
import { NOT_FOUND } from '$lib/server/guard';
import { readerLanguage } from '$lib/server/language';
import { reportHtml } from '$lib/server/report-html';
import { sharedReport } from '$lib/server/shares';

/** A report shared with the actor's funder organisation, as HTML, read-only. */
export async function sharedReportHtml(actor: Actor, id: string, url: URL, cookies: Cookies) {
	const shared = await sharedReport(await database(), actor, id);
	if (!shared) error(404, NOT_FOUND);
	const lang = url.searchParams.get('taal') === 'en' ? 'en' : readerLanguage(cookies);
	const here = resolve('/organisatie/gedeeld/[id]', { id });
	// A funder reads the figures, not the provider's case pages: no links to them.
	const { html } = reportHtml(shared.report, {
		viewer: 'shared',
		lang,
		url,
		pageHref: (page) => `${here}?pagina=${page}`
	});
	return { html, lang, report: shared.report };
}
