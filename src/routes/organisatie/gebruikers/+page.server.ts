import { error, fail } from '@sveltejs/kit';
import {
	invitationSchema,
	invite,
	members,
	pendingInvitations,
	REGISTRATION_FIELDS
} from '$lib/server/accounts/organisations';
import {
	resetMemberSecondFactor,
	secondFactorStatus,
	setSecondFactorRequired
} from '$lib/server/accounts/second-factor';
import { ROLES_BY_KIND } from '$lib/server/platform/access';
import { database } from '$lib/server/app';
import { readForm } from '$lib/server/platform/forms';
import { allowed, NOT_FOUND } from '$lib/server/platform/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = allowed(locals, url, 'users');
	const db = await database();
	return {
		members: await members(db, actor),
		invitations: await pendingInvitations(db, actor, new Date()),
		roles: ROLES_BY_KIND[actor.organisationKind],
		secondFactorRequired: (await secondFactorStatus(db, actor)).organisationRequires
	};
};

export const actions: Actions = {
	secondFactor: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'users');
		const required = (await request.formData()).get('required') === 'on';
		const { signedOut } = await setSecondFactorRequired(await database(), actor, required);
		return { secondFactorSaved: required, signedOut };
	},
	resetSecondFactor: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'users');
		const userId = String((await request.formData()).get('userId') ?? '');
		// an id of another organisation, or no id at all, is as unknown as one that never existed
		if (!/^[0-9a-f-]{36}$/.test(userId)) error(404, NOT_FOUND);
		if (!(await resetMemberSecondFactor(await database(), actor, userId))) error(404, NOT_FOUND);
		return { secondFactorReset: userId };
	},
	invite: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'users');
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const read = readForm(invitationSchema, form, REGISTRATION_FIELDS);
		if (!read.ok) return fail(400, { email, problems: read.problems });
		const invited = await invite(await database(), actor, read.value, new Date());
		if (!invited.ok) return fail(400, { email, problems: invited.problems });
		// No mail server: the administrator passes the link on; it works once, for seven days.
		return {
			link: `${url.origin}/uitnodiging/${invited.token}`,
			invitedEmail: read.value.email,
			expires: invited.expires
		};
	}
};
