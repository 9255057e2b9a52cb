import { insertOrganisation } from './accounts/organisations';
import { readFileSync } from 'node:fs';
import { FOUNDER_ROLES, type Actor, type Role } from './platform/access';
import { hashPassword } from './accounts/passwords';
import { createCase } from './cases/cases';
import type { Database } from './db/database';
import { actorById } from './accounts/sessions';
import { establishReport } from './reports/versions';
import { D } from '../engine';
import { householdsOf, type EventAnswer } from '../follow-up/events';
import { followUpSheet, recordFollowUp } from './follow-ups/follow-ups';
import { shareCodeOf, shareReport } from './reports/shares';

/** Printed in the README: the demo is for trying the tool, never for real cases. */
export const DEMO_PASSWORD = 'demo-wachtwoord-2026';
export const DEMO_ACCOUNTS = {
	manager: 'beheer@welzijn-voorbeeldstad.example',
	worker: 'wijkcoach@welzijn-voorbeeldstad.example',
	funder: 'beleid@gemeente-voorbeeldstad.example',
	/** The analyst of a second, smaller provider, so the funder's overview has two to compare. */
	north: 'analist@buurtwerk-noord.example'
} as const;

// Which example, how many households of its type, in which year and from which day: a
// plausible year and a half of work, some of it followed up, some follow-ups still due.
const DEMO_CASES: [
	code: string,
	example: string,
	year: number,
	times: number,
	startedOn: string
][] = [
	['VS-2025-001', 'maatwerk-huurachterstand', 2025, 25, '2025-02-03'],
	['VS-2025-002', 'schuldenspiraal-boetes', 2025, 12, '2025-04-14'],
	['VS-2025-003', 'individueel-naar-groep', 2025, 2, '2025-09-01'],
	['VS-2026-001', 'maatwerk-huurachterstand', 2026, 40, '2026-01-12'],
	['VS-2026-002', 'energie-afsluiting-voorkomen', 2026, 25, '2026-02-02'],
	['VS-2026-003', 'uitkering-met-een-telefoontje', 2026, 30, '2026-03-09'],
	['VS-2026-004', 'schuldenspiraal-boetes', 2026, 20, '2026-04-01'],
	['VS-2026-005', 'ggz-crisis-voorkomen', 2026, 8, '2026-06-15'],
	['VS-2026-006', 'jeugd-uithuisplaatsing', 2026, 1, '2026-05-20'],
	['VS-2026-007', 'individueel-naar-groep', 2026, 3, '2026-09-07'],
	['VS-2026-008', 'vrijwilligers-in-plaats-van-bezoeken', 2026, 2, '2026-10-05'],
	['VS-2026-009', 'ggz-naar-buurtteam', 2026, 5, '2026-11-02']
];

// A smaller neighbourhood provider funded by the same municipality.
const NORTH_CASES: typeof DEMO_CASES = [
	['BN-2025-01', 'uitkering-met-een-telefoontje', 2025, 10, '2025-03-03'],
	['BN-2025-02', 'energie-afsluiting-voorkomen', 2025, 6, '2025-05-12'],
	['BN-2026-01', 'uitkering-met-een-telefoontje', 2026, 14, '2026-02-16'],
	['BN-2026-02', 'vrijwilligers-in-plaats-van-bezoeken', 2026, 4, '2026-04-20'],
	['BN-2026-03', 'maatwerk-huurachterstand', 2026, 9, '2026-08-24']
];

// Follow-ups already done, so the demo's reports show expected beside found: the case, the
// moment, the share of households asked with a known outcome, and how often it happened after all
// as a share of its chance without help.
const DEMO_FOLLOW_UPS: [code: string, months: number, known: number, happened: number][] = [
	['VS-2025-001', 6, 0.8, 0.1],
	['VS-2025-001', 12, 0.88, 0.2],
	['VS-2025-002', 12, 0.75, 0.3],
	['VS-2026-001', 6, 0.78, 0.15],
	['VS-2026-003', 6, 0.7, 0.2]
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
	[caseCode, example, year, times, startedOn]: (typeof DEMO_CASES)[number]
) {
	const scenario = readFileSync(`${examplesDir}/${example}.json`, 'utf8');
	const saved = await createCase(db, owner, {
		caseCode,
		year,
		times,
		startedOn,
		notes: '',
		scenario
	});
	if (!saved.ok) throw new Error(`demo case ${caseCode} does not save: ${JSON.stringify(saved)}`);
	return saved.id;
}

/** A follow-up as a team would record it: of the households asked, a few had it happen after all. */
async function followUp(
	db: Database,
	manager: Actor,
	caseId: string,
	months: number,
	known: number,
	happened: number
) {
	const sheet = (await followUpSheet(db, manager, caseId, months))!;
	const answers: Record<string, EventAnswer> = {};
	for (const event of sheet.events) {
		const households = householdsOf(event);
		const asked = Math.round(households * known);
		const after = Math.round(asked * event.probabilityWithout.toNumber() * happened);
		answers[event.key] = {
			happened: after,
			notHappened: asked - after,
			unknown: households - asked
		};
	}
	const households = Math.max(1, ...sheet.events.map(householdsOf));
	await recordFollowUp(db, manager, caseId, months, {
		caseVersion: sheet.saved.version,
		answers,
		supportHours: new D(households * 7),
		maatwerk: new D(households * 280),
		notes: ''
	});
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
	const ids = new Map<string, string>();
	for (const entry of DEMO_CASES)
		ids.set(
			entry[0],
			await saveExample(db, entry[0].endsWith('1') ? manager : worker, examplesDir, entry)
		);
	for (const [code, months, known, happened] of DEMO_FOLLOW_UPS)
		await followUp(db, manager, ids.get(code)!, months, known, happened);
	const north = await insertOrganisation(db, 'Buurtwerk Noord', 'provider');
	const analyst = await user(
		db,
		north,
		DEMO_ACCOUNTS.north,
		'Sam (analist)',
		FOUNDER_ROLES.provider
	);
	for (const entry of NORTH_CASES) await saveExample(db, analyst, examplesDir, entry);
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
