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

export const load: LayoutServerLoad = ({ locals, url }) => {
	const actor = signedIn(locals, url);
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
