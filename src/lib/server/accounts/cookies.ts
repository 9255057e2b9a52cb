import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE, SESSION_HOURS } from './sessions';

export function setSessionCookie(cookies: Cookies, token: string, url: URL): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		// Secure wherever the app is reached over HTTPS, as in production; plain http only on a
		// developer's own machine.
		secure: url.protocol === 'https:',
		maxAge: SESSION_HOURS * 3600
	});
}

/** Where to go after signing in: a path on this site, never another site. */
export function returnPath(url: URL): string {
	const back = url.searchParams.get('terug');
	return back && back.startsWith('/') && !back.startsWith('//') ? back : '/organisatie';
}
