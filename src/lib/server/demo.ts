import { insertOrganisation } from './accounts/organisations';
import { readFileSync } from 'node:fs';
import { FOUNDER_ROLES, type Actor, type Role } from './access';
import { hashPassword } from './accounts/passwords';
import { createCase } from './cases';
import type { Database } from './db/database';
import { actorById } from './accounts/sessions';
import { establishReport } from './report-versions';
import { shareCodeOf, shareReport } from './shares';

/** Printed in the README: the demo is for trying the tool, never for real cases. */
export const DEMO_PASSWORD = 'demo-wachtwoord-2026';
export const DEMO_ACCOUNTS = {
	manager: 'beheer@welzijn-voorbeeldstad.example',
	worker: 'wijkcoach@welzijn-voorbeeldstad.example',
	funder: 'beleid@gemeente-voorbeeldstad.example',
	/** The analyst of a second, smaller provider, so the funder's overview has two to compare. */
	north: 'analist@buurtwerk-noord.example'
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

// A smaller neighbourhood provider funded by the same municipality.
const NORTH_CASES: typeof DEMO_CASES = [
	['BN-2025-01', 'uitkering-met-een-telefoontje', 2025, 10],
	['BN-2025-02', 'energie-afsluiting-voorkomen', 2025, 6],
	['BN-2026-01', 'uitkering-met-een-telefoontje', 2026, 14],
	['BN-2026-02', 'vrijwilligers-in-plaats-van-bezoeken', 2026, 4],
	['BN-2026-03', 'maatwerk-huurachterstand', 2026, 9]
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

async function saveExample(
	db: Database,
	owner: Actor,
	examplesDir: string,
	{
		caseCode,
		example,
		year,
		times
	}: { caseCode: string; example: string; year: number; times: number }
) {
	const scenario = readFileSync(`${examplesDir}/${example}.json`, 'utf8');
	const saved = await createCase(db, owner, { caseCode, year, times, notes: '', scenario });
	if (!saved.ok) throw new Error(`demo case ${caseCode} does not save: ${JSON.stringify(saved)}`);
}

/**
 * A demo welfare organisation with a year and a half of example cases, a smaller second
 * provider, and a municipality both share their established 2025 and 2026 reports with. Only
 * into an empty database.
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
	for (const [caseCode, example, year, times] of DEMO_CASES)
		await saveExample(db, caseCode.endsWith('1') ? manager : worker, examplesDir, {
			caseCode,
			example,
			year,
			times
		});
	const north = await insertOrganisation(db, 'Buurtwerk Noord', 'provider');
	const analyst = await user(
		db,
		north,
		DEMO_ACCOUNTS.north,
		'Sam (analist)',
		FOUNDER_ROLES.provider
	);
	for (const [caseCode, example, year, times] of NORTH_CASES)
		await saveExample(db, analyst, examplesDir, { caseCode, example, year, times });
	// Both years established and shared: what a funder reads is a fixed version, never live data.
	const shareCode = (await shareCodeOf(db, funder))!;
	for (const provider of [manager, analyst])
		for (const year of [2025, 2026]) {
			const established = await establishReport(db, provider, year);
			if (!established.ok)
				throw new Error(`demo ${year} is not established: ${JSON.stringify(established)}`);
			await shareReport(db, provider, { shareCode, year }, new Date());
		}
	return true;
}
