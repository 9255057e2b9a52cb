import { json } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { liveBody, liveRefusal, setLiveCookie } from '$lib/server/live/api';
import { createRound } from '$lib/server/live/rounds';
import type { RequestHandler } from './$types';

/** A trainer starts a round with the questions chosen; the trainer's browser keeps the cookie that steers it. */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
	const read = await liveBody(request);
	if (!read.ok) return read.response;
	const round = await createRound(await database(), read.body.questions, new Date());
	if (!round.ok) return liveRefusal(round.status, round.problem);
	setLiveCookie(cookies, 'trainer', round.code, round.trainerToken, url);
	return json({ code: round.code }, { status: 201 });
};
