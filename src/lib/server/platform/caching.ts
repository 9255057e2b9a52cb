import type { RequestEvent } from '@sveltejs/kit';

const READS = new Set(['GET', 'HEAD']);

/** The API's answers that are the same for everyone: the published catalog. */
const PUBLIC_ANSWERS = new Set(['/api/catalog.json', '/api/catalog.csv']);

/** Addresses whose own path is a secret (an invitation's token). */
const SECRET_ADDRESS = /^\/uitnodiging\//;

/**
 * Cookies that make an answer someone's own: a live round's (a trainer's or a phone's secret for
 * one round), and a sign-in waiting for its second step (whose page shows the key being set up).
 */
const PERSONAL_COOKIE = /^(ew_live_|effectwijzer_second_step$)/;

/**
 * Whether an answer belongs to whoever asked: anything answered to someone signed in, playing a
 * round or halfway through signing in, the outcome of anything sent (a form, a sign-in), the API
 * (but for the public catalog), an address that holds a secret, and every answer that sets a
 * cookie. A shared browser or a proxy must not keep such an answer.
 */
export function isPersonalAnswer(event: RequestEvent, response: Response): boolean {
	const { pathname } = event.url;
	return (
		event.locals.actor != null ||
		!READS.has(event.request.method) ||
		event.cookies.getAll().some((cookie) => PERSONAL_COOKIE.test(cookie.name)) ||
		(pathname.startsWith('/api/') && !PUBLIC_ANSWERS.has(pathname)) ||
		SECRET_ADDRESS.test(pathname) ||
		response.headers.has('set-cookie')
	);
}

/**
 * The answer, never to be kept by a browser's cache or a proxy, and said to differ by cookie.
 * A response whose headers cannot change (one made by fetch or Response.redirect) is copied.
 */
export function notToBeKept(response: Response): Response {
	const mark = (headers: Headers) => {
		headers.set('cache-control', 'private, no-store');
		if (!/\bcookie\b/i.test(headers.get('vary') ?? '')) headers.append('vary', 'Cookie');
	};
	try {
		mark(response.headers);
		return response;
	} catch {
		const headers = new Headers(response.headers);
		mark(headers);
		return new Response(response.body, {
			status: response.status,
			statusText: response.statusText,
			headers
		});
	}
}
