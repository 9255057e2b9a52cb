import { redirect } from '@sveltejs/kit';
import { mustSetUpSecondFactor } from '$lib/server/accounts/second-factor';
import { database } from '$lib/server/app';
import { can, type Capability } from '$lib/server/platform/access';
import { signedIn } from '$lib/server/platform/guard';
import type { LayoutServerLoad } from './$types';

const CAPABILITIES: Capability[] = [
	'own-cases',
	'all-cases',
	'portfolio',
	'overrides',
	'manage-shares',
	'view-shares',
	'users',
	'audit'
];

const SECURITY = '/organisatie/beveiliging';

export const load: LayoutServerLoad = async ({ locals, url }) => {
	const actor = signedIn(locals, url);
	if (url.pathname !== SECURITY && (await mustSetUpSecondFactor(await database(), actor)))
		redirect(303, SECURITY);
	return {
		member: {
			displayName: actor.displayName,
			organisationName: actor.organisationName,
			organisationKind: actor.organisationKind,
			roles: actor.roles
		},
		capabilities: CAPABILITIES.filter((c) => can(actor, c))
	};
};
