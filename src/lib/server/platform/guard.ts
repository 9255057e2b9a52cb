import { error, redirect } from '@sveltejs/kit';
import { can, type Actor, type Capability } from './access';

/** The signed-in actor; anyone else is sent to sign in and brought back afterwards. */
export function signedIn(locals: App.Locals, url: URL): Actor {
	if (!locals.actor)
		redirect(303, `/inloggen?terug=${encodeURIComponent(url.pathname + url.search)}`);
	return locals.actor;
}

/** The actor, if their roles allow the capability; otherwise 403, in both languages. */
export function allowed(locals: App.Locals, url: URL, capability: Capability): Actor {
	const actor = signedIn(locals, url);
	if (!can(actor, capability))
		error(
			403,
			'Uw rol geeft geen toegang tot deze pagina. / Your role does not give access to this page.'
		);
	return actor;
}

/** For API routes: 401 as JSON instead of a redirect to the sign-in page. */
export function apiActor(locals: App.Locals, capability: Capability): Actor {
	if (!locals.actor) error(401, 'Niet ingelogd. / Not signed in.');
	if (!can(locals.actor, capability))
		error(403, 'Uw rol geeft hier geen toegang toe. / Your role does not allow this.');
	return locals.actor;
}

export const NOT_FOUND = 'Niet gevonden. / Not found.';
