import { json, type Cookies } from '@sveltejs/kit';
import { problem, type FieldProblem } from '../../i18n/form-messages';
import { REFUSALS, requestRefusal } from '../../i18n/refusals';
import type { Lang } from '../../i18n/lang';
import { readJson } from '../../schemas/json';
import { normaliseCode, ROUND_HOURS } from '../../training/live';
import { appCookie } from '../accounts/cookies';
import { bodyText } from '../platform/request-body';

/**
 * What the live round's API shares: its cookies (the trainer's and each phone's secret for one
 * round), reading a JSON body, and answering with the problems by field, as every API here does.
 */

type Role = 'trainer' | 'phone';
const cookieName = (role: Role, code: string) =>
	`ew_live_${role === 'trainer' ? 't' : 'p'}_${code}`;

export function setLiveCookie(cookies: Cookies, role: Role, code: string, token: string, url: URL) {
	// never sent along from another site
	cookies.set(
		cookieName(role, code),
		token,
		appCookie(url, { path: '/', sameSite: 'strict', seconds: ROUND_HOURS * 3600 })
	);
}

export const liveCookie = (cookies: Cookies, role: Role, code: string) =>
	cookies.get(cookieName(role, code));

/** The round's code from the address, as someone may have typed it. */
export const codeOf = (params: { code: string }) => normaliseCode(params.code);

export const liveRefusal = (status: number, problem: FieldProblem) =>
	json({ problems: [problem] }, { status });

/** A JSON object body, or the problem to answer with. */
export async function liveBody(
	request: Request
): Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; response: Response }> {
	const text = await bodyText(request);
	if (!text.ok) return { ok: false, response: liveRefusal(413, problem('(body)', text.problem)) };
	const read = readJson(text.text);
	if (!read.ok)
		return {
			ok: false,
			response: liveRefusal(
				400,
				problem('(body)', requestRefusal(REFUSALS.invalidJson(read.detail)))
			)
		};
	if (typeof read.value !== 'object' || read.value === null || Array.isArray(read.value))
		return {
			ok: false,
			response: liveRefusal(400, problem('(body)', REFUSALS.notAnObject))
		};
	return { ok: true, body: read.value as Record<string, unknown> };
}

/** The language a phone writes its numbers in: its choice in the body, Dutch otherwise. */
export const bodyLang = (body: Record<string, unknown>): Lang => (body.lang === 'en' ? 'en' : 'nl');
