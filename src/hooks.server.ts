import { isHttpError, type Handle, type ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { LANGUAGE_COOKIE } from '$lib/i18n/language.svelte';
import { can } from '$lib/server/platform/access';
import { SESSION_COOKIE } from '$lib/server/accounts/sessions';
import { database, diskNearlyFull, trustedProxySetting } from '$lib/server/app';
import { admitted, settled } from '$lib/server/platform/admission';
import { recentActor } from '$lib/server/accounts/seen-sessions';
import { keptPage } from '$lib/server/platform/recent';
import { organisationRevision } from '$lib/server/platform/revisions';
import { fillReportSlot } from '$lib/server/reports/html';
import { announcedTooLarge, tooLarge } from '$lib/server/platform/request-body';
import {
	earlyRefusal,
	RETRY_AFTER_SECONDS,
	unavailableResponse
} from '$lib/server/platform/unavailable';
import { stopWorkers } from '$lib/server/work/pool';
import { isPersonalAnswer, notToBeKept } from '$lib/server/platform/caching';

/** How long a stopping app waits for its last requests and its database, after its connections are closed. */
const STOP_DEADLINE_MS = 3_000;

// Migrate (and seed the demo) when the server starts, not on the first visitor's request;
// never while prerendering the static pages at build time.
export const init: ServerInit = async () => {
	if (building) return;
	// settings that are wrong stop the start here, by name, rather than fail a visitor later
	trustedProxySetting();
	const db = await database();
	await diskNearlyFull();
	// adapter-node emits this once the server has stopped taking requests (SIGINT, SIGTERM):
	// the requests already read are answered, then the worker threads are stopped and the
	// embedded engine is closed cleanly, and the process can end.
	process.once('sveltekit:shutdown', () => {
		// a request held up by a database that is away does not hold the stop up for long
		const deadline = setTimeout(() => {
			console.warn(
				'Effectwijzer: stopped before every request was answered (the database is away)'
			);
			process.exit(1);
		}, STOP_DEADLINE_MS);
		deadline.unref();
		void settled()
			.then(() => Promise.all([stopWorkers(), db.close()]))
			.finally(() => clearTimeout(deadline));
	});
};

/** The organisation's own year report: read by many, changed only with the organisation's cases. */
const PORTFOLIO_PAGE = /^\/organisatie\/portfolio\/\d{4}$/;

/** Requests that change nothing; every other one may write. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Signing out ends the session on a full disk too: it writes only once there is room (sign-out.ts). */
const SIGN_OUT = '/uitloggen';

export const handle: Handle = (input) =>
	admitted(async () => {
		const { request } = input.event;
		if (announcedTooLarge(request))
			return earlyRefusal(request, 413, {
				nl: `Verzoek: ${tooLarge.nl}`,
				en: `Request: ${tooLarge.en}`
			});
		const writes = !READS.has(request.method) && input.event.url.pathname !== SIGN_OUT;
		if (writes && (await diskNearlyFull())) return unavailableResponse(request, 'full');
		try {
			const answered = await respond(input);
			const response = isPersonalAnswer(input.event, answered) ? notToBeKept(answered) : answered;
			if (response.status !== 503) return response;
			// a route met the database out of reach: say when to try again
			const headers = new Headers(response.headers);
			headers.set('retry-after', String(RETRY_AFTER_SECONDS));
			return new Response(response.body, { status: 503, headers });
		} catch (failure) {
			// the session could not be read: there is no route to show the error page yet
			if (isHttpError(failure, 503)) return unavailableResponse(request);
			throw failure;
		}
	});

const respond: Handle = async ({ event, resolve }) => {
	const now = new Date();
	const token = event.cookies.get(SESSION_COOKIE);
	// Without a session cookie (the public pages, prerendering) the database is not touched.
	const write = !['GET', 'HEAD'].includes(event.request.method);
	const actor = token ? await recentActor(await database(), token, now, write) : null;
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
