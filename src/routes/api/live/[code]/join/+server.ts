import { json } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { codeOf, liveBody, liveRefusal, setLiveCookie } from '$lib/server/live/api';
import { joinRound } from '$lib/server/live/rounds';
import type { RequestHandler } from './$types';

/** A phone joins the round under a nickname; its cookie lets it back in after a reload. */
export const POST: RequestHandler = async ({ params, request, cookies, url }) => {
	const code = codeOf(params);
	const read = await liveBody(request);
	if (!read.ok) return read.response;
	const name = typeof read.body.name === 'string' ? read.body.name : '';
	const joined = await joinRound(await database(), code, name, new Date());
	if (!joined.ok) return liveRefusal(joined.status, joined.problem);
	setLiveCookie(cookies, 'phone', code, joined.token, url);
	return json({ code, name: joined.name }, { status: 201 });
};
