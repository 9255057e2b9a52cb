import { json } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { bodyLang, codeOf, liveBody, liveCookie, liveRefusal } from '$lib/server/live/api';
import { answerQuestion } from '$lib/server/live/rounds';
import type { RequestHandler } from './$types';

/** A phone's guess for the question on screen ({ question, guess, lang }), typed as it types numbers. */
export const POST: RequestHandler = async ({ params, request, cookies }) => {
	const code = codeOf(params);
	const read = await liveBody(request);
	if (!read.ok) return read.response;
	const { question, guess } = read.body;
	const answered = await answerQuestion(
		await database(),
		code,
		liveCookie(cookies, 'phone', code),
		question,
		guess,
		bodyLang(read.body),
		new Date()
	);
	if (!answered.ok) return liveRefusal(answered.status, answered.problem);
	return json({ guess: answered.guess });
};
