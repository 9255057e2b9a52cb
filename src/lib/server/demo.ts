import { insertOrganisation } from './accounts/organisations';
import { readFileSync } from 'node:fs';
import { FOUNDER_ROLES, type Role } from './access';
import { hashPassword } from './accounts/passwords';
import { createCase } from './cases';
import type { Database } from './db/database';
import { actorById } from './accounts/sessions';
import { shareCodeOf, shareReport } from './shares';

/** Printed in the README: the demo is for trying the tool, never for real cases. */
export const DEMO_PASSWORD = 'demo-wachtwoord-2026';
export const DEMO_ACCOUNTS = {
	manager: 'beheer@welzijn-voorbeeldstad.example',
	worker: 'wijkcoach@welzijn-voorbeeldstad.example',
	funder: 'beleid@gemeente-voorbeeldstad.example'
} as const;

// Which example, how many households of its type, in which year: a plausible year of work.
const DEMO_CASES: [code: string, example: string, year: number, times: number][] = [
	['VS-2025-001', 'maatwerk-huurachterstand', 2025, 25],
	['VS-2025-002', 'schuldenspiraal-boetes', 2025, 12],
	['VS-2025-003', 'individueel-naar-groep', 2025, 2],
	['VS-2026-001', 'maatwerk-huurachterstand', 2026, 40],
	['VS-2026-002', 'energie-afsluiting-voorkomen', 2026, 25],
	['VS-2026-003', 'uitkering-met-een-telefoontje', 2026, 30],
	['VS-2026-004', 'schuldenspiraal-boetes', 2026, 20],
	['VS-2026-005', 'ggz-crisis-voorkomen', 2026, 8],
	['VS-2026-006', 'jeugd-uithuisplaatsing', 2026, 1],
	['VS-2026-007', 'individueel-naar-groep', 2026, 3],
	['VS-2026-008', 'vrijwilligers-in-plaats-van-bezoeken', 2026, 2],
	['VS-2026-009', 'ggz-naar-buurtteam', 2026, 5]
];

async function user(
	db: Database,
	organisationId: string,
	email: string,
	name: string,
	roles: Role[]
) {
	const [row] = await db.query<{ id: string }>(
		`insert into users (organisation_id, email, display_name, password_hash, roles)
		 values ($1, $2, $3, $4, $5) returning id`,
		[organisationId, email, name, await hashPassword(DEMO_PASSWORD), roles]
	);
	return (await actorById(db, row!.id))!;
}

/**
 * A demo welfare organisation with a year and a half of example cases, and a municipality it
 * shares its 2026 report with. Only into an empty database.
 */
export async function seedDemo(db: Database, examplesDir = 'examples'): Promise<boolean> {
	const [{ n }] = (await db.query<{ n: number }>(
		'select count(*)::int as n from organisations'
	)) as [{ n: number }];
	if (n > 0) return false;
	const provider = await insertOrganisation(db, 'Welzijn Voorbeeldstad', 'provider');
	const funder = await insertOrganisation(db, 'Gemeente Voorbeeldstad', 'funder');
	const manager = await user(
		db,
		provider,
		DEMO_ACCOUNTS.manager,
		'Mira (beheer)',
		FOUNDER_ROLES.provider
	);
	const worker = await user(db, provider, DEMO_ACCOUNTS.worker, 'Jesse (wijkcoach)', [
		'social-worker'
	]);
	await user(db, funder, DEMO_ACCOUNTS.funder, 'Noor (beleid)', FOUNDER_ROLES.funder);
	for (const [caseCode, example, year, times] of DEMO_CASES) {
		const scenario = readFileSync(`${examplesDir}/${example}.json`, 'utf8');
		const owner = caseCode.endsWith('1') ? manager : worker;
		const saved = await createCase(db, owner, { caseCode, year, times, notes: '', scenario });
		if (!saved.ok) throw new Error(`demo case ${caseCode} does not save: ${JSON.stringify(saved)}`);
	}
	const shareCode = (await shareCodeOf(db, funder))!;
	await shareReport(db, manager, { shareCode, year: 2026 }, new Date());
	return true;
}
