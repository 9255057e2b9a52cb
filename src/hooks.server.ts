import type { Handle, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { sessionActor, SESSION_COOKIE } from '$lib/server/accounts/sessions';
import { database } from '$lib/server/app';

// Migrate (and seed the demo) when the server starts, not on the first visitor's request;
// never while prerendering the static pages at build time.
export const init: ServerInit = async () => {
	if (!building) await database();
};

export const handle: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.actor = token ? await sessionActor(await database(), token, new Date()) : null;
	return resolve(event);
};
