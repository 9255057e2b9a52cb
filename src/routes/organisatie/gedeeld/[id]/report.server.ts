import { error, type Cookies } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type { Actor } from '$lib/server/platform/access';
import { database } from '$lib/server/app';
import { NOT_FOUND } from '$lib/server/platform/guard';
import { readerLanguage } from '$lib/server/platform/language';
import { reportHtml } from '$lib/server/reports/html';
import { versionParam } from '$lib/server/reports/page';
import { sharedReport } from '$lib/server/reports/shares';

/**
 * A report shared with the actor's funder organisation, read-only: its current established
 * version, or with `?versie=` an earlier one. Before the first, there is no report to show.
 */
export async function sharedReportHtml(actor: Actor, id: string, url: URL, cookies: Cookies) {
	const db = await database();
	const shared = await sharedReport(db, actor, id, versionParam(url));
	if (!shared) error(404, NOT_FOUND);
	const lang = url.searchParams.get('taal') === 'en' ? 'en' : readerLanguage(cookies);
	if (!shared.version) return { ...shared, html: null, lang };
	const here = resolve('/organisatie/gedeeld/[id]', { id });
	const also = url.searchParams.has('versie') ? `&versie=${shared.version.number}` : '';
	// A funder reads the figures, not the provider's case pages: no links to them.
	const { html } = await reportHtml(db, shared.version.report, {
		viewer: 'shared',
		lang,
		url,
		pageHref: (page) => `${here}?pagina=${page}${also}`
	});
	return { ...shared, html, lang };
}
