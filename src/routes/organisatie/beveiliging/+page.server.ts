import { fail } from '@sveltejs/kit';
import {
	confirmSetup,
	secretToSetUp,
	renewRecoveryCodes,
	secondFactorStatus,
	switchOffSecondFactor
} from '$lib/server/accounts/second-factor';
import { secondStepRefusal } from '$lib/server/accounts/second-step-words';
import { database } from '$lib/server/app';
import { signedIn } from '$lib/server/platform/guard';
import { qrPath } from '$lib/server/platform/qr';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = signedIn(locals, url);
	const db = await database();
	const status = await secondFactorStatus(db, actor);
	if (status.active) return { status };
	const secret = await secretToSetUp(db, actor.userId, actor.email);
	return { status, setup: { secret: secret.secret, qr: qrPath(secret.link) } };
};

const codeOf = async (request: Request) => String((await request.formData()).get('code') ?? '');

/** A refused code: 429 with Retry-After while the tries wait, 400 otherwise. */
function refused(
	outcome: { reason: 'wrong-code' | 'wait' | 'required'; wait: number },
	setHeaders: (headers: Record<string, string>) => void
) {
	if (outcome.wait > 0) setHeaders({ 'retry-after': String(outcome.wait) });
	return fail(outcome.reason === 'wait' ? 429 : 400, { problems: [secondStepRefusal(outcome)] });
}

export const actions: Actions = {
	confirm: async ({ locals, url, request, setHeaders }) => {
		const actor = signedIn(locals, url);
		const outcome = await confirmSetup(
			await database(),
			actor.userId,
			await codeOf(request),
			new Date()
		);
		if (!outcome.ok) return refused(outcome, setHeaders);
		return { recoveryCodes: outcome.recoveryCodes, justSetUp: true };
	},
	// new recovery codes and switching off each ask for a code: proof that the owner is at the keyboard
	newCodes: async ({ locals, url, request, setHeaders }) => {
		const actor = signedIn(locals, url);
		const db = await database();
		const outcome = await renewRecoveryCodes(db, actor, await codeOf(request), new Date());
		if (!outcome.ok) return refused(outcome, setHeaders);
		return { recoveryCodes: outcome.recoveryCodes };
	},
	switchOff: async ({ locals, url, request, setHeaders }) => {
		const actor = signedIn(locals, url);
		const db = await database();
		const outcome = await switchOffSecondFactor(db, actor, await codeOf(request), new Date());
		if (!outcome.ok) return refused(outcome, setHeaders);
		return { switchedOff: true };
	}
};
