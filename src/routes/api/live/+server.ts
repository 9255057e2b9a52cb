import { json } from '@sveltejs/kit';
import { database, requesterAddress } from '$lib/server/app';
import { liveBody, liveRefusal, setLiveCookie } from '$lib/server/live/api';
import { roundAllowed } from '$lib/server/live/limits';
import { createRound } from '$lib/server/live/rounds';
import type { RequestHandler } from './$types';

/** A trainer starts a round with the questions chosen; the trainer's browser keeps the cookie that steers it. */
export const POST: RequestHandler = async (event) => {
	const { request, cookies, url } = event;
	const read = await liveBody(request);
	if (!read.ok) return read.response;
	const db = await database();
	const now = new Date();
	const refused = await roundAllowed(db, requesterAddress(event), now);
	if (refused) return refused;
	const round = await createRound(db, read.body.questions, now);
	if (!round.ok) return liveRefusal(round.status, round.problem);
	setLiveCookie(cookies, 'trainer', round.code, round.trainerToken, url);
	return json({ code: round.code }, { status: 201 });
};
