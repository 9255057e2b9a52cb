import { resolve } from '$app/paths';
import { codeOf } from '$lib/server/live/api';
import { qrPath } from '$lib/server/platform/qr';
import type { PageServerLoad } from './$types';

// a round exists only while it is played: this page is served, never prerendered or kept offline
export const prerender = false;

/** The projector of one round: where phones join (as text and as a QR code). */
export const load: PageServerLoad = ({ params, url }) => {
	const code = codeOf(params);
	const join = new URL(resolve('/doe-mee/[code]', { code }), url.origin).href;
	// the address to type, as people say it: without "https://"
	const joinShort = new URL(resolve('/doe-mee'), url.origin).href.replace(/^https?:\/\//, '');
	return { code, join, joinShort, qr: qrPath(join) };
};
