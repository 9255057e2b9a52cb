import { error } from '@sveltejs/kit';
import { DatabaseUnavailable, type Database } from './db/database';

/** What the reader is told while the database cannot take the request, in both languages. */
export const UNAVAILABLE = {
	unreachable: {
		nl: 'De database is even niet bereikbaar. Probeer het over een paar seconden opnieuw; wat al was opgeslagen, is bewaard.',
		en: 'The database cannot be reached just now. Try again in a few seconds; what was saved before is kept.'
	},
	full: {
		nl: 'De server heeft geen ruimte meer om op te slaan. Er is niets opgeslagen en niets verloren; vraag de beheerder van de server om schijfruimte vrij te maken.',
		en: 'The server has no room left to save. Nothing was saved and nothing was lost; ask the server’s administrator to free disk space.'
	}
};
/** Seconds a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

const message = (kind: keyof typeof UNAVAILABLE) =>
	`${UNAVAILABLE[kind].nl} / ${UNAVAILABLE[kind].en}`;

/**
 * The database as routes use it: a lost connection becomes SvelteKit's 503, so a page shows its
 * error page and the API its JSON message with that status, instead of a 500 and a stack trace.
 */
export function answering503(db: Database): Database {
	const guarded = async <T>(run: () => Promise<T>): Promise<T> => {
		try {
			return await run();
		} catch (failure) {
			if (failure instanceof DatabaseUnavailable) error(503, message(failure.kind));
			throw failure;
		}
	};
	return {
		...db,
		query: (sql, params) => guarded(() => db.query(sql, params)),
		exec: (sql) => guarded(() => db.exec(sql)),
		transaction: (work) => guarded(() => db.transaction(work))
	};
}

/**
 * The answer when the database cannot take a request before any route runs: reading the session
 * in the hook failed, or a write comes while the disk is nearly full.
 */
export function unavailableResponse(
	request: Request,
	kind: keyof typeof UNAVAILABLE = 'unreachable'
): Response {
	const headers = { 'retry-after': String(RETRY_AFTER_SECONDS) };
	// a form sent by the page's script expects an action result, and then shows the error page
	if (request.headers.get('x-sveltekit-action') === 'true')
		return Response.json(
			{ type: 'error', status: 503, error: { message: message(kind) } },
			{ status: 503, headers }
		);
	if (request.headers.get('accept')?.includes('application/json') || isApi(request))
		return Response.json({ message: message(kind) }, { status: 503, headers });
	const { nl, en } = UNAVAILABLE[kind];
	const page = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Even niet beschikbaar · Effectwijzer</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Even niet beschikbaar</h1><p>${nl}</p>
<h2 lang="en">Unavailable for a moment</h2><p lang="en">${en}</p>
</body></html>`;
	return new Response(page, {
		status: 503,
		headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }
	});
}

const isApi = (request: Request) => new URL(request.url).pathname.startsWith('/api/');
