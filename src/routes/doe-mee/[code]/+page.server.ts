import { error } from '@sveltejs/kit';
import { database, requesterAddress } from '$lib/server/app';
import { codeOf, liveCookie } from '$lib/server/live/api';
import { codesMessage, codeWait, wrongCode } from '$lib/server/live/limits';
import { participantOf, roundState } from '$lib/server/live/rounds';
import type { PageServerLoad } from './$types';

/** Whether the round is there, and whether this phone has joined it (its cookie, after a reload). */
export const load: PageServerLoad = async (event) => {
	const { params, cookies, setHeaders } = event;
	const code = codeOf(params);
	const db = await database();
	const now = new Date();
	const address = requesterAddress(event);
	const wait = await codeWait(db, address, now);
	if (wait > 0) {
		setHeaders({ 'retry-after': String(wait) });
		const message = codesMessage(wait);
		error(429, `${message.nl} / ${message.en}`);
	}
	if (!(await roundState(db, code, now))) {
		await wrongCode(db, address, now);
		return { code, exists: false, joined: null };
	}
	const me = await participantOf(db, code, liveCookie(cookies, 'phone', code), now);
	return { code, exists: true, joined: me?.name ?? null };
};
