import { fail, redirect } from '@sveltejs/kit';
import * as z from 'zod';
import {
	DEVICE_COOKIE,
	returnPath,
	setPendingCookie,
	setSignedInCookies
} from '$lib/server/accounts/cookies';
import { signIn } from '$lib/server/accounts/sign-in';
import { database, requesterAddress } from '$lib/server/app';
import { formatWait } from '$lib/format/dates';
import { bi, problem } from '$lib/i18n/form-messages';
import { lineField, readForm } from '$lib/server/platform/forms';
import type { Actions, PageServerLoad } from './$types';
import { REFUSALS } from '$lib/i18n/refusals';

const schema = z.object({
	email: lineField(254),
	password: z.string().min(1, bi('ontbreekt', 'is missing'))
});
const NAMES = {
	email: { nl: 'E-mailadres', en: 'E-mail address' },
	password: { nl: 'Wachtwoord', en: 'Password' }
};

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor) redirect(303, returnPath(url));
};

/** Why signing in failed, and how long to wait before the next try if there is a wait. */
function refusal(outcome: { reason: 'wrong-credentials' | 'wait'; wait: number }) {
	const wait = { nl: formatWait(outcome.wait, 'nl'), en: formatWait(outcome.wait, 'en') };
	if (outcome.reason === 'wait') return problem('form', REFUSALS.tooManySignInFailures(wait));
	return problem('form', REFUSALS.signInFailed(outcome.wait > 0 ? wait : null));
}

export const actions: Actions = {
	default: async (event) => {
		const { request, cookies, url, setHeaders } = event;
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const read = readForm(schema, form, NAMES);
		if (!read.ok) return fail(400, { email, problems: read.problems });
		const outcome = await signIn(
			await database(),
			{ ...read.value, address: requesterAddress(event), device: cookies.get(DEVICE_COOKIE) },
			new Date()
		);
		if (!outcome.ok && outcome.reason === 'second-step') {
			setPendingCookie(cookies, outcome.pending, url);
			const back = url.searchParams.get('terug');
			redirect(303, `/inloggen/tweede-stap${back ? `?terug=${encodeURIComponent(back)}` : ''}`);
		}
		if (!outcome.ok) {
			if (outcome.wait > 0) setHeaders({ 'retry-after': String(outcome.wait) });
			return fail(outcome.reason === 'wait' ? 429 : 400, {
				email,
				problems: [refusal(outcome)]
			});
		}
		setSignedInCookies(cookies, outcome, url);
		redirect(303, returnPath(url));
	}
};
