/**
 * Who may do what. Every query below this module takes an Actor and scopes itself to the
 * actor's organisation; these capabilities decide which queries a role may run at all.
 */
export const ORGANISATION_KINDS = ['provider', 'funder'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ROLES = ['social-worker', 'analyst', 'funder-viewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The roles a member of each kind of organisation can have. */
export const ROLES_BY_KIND: Record<OrganisationKind, readonly Role[]> = {
	provider: ['social-worker', 'analyst', 'admin'],
	funder: ['funder-viewer', 'admin']
};

/** The founder of an organisation administers it and also does its main work. */
export const FOUNDER_ROLES: Record<OrganisationKind, Role[]> = {
	provider: ['admin', 'analyst'],
	funder: ['admin', 'funder-viewer']
};

export type Capability =
	| 'own-cases'
	| 'all-cases'
	| 'portfolio'
	| 'overrides'
	| 'manage-shares'
	| 'view-shares'
	| 'users'
	| 'audit';

const GRANTS: Record<Role, readonly Capability[]> = {
	'social-worker': ['own-cases'],
	analyst: ['own-cases', 'all-cases', 'portfolio', 'overrides', 'manage-shares', 'audit'],
	'funder-viewer': ['view-shares'],
	admin: ['users', 'audit']
};

export interface Actor {
	userId: string;
	organisationId: string;
	organisationKind: OrganisationKind;
	organisationName: string;
	email: string;
	displayName: string;
	roles: readonly Role[];
}

export function can(actor: Actor, capability: Capability): boolean {
	return actor.roles.some((role) => GRANTS[role].includes(capability));
}

/** Thrown when an actor asks for what its roles do not allow; routes answer 403. */
export class Forbidden extends Error {
	constructor(readonly capability: Capability) {
		super(`not allowed: ${capability}`);
	}
}

export function require(actor: Actor, capability: Capability): void {
	if (!can(actor, capability)) throw new Forbidden(capability);
}
