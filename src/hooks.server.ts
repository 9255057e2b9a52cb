import type { Handle, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { LANGUAGE_COOKIE } from '$lib/i18n/language.svelte';
import { can } from '$lib/server/access';
import { SESSION_COOKIE } from '$lib/server/accounts/sessions';
import { database, trustedProxySetting } from '$lib/server/app';
import { admitted, settled } from '$lib/server/admission';
import { keptPage, recentActor } from '$lib/server/recent';
import { organisationRevision } from '$lib/server/revisions';
import { fillReportSlot } from '$lib/server/report-html';

// Migrate (and seed the demo) when the server starts, not on the first visitor's request;
// never while prerendering the static pages at build time.
export const init: ServerInit = async () => {
	if (building) return;
	trustedProxySetting();
	const db = await database();
	// adapter-node emits this once the server has stopped taking requests (SIGINT, SIGTERM):
	// the requests already read are answered, then the embedded engine is closed cleanly and
	// the process can end.
	process.once('sveltekit:shutdown', () => void settled().then(() => db.close()));
};

/** The organisation's own year report: read by many, changed only with the organisation's cases. */
const PORTFOLIO_PAGE = /^\/organisatie\/portfolio\/\d{4}$/;

export const handle: Handle = (input) => admitted(() => respond(input));

const respond: Handle = async ({ event, resolve }) => {
	const now = new Date();
	const token = event.cookies.get(SESSION_COOKIE);
	// Without a session cookie (the public pages, prerendering) the database is not touched.
	const actor = token ? await recentActor(await database(), token, now) : null;
	event.locals.actor = actor;
	const render = () =>
		resolve(event, {
			// A report page's load leaves its ready-made HTML here; it goes into the page once,
			// instead of also into the page's data, where serialising it cost more than the rest.
			transformPageChunk: ({ html }) =>
				event.locals.servedReport ? fillReportSlot(html, event.locals.servedReport) : html
		});
	if (
		event.request.method !== 'GET' ||
		event.isDataRequest ||
		!actor ||
		!can(actor, 'portfolio') ||
		!PORTFOLIO_PAGE.test(event.url.pathname)
	)
		return render();
	const revision = await organisationRevision(await database(), actor.organisationId, now);
	const lang = event.cookies.get(LANGUAGE_COOKIE) ?? 'nl';
	return keptPage(
		`${actor.userId}:${revision}:${lang}:${event.url.pathname}${event.url.search}`,
		render,
		event.request.headers.get('accept-encoding')
	);
};
