// The headers every response carries, static files and prerendered pages included, which
// adapter-node serves before SvelteKit's hooks run. A page rendered by SvelteKit replaces the
// Content-Security-Policy below with the whole policy of svelte.config.js (kit.csp); this one is
// what holds for the rest: nothing may frame it, embed it as a plugin or rebase its links.

/** @type {Record<string, string>} */
const EVERY_RESPONSE = {
	'content-security-policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
	'x-frame-options': 'DENY',
	'x-content-type-options': 'nosniff',
	// The full address only to this site itself; other sites learn nothing, not even the origin.
	// ('no-referrer' would also blank the Origin of the app's own form posts, which CSRF
	// protection compares.)
	'referrer-policy': 'same-origin',
	'permissions-policy':
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), browsing-topics=()',
	'cross-origin-opener-policy': 'same-origin'
};

/** A year, once the app is known to be reached over HTTPS; never on plain http. */
const HSTS = 'max-age=31536000';

/**
 * Sets the headers on a response before anything else writes to it; a handler that sets the same
 * header later (SvelteKit's page policy) wins.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {boolean} https whether the public address is https (ORIGIN) or the connection is TLS
 */
export function setSecurityHeaders(request, response, https) {
	for (const [name, value] of Object.entries(EVERY_RESPONSE)) response.setHeader(name, value);
	// @ts-expect-error `encrypted` is there on a TLS socket only
	if (https || request.socket.encrypted) response.setHeader('strict-transport-security', HSTS);
}
