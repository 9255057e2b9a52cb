import { error, fail, redirect } from '@sveltejs/kit';
import { setSessionCookie } from '$lib/server/accounts/cookies';
import {
	acceptanceSchema,
	acceptInvitation,
	openInvitation,
	REGISTRATION_FIELDS
} from '$lib/server/accounts/organisations';
import { startSession } from '$lib/server/accounts/sessions';
import { database } from '$lib/server/app';
import { readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const GONE =
	'Deze uitnodiging bestaat niet, is al gebruikt of is verlopen. Vraag de beheerder om een nieuwe. / This invitation does not exist, has been used or has expired. Ask the administrator for a new one.';

export const load: PageServerLoad = async ({ params }) => {
	const invitation = await openInvitation(await database(), params.token, new Date());
	if (!invitation) error(404, GONE);
	return {
		organisationName: invitation.organisationName,
		email: invitation.email,
		role: invitation.role
	};
};

export const actions: Actions = {
	default: async ({ params, request, cookies, url }) => {
		const db = await database();
		const invitation = await openInvitation(db, params.token, new Date());
		if (!invitation) error(404, GONE);
		const form = await request.formData();
		const read = readForm(acceptanceSchema, form, REGISTRATION_FIELDS);
		const displayName = String(form.get('displayName') ?? '');
		if (!read.ok) return fail(400, { displayName, problems: read.problems });
		const outcome = await acceptInvitation(db, invitation, read.value, new Date());
		if (!outcome.ok) return fail(400, { displayName, problems: outcome.problems });
		setSessionCookie(cookies, await startSession(db, outcome.userId, new Date()), url);
		redirect(303, '/organisatie');
	}
};
