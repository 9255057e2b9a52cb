import { database } from '$lib/server/app';
import { codeOf, liveCookie } from '$lib/server/live/api';
import { participantOf, roundState } from '$lib/server/live/rounds';
import type { PageServerLoad } from './$types';

/** Whether the round is there, and whether this phone has joined it (its cookie, after a reload). */
export const load: PageServerLoad = async ({ params, cookies }) => {
	const code = codeOf(params);
	const db = await database();
	const now = new Date();
	if (!(await roundState(db, code, now))) return { code, exists: false, joined: null };
	const me = await participantOf(db, code, liveCookie(cookies, 'phone', code), now);
	return { code, exists: true, joined: me?.name ?? null };
};
