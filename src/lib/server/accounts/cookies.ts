import type { Cookies } from '@sveltejs/kit';
import { firstControlCharacter } from '$lib/schemas/control-characters';
import { SESSION_COOKIE, SESSION_HOURS } from './sessions';
import { PENDING_MINUTES } from './sign-in';

/**
 * How every cookie of the app is set: out of the page's scripts' reach, and Secure wherever the
 * app is reached over HTTPS, as in production (plain http only on a developer's own machine).
 */
export const appCookie = (
	url: URL,
	{ path, sameSite, seconds }: { path: string; sameSite: 'lax' | 'strict'; seconds: number }
) => ({ path, httpOnly: true, sameSite, secure: url.protocol === 'https:', maxAge: seconds });

export function setSessionCookie(cookies: Cookies, token: string, url: URL): void {
	cookies.set(
		SESSION_COOKIE,
		token,
		appCookie(url, { path: '/', sameSite: 'lax', seconds: SESSION_HOURS * 3600 })
	);
}

/** The browser's mark that an account has signed in from it (sign-in.ts, known devices). */
export const DEVICE_COOKIE = 'effectwijzer_device';
const DEVICE_DAYS = 365;

export function setDeviceCookie(cookies: Cookies, device: string, url: URL): void {
	// sent to the sign-in page alone, where it is read
	cookies.set(
		DEVICE_COOKIE,
		device,
		appCookie(url, { path: '/inloggen', sameSite: 'strict', seconds: DEVICE_DAYS * 86_400 })
	);
}

/** A sign-in whose password was right and whose second step is still to come (sign-in.ts). */
export const PENDING_COOKIE = 'effectwijzer_second_step';

export function setPendingCookie(cookies: Cookies, pending: string, url: URL): void {
	cookies.set(
		PENDING_COOKIE,
		pending,
		appCookie(url, { path: '/inloggen', sameSite: 'strict', seconds: PENDING_MINUTES * 60 })
	);
}

/** Every cookie of a finished sign-in: the session, the known device, and no pending step left. */
export function setSignedInCookies(
	cookies: Cookies,
	signedIn: { token: string; device: string },
	url: URL
): void {
	setSessionCookie(cookies, signedIn.token, url);
	setDeviceCookie(cookies, signedIn.device, url);
	cookies.delete(PENDING_COOKIE, { path: '/inloggen' });
}

const SIGNED_IN_HOME = '/organisatie';
/** A path and query of this site: "/" then a path segment, no backslash, no control characters. */
const isSameSitePath = (path: string) =>
	/^\/(?![/\\])[^\\]*$/.test(path) && firstControlCharacter(path) === null;

/**
 * Where to go after signing in: a path on this site, never another site. Browsers read "/\x",
 * "//x", "/\tx" (tab) and a scheme as another site, so anything but a plain path of this site
 * goes to the start of the organisation area; the path is also resolved and compared by origin.
 */
export function returnPath(url: URL): string {
	const back = url.searchParams.get('terug');
	if (!back || !isSameSitePath(back)) return SIGNED_IN_HOME;
	try {
		const target = new URL(back, url.origin);
		// resolving takes dot segments away, so "/.//x" becomes "//x": the result is checked again
		const path = target.pathname + target.search + target.hash;
		return target.origin === url.origin && isSameSitePath(path) ? path : SIGNED_IN_HOME;
	} catch {
		return SIGNED_IN_HOME;
	}
}
