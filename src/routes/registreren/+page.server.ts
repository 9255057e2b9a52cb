import { fail } from '@sveltejs/kit';
import {
	registerOrganisation,
	REGISTRATION_FIELDS,
	registrationSchema
} from '$lib/server/accounts/organisations';
import { database, requesterAddress } from '$lib/server/app';
import { readForm } from '$lib/server/platform/forms';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const values = {
			organisationName: String(form.get('organisationName') ?? ''),
			kind: String(form.get('kind') ?? ''),
			displayName: String(form.get('displayName') ?? ''),
			email: String(form.get('email') ?? '')
		};
		const read = readForm(registrationSchema, form, REGISTRATION_FIELDS);
		if (!read.ok) return fail(400, { values, problems: read.problems });
		const outcome = await registerOrganisation(
			await database(),
			read.value,
			requesterAddress(event),
			new Date()
		);
		if (!outcome.ok) {
			if (outcome.wait) event.setHeaders({ 'retry-after': String(outcome.wait) });
			return fail(outcome.wait ? 429 : 400, { values, problems: outcome.problems });
		}
		// The same answer whether the address was new or already had an account: sign in next.
		return { registered: true, email: read.value.email };
	}
};
