import { fail, redirect } from '@sveltejs/kit';
import {
	DEVICE_COOKIE,
	PENDING_COOKIE,
	returnPath,
	setSignedInCookies
} from '$lib/server/accounts/cookies';
import { checkSecondStep, confirmSetup, secretToSetUp } from '$lib/server/accounts/second-factor';
import { completeSignIn, endPendingSignIn, pendingSignIn } from '$lib/server/accounts/sign-in';
import { secondStepRefusal } from '$lib/server/accounts/second-step-words';
import { database } from '$lib/server/app';
import { qrPath } from '$lib/server/platform/qr';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Without a pending sign-in (lapsed, or never begun) the way in is the password again. */
function startAgain(url: URL): never {
	const back = url.searchParams.get('terug');
	redirect(303, `/inloggen${back ? `?terug=${encodeURIComponent(back)}` : ''}`);
}

export const load: PageServerLoad = async ({ cookies, url, request }) => {
	const db = await database();
	const pending = await pendingSignIn(db, cookies.get(PENDING_COOKIE), new Date());
	// right after the first code the sign-in is complete, and the page shows the recovery codes
	if (!pending && request.method === 'POST') return { step: 'done' as const };
	if (!pending || pending.step === 'none') startAgain(url);
	if (pending.step === 'code') return { step: 'code' as const };
	const secret = await secretToSetUp(db, pending.userId, pending.email);
	return { step: 'setup' as const, secret: secret.secret, qr: qrPath(secret.link) };
};

async function signedIn({ cookies, url }: RequestEvent, userId: string, token: string) {
	const db = await database();
	const now = new Date();
	setSignedInCookies(
		cookies,
		await completeSignIn(db, userId, cookies.get(DEVICE_COOKIE), now),
		url
	);
	await endPendingSignIn(db, token, now);
}

export const actions: Actions = {
	default: async (event) => {
		const { cookies, request, url, setHeaders } = event;
		const db = await database();
		const token = cookies.get(PENDING_COOKIE) ?? '';
		const pending = await pendingSignIn(db, token, new Date());
		if (!pending || pending.step === 'none') startAgain(url);
		const code = String((await request.formData()).get('code') ?? '');
		const outcome =
			pending.step === 'setup'
				? await confirmSetup(db, pending.userId, code, new Date())
				: await checkSecondStep(db, pending.userId, code, new Date());
		if (!outcome.ok) {
			if (outcome.wait > 0) setHeaders({ 'retry-after': String(outcome.wait) });
			return fail(outcome.reason === 'wait' ? 429 : 400, {
				problems: [secondStepRefusal(outcome)]
			});
		}
		await signedIn(event, pending.userId, token);
		// the recovery codes are shown once, on the answer to the first code, then never again
		if ('recoveryCodes' in outcome)
			return { recoveryCodes: outcome.recoveryCodes, next: returnPath(url) };
		redirect(303, returnPath(url));
	}
};
