import { fail, redirect } from '@sveltejs/kit';
import * as z from 'zod';
import { returnPath, setSessionCookie } from '$lib/server/accounts/cookies';
import { signIn, SIGN_IN_WINDOW_MINUTES } from '$lib/server/accounts/sign-in';
import { database } from '$lib/server/app';
import { bi, problem } from '$lib/i18n/form-messages';
import { readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const schema = z.object({
	email: z.string().trim().min(1, bi('ontbreekt', 'is missing')),
	password: z.string().min(1, bi('ontbreekt', 'is missing'))
});
const NAMES = {
	email: { nl: 'E-mailadres', en: 'E-mail address' },
	password: { nl: 'Wachtwoord', en: 'Password' }
};

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor) redirect(303, returnPath(url));
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, url }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const read = readForm(schema, form, NAMES);
		if (!read.ok) return fail(400, { email, problems: read.problems });
		const outcome = await signIn(
			await database(),
			{ ...read.value, address: getClientAddress() },
			new Date()
		);
		if (!outcome.ok) {
			const limited = outcome.reason === 'rate-limited';
			return fail(limited ? 429 : 400, {
				email,
				problems: [
					limited
						? problem(
								'form',
								`Te veel mislukte pogingen. Probeer het over ${SIGN_IN_WINDOW_MINUTES} minuten opnieuw.`,
								`Too many failed attempts. Try again in ${SIGN_IN_WINDOW_MINUTES} minutes.`
							)
						: problem(
								'form',
								'Inloggen lukt niet met dit e-mailadres en wachtwoord.',
								'Signing in failed with this e-mail address and password.'
							)
				]
			});
		}
		setSessionCookie(cookies, outcome.token, url);
		redirect(303, returnPath(url));
	}
};
