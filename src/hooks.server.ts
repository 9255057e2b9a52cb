import type { Handle, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { sessionActor, SESSION_COOKIE } from '$lib/server/accounts/sessions';
import { database } from '$lib/server/app';
import { fillReportSlot } from '$lib/server/report-html';

// Migrate (and seed the demo) when the server starts, not on the first visitor's request;
// never while prerendering the static pages at build time.
export const init: ServerInit = async () => {
	if (!building) await database();
};

export const handle: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.actor = token ? await sessionActor(await database(), token, new Date()) : null;
	return resolve(event, {
		// A report page's load leaves its ready-made HTML here; it goes into the page once,
		// instead of also into the page's data, where serialising it cost more than the rest.
		transformPageChunk: ({ html }) =>
			event.locals.servedReport ? fillReportSlot(html, event.locals.servedReport) : html
	});
};
