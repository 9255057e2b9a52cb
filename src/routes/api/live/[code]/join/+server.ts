import { json } from '@sveltejs/kit';
import { database, requesterAddress } from '$lib/server/app';
import { codeOf, liveBody, liveRefusal, setLiveCookie } from '$lib/server/live/api';
import { codesRefused, wrongCode } from '$lib/server/live/limits';
import { joinRound } from '$lib/server/live/rounds';
import type { RequestHandler } from './$types';

/** A phone joins the round under a nickname; its cookie lets it back in after a reload. */
export const POST: RequestHandler = async (event) => {
	const { params, request, cookies, url } = event;
	const code = codeOf(params);
	const read = await liveBody(request);
	if (!read.ok) return read.response;
	const name = typeof read.body.name === 'string' ? read.body.name : '';
	const db = await database();
	const now = new Date();
	const address = requesterAddress(event);
	const refused = await codesRefused(db, address, now);
	if (refused) return refused;
	const joined = await joinRound(db, code, name, now);
	if (!joined.ok && joined.status === 404) await wrongCode(db, address, now);
	if (!joined.ok) return liveRefusal(joined.status, joined.problem);
	setLiveCookie(cookies, 'phone', code, joined.token, url);
	return json({ code, name: joined.name }, { status: 201 });
};
