import { database, requesterAddress } from '$lib/server/app';
import { codeOf, liveCookie } from '$lib/server/live/api';
import { screenStream, type Viewer } from '$lib/server/live/hub';
import { isTrainer, participantOf } from '$lib/server/live/rounds';
import type { RequestHandler } from './$types';

/**
 * The round as server-sent events: the trainer's projector, or a participant's phone, each told
 * its own view now and at every change. Anyone else hears that they should join first, or that
 * the round is gone, and the stream ends.
 */
export const GET: RequestHandler = async (event) => {
	const { params, cookies, request } = event;
	const code = codeOf(params);
	const db = await database();
	const now = new Date();
	let viewer: Viewer = { kind: 'stranger' };
	if (await isTrainer(db, code, liveCookie(cookies, 'trainer', code), now))
		viewer = { kind: 'projector' };
	else {
		const me = await participantOf(db, code, liveCookie(cookies, 'phone', code), now);
		if (me) viewer = { kind: 'phone', participantId: me.id, name: me.name };
	}
	return screenStream(db, code, viewer, request.signal, requesterAddress(event));
};
