import { redirect } from '@sveltejs/kit';
import { SESSION_COOKIE } from '$lib/server/accounts/sessions';
import { signOut } from '$lib/server/accounts/sign-out';
import { database, diskNearlyFull } from '$lib/server/app';
import type { RequestHandler } from './$types';

/**
 * The database to write a session's end to, or none while the embedded one's disk is nearly
 * full: a write there could stop it answering altogether (db/disk-space.ts).
 */
async function writable() {
	if (await diskNearlyFull()) throw new Error('the disk of the embedded database is nearly full');
	return database();
}

/** Signing out ends the session whatever the database can do at that moment (sign-out.ts). */
export const POST: RequestHandler = async ({ cookies }) => {
	const token = cookies.get(SESSION_COOKIE);
	if (token) await signOut(writable, token);
	cookies.delete(SESSION_COOKIE, { path: '/' });
	redirect(303, '/');
};
