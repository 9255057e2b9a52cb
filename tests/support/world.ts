import { insertOrganisation } from '../../src/lib/server/accounts/organisations';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Actor, Role } from '../../src/lib/server/platform/access';
import { hashPassword } from '../../src/lib/server/accounts/passwords';
import { actorById } from '../../src/lib/server/accounts/sessions';
import type { Database } from '../../src/lib/server/db/database';
import { shareCodeOf } from '../../src/lib/server/reports/shares';
import { freshDatabase, type Engine } from './databases';

export const PASSWORD = 'correct horse battery staple';
export const NOW = new Date('2026-11-22T10:00:00Z');

export function example(name: string): string {
	return readFileSync(`examples/${name}.json`, 'utf8');
}

const hashed = hashPassword(PASSWORD);

async function member(
	db: Database,
	organisationId: string,
	email: string,
	roles: Role[]
): Promise<Actor> {
	const [user] = await db.query<{ id: string }>(
		`insert into users (organisation_id, email, display_name, password_hash, roles)
		 values ($1, $2, $3, $4, $5) returning id`,
		[organisationId, email, email.split('@')[0], await hashed, roles]
	);
	return (await actorById(db, user!.id))!;
}

/** Two providers and two funders, each with one user per role its kind allows. */
export async function world(db: Database, tag = '') {
	const a = await insertOrganisation(db, `Welzijn A${tag}`, 'provider');
	const b = await insertOrganisation(db, `Welzijn B${tag}`, 'provider');
	const f = await insertOrganisation(db, `Gemeente F${tag}`, 'funder');
	const g = await insertOrganisation(db, `Gemeente G${tag}`, 'funder');
	const at = (who: string, org: string) => `${who}${tag}@${org}.example`;
	return {
		ids: { a, b, f, g },
		shareCodes: { f: (await shareCodeOf(db, f))!, g: (await shareCodeOf(db, g))! },
		a: {
			worker: await member(db, a, at('worker', 'a'), ['social-worker']),
			colleague: await member(db, a, at('colleague', 'a'), ['social-worker']),
			analyst: await member(db, a, at('analyst', 'a'), ['analyst']),
			admin: await member(db, a, at('admin', 'a'), ['admin'])
		},
		b: {
			worker: await member(db, b, at('worker', 'b'), ['social-worker']),
			analyst: await member(db, b, at('analyst', 'b'), ['analyst'])
		},
		f: {
			viewer: await member(db, f, at('viewer', 'f'), ['funder-viewer']),
			admin: await member(db, f, at('admin', 'f'), ['admin'])
		},
		g: { viewer: await member(db, g, at('viewer', 'g'), ['funder-viewer']) }
	};
}
export type World = Awaited<ReturnType<typeof world>>;

/**
 * A fresh database of the engine with the world in it, opened before the tests of the describe
 * block that asks for it and closed after them.
 */
export function freshWorld(engine: Engine): { db: Database; w: World } {
	const given = {} as { db: Database; w: World };
	beforeAll(async () => {
		given.db = await freshDatabase(engine);
		given.w = await world(given.db);
	});
	afterAll(() => given.db?.close());
	return given;
}

/** An own unit cost for Welzijn A's analyst to set: its eviction cost from its own books. */
export const OWN_EVICTION_COST = {
	unitCostId: 'wonen.huisuitzetting',
	amount: '20000',
	priceYear: 2024,
	sourceTitle: 'Eigen administratie 2024',
	sourcePublisher: 'Welzijn A',
	sourceYear: 2025
};
