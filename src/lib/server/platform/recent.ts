import { compressed, preferredEncoding, type ContentEncoding } from './content-encoding';
import { Kept } from './kept';

/**
 * Short-term memory for a busy server. A report page is opened by many people at once and
 * changes only when the organisation's cases do; rendering the same page again for every
 * request is what limited it under load (who is signed in is remembered the same way, in
 * accounts/seen-sessions.ts).
 */

/** Pages kept whole, per reader, until the organisation's revision moves on. */
const PAGES_KEPT = 500;

interface KeptPage {
	// Kept as bytes: encoding a large page to UTF-8 again for every reader was a tenth of its cost.
	body: Uint8Array<ArrayBuffer>;
	headers: [string, string][];
	/** The page compressed, once per coding a reader asked for. */
	compressed: Map<ContentEncoding, Promise<Uint8Array<ArrayBuffer>>>;
}
const pages = new Kept<string, KeptPage>(PAGES_KEPT);

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
		pages.set(key, page);
	}
	return served(page, preferredEncoding(acceptEncoding));
}
