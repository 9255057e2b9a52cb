import type { Actor } from './access';
import { sessionActor } from '../accounts/sessions';
import { tokenHash } from '../accounts/tokens';
import { compressed, preferredEncoding, type ContentEncoding } from './content-encoding';
import type { Queryable } from '../db/database';

/**
 * Short-term memory for a busy server. A report page is opened by many people at once and
 * changes only when the organisation's cases do; asking the database who is signed in and
 * rendering the same page again for every request is what limited it under load.
 */

/** A signed-in session is taken on trust at most this long before the database is asked again. */
export const SESSION_RECHECK_MS = 10_000;
const SESSIONS_KEPT = 5_000;
const sessions = new Map<string, { actor: Actor; dueAt: number }>();

/**
 * How long a session is taken on trust: between half and all of SESSION_RECHECK_MS, spread by
 * its token. Sessions remembered at one moment (a room signing in together, a server that has
 * just started) would otherwise all be checked again in one burst of queries, which held up
 * every page served in it.
 */
export function trustedFor(token: string): number {
	let hash = 0;
	for (let i = 0; i < token.length; i++) hash = (Math.imul(hash, 31) + token.charCodeAt(i)) | 0;
	return Math.round(SESSION_RECHECK_MS * (0.5 + ((hash >>> 0) % 1000) / 2000));
}

/**
 * The actor behind a session cookie. Signing out in this process forgets it at once; with
 * several processes on one PostgreSQL, another process notices within SESSION_RECHECK_MS.
 */
export async function recentActor(
	db: Queryable,
	token: string,
	now: Date,
	/** A write is never taken on trust: its session is read from the database every time. */
	fresh = false
): Promise<Actor | null> {
	const hit = sessions.get(token);
	if (hit && !fresh && now.getTime() < hit.dueAt) return hit.actor;
	const actor = await sessionActor(db, token, now);
	sessions.delete(token);
	if (actor) {
		if (sessions.size >= SESSIONS_KEPT) sessions.delete(sessions.keys().next().value!);
		sessions.set(token, { actor, dueAt: now.getTime() + trustedFor(token) });
	}
	return actor;
}

export function forgetSession(token: string): void {
	sessions.delete(token);
}

/** Another process ended a session: it is refused here from this moment too. */
export function forgetSessionByHash(hash: string): void {
	for (const token of sessions.keys()) if (tokenHash(token) === hash) sessions.delete(token);
}

/** Pages kept whole, per reader, until the organisation's revision moves on. */
const PAGES_KEPT = 500;

interface KeptPage {
	// Kept as bytes: encoding a large page to UTF-8 again for every reader was a tenth of its cost.
	body: Uint8Array<ArrayBuffer>;
	headers: [string, string][];
	/** The page compressed, once per coding a reader asked for. */
	compressed: Map<ContentEncoding, Promise<Uint8Array<ArrayBuffer>>>;
}
const pages = new Map<string, KeptPage>();

/**
 * Bytes as a response body, shared rather than copied: a body made from the bytes themselves is
 * copied for every response, and at a page of 60 KiB per reader the copies were what the
 * garbage collector spent its time on.
 */
function shared(body: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
	return new ReadableStream({
		start(controller) {
			controller.enqueue(body);
			controller.close();
		}
	});
}

/** The kept page as a response, compressed when the reader's browser takes that. */
async function served(page: KeptPage, coding: ContentEncoding | null): Promise<Response> {
	const headers = new Headers(page.headers);
	headers.append('vary', 'Accept-Encoding');
	if (!coding) return new Response(shared(page.body), { headers });
	let bytes = page.compressed.get(coding);
	if (!bytes) {
		// a compression that failed is not kept: the next reader tries again
		bytes = compressed(page.body, coding).catch((failure) => {
			page.compressed.delete(coding);
			throw failure;
		});
		page.compressed.set(coding, bytes);
	}
	headers.set('content-encoding', coding);
	headers.delete('content-length');
	return new Response(shared(await bytes), { headers });
}

/**
 * A page as this reader last got it at this revision, or rendered now and kept. Only whole,
 * successful pages are kept, and only for the reader they were rendered for.
 */
export async function keptPage(
	key: string,
	render: () => Response | Promise<Response>,
	acceptEncoding: string | null = null
): Promise<Response> {
	let page = pages.get(key);
	if (!page) {
		const response = await render();
		if (response.status !== 200) return response;
		const body = new Uint8Array(await response.arrayBuffer());
		page = { body, headers: [...response.headers.entries()], compressed: new Map() };
		if (pages.size >= PAGES_KEPT) pages.delete(pages.keys().next().value!);
		pages.set(key, page);
	}
	return served(page, preferredEncoding(acceptEncoding));
}
