import { json } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { codeOf, liveBody, liveCookie, liveRefusal } from '$lib/server/live/api';
import { controlRound } from '$lib/server/live/controls';
import type { RequestHandler } from './$types';

/** The trainer steers the round: { action: pause | resume | reveal | next | skip | end }. */
export const POST: RequestHandler = async ({ params, request, cookies }) => {
	const code = codeOf(params);
	const read = await liveBody(request);
	if (!read.ok) return read.response;
	const steered = await controlRound(
		await database(),
		code,
		liveCookie(cookies, 'trainer', code),
		read.body.action,
		new Date()
	);
	if (!steered.ok) return liveRefusal(steered.status, steered.problem);
	return json(steered.final ? { final: steered.final } : {});
};
