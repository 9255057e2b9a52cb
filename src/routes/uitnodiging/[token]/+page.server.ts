import { error, fail } from '@sveltejs/kit';
import {
	acceptanceSchema,
	acceptInvitation,
	openInvitation,
	REGISTRATION_FIELDS
} from '$lib/server/accounts/organisations';
import { database } from '$lib/server/app';
import { readForm } from '$lib/server/platform/forms';
import type { Actions, PageServerLoad } from './$types';

const GONE =
	'Deze uitnodiging bestaat niet, is al gebruikt of is verlopen. Vraag de beheerder om een nieuwe. / This invitation does not exist, has been used or has expired. Ask the administrator for a new one.';

export const load: PageServerLoad = async ({ params, request }) => {
	const invitation = await openInvitation(await database(), params.token, new Date());
	if (invitation)
		return {
			organisationName: invitation.organisationName,
			email: invitation.email,
			role: invitation.role
		};
	// Right after it has been accepted the link is used up, and the page shows what to do next.
	if (request.method === 'POST') return { organisationName: '', email: '', role: null };
	error(404, GONE);
};

export const actions: Actions = {
	default: async ({ params, request }) => {
		const db = await database();
		const invitation = await openInvitation(db, params.token, new Date());
		if (!invitation) error(404, GONE);
		const form = await request.formData();
		const read = readForm(acceptanceSchema, form, REGISTRATION_FIELDS);
		const displayName = String(form.get('displayName') ?? '');
		if (!read.ok) return fail(400, { displayName, problems: read.problems });
		await acceptInvitation(db, invitation, read.value, new Date());
		// The same answer whether the address was new or already had an account: sign in next.
		return { accepted: true, email: invitation.email };
	}
};
