import type { Bilingual } from '../../i18n/lang';

/** The largest request body the app reads: a municipality's year of cases fits well within. */
export const BODY_LIMIT_BYTES = 512 * 1024;

const TOO_LARGE: Bilingual = {
	nl: 'te groot: hoogstens 512 KiB; deel een grote portefeuille op in meer casussen',
	en: 'too large: at most 512 KiB; split a large portfolio into more cases'
};

/** Whether the request says ahead that its body is larger than the app reads. */
export function announcedTooLarge(request: Request): boolean {
	return Number(request.headers.get('content-length') ?? 0) > BODY_LIMIT_BYTES;
}

export const tooLarge = TOO_LARGE;

/**
 * The body as text, or why not: larger than the limit (told by its length, or found out while
 * reading a body that did not say), or not text at all.
 */
export async function bodyText(
	request: Request
): Promise<{ ok: true; text: string } | { ok: false; problem: Bilingual }> {
	if (announcedTooLarge(request)) return { ok: false, problem: TOO_LARGE };
	try {
		const text = await request.text();
		if (new TextEncoder().encode(text).length > BODY_LIMIT_BYTES)
			return { ok: false, problem: TOO_LARGE };
		return { ok: true, text };
	} catch (failure) {
		// adapter-node ends a body that outgrows BODY_SIZE_LIMIT with a 413 error
		if ((failure as { status?: number }).status === 413) return { ok: false, problem: TOO_LARGE };
		throw failure;
	}
}
