import { fail, redirect } from '@sveltejs/kit';
import { setSessionCookie } from '$lib/server/accounts/cookies';
import {
	registerOrganisation,
	REGISTRATION_FIELDS,
	registrationSchema
} from '$lib/server/accounts/organisations';
import { startSession } from '$lib/server/accounts/sessions';
import { database } from '$lib/server/app';
import { readForm } from '$lib/server/forms';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const values = {
			organisationName: String(form.get('organisationName') ?? ''),
			kind: String(form.get('kind') ?? ''),
			displayName: String(form.get('displayName') ?? ''),
			email: String(form.get('email') ?? '')
		};
		const read = readForm(registrationSchema, form, REGISTRATION_FIELDS);
		if (!read.ok) return fail(400, { values, problems: read.problems });
		const db = await database();
		const outcome = await registerOrganisation(db, read.value);
		if (!outcome.ok) return fail(400, { values, problems: outcome.problems });
		setSessionCookie(cookies, await startSession(db, outcome.userId, new Date()), url);
		redirect(303, '/organisatie');
	}
};
