import type { Lang } from '../i18n/lang';
import { LIVE_WORDS } from './live-words';

export type LiveAnswer =
	{ ok: true; answer: Record<string, unknown> } | { ok: false; field: string; text: string };

/**
 * A request of the live round's screens to its API (join, answer, steer, keep a round), answered
 * as the API answers: its body, or its first problem by field in the reader's language. A
 * classroom's wifi drops now and then: a request that gets no answer says so, and never leaves a
 * button waiting.
 */
export async function liveRequest(
	path: string,
	lang: Lang,
	{ method = 'POST', body }: { method?: string; body?: object } = {}
): Promise<LiveAnswer> {
	let response: Response;
	try {
		response = await fetch(path, {
			method,
			headers: { 'content-type': 'application/json' },
			body: body ? JSON.stringify(body) : undefined
		});
	} catch {
		return { ok: false, field: '', text: LIVE_WORDS[lang].offline };
	}
	const answer = await response.json().catch(() => ({}));
	if (response.ok) return { ok: true, answer };
	const first = answer.problems?.[0];
	return {
		ok: false,
		field: first?.field ?? '',
		text: first?.message?.[lang] ?? answer.message ?? LIVE_WORDS[lang].failed(response.status)
	};
}
