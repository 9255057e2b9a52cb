import { redirect } from '@sveltejs/kit';
import { endSession, SESSION_COOKIE } from '$lib/server/accounts/sessions';
import { database } from '$lib/server/app';
import { forgetSession } from '$lib/server/accounts/seen-sessions';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ cookies }) => {
	const token = cookies.get(SESSION_COOKIE);
	if (token) {
		forgetSession(token);
		await endSession(await database(), token);
	}
	cookies.delete(SESSION_COOKIE, { path: '/' });
	redirect(303, '/');
};
