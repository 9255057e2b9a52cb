import type { RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { appDatabase, DEFAULT_DATA_DIR } from './app-database';
import { clientAddress, trustedProxies } from './platform/client-address';
import { CannotStart } from './db/cannot-start';
import type { Database } from './db/database';
import { DiskSpace } from './db/disk-space';
import { answering503 } from './platform/unavailable';
import { hearChanges } from './db/changes';
import { forgetSessionByHash, forgetSessions } from './accounts/seen-sessions';
import { forgetRevision, forgetRevisions } from './platform/revisions';
import { heardLive, retellAll } from './live/hub';
import { keepSweeping } from './live/sweep';

let routed: Promise<Database> | undefined;

/**
 * The app's database, as the environment configures it (see README, "Database"), as routes use
 * it: while PostgreSQL is out of reach, every query answers SvelteKit's 503.
 */
export const database = (): Promise<Database> =>
	(routed ??= appDatabase({
		DATABASE_URL: env.DATABASE_URL,
		EFFECTWIJZER_DATA_DIR: env.EFFECTWIJZER_DATA_DIR,
		EFFECTWIJZER_DEMO: env.EFFECTWIJZER_DEMO
	})
		.then(inStepWithOthers)
		.then(answering503));

/**
 * Every process on one PostgreSQL in step: what another commits (a revision moved, a session
 * ended) is forgotten here the moment it commits, not when a kept reading runs out; a live
 * round's screens here are told of a change made anywhere.
 */
async function inStepWithOthers(db: Database): Promise<Database> {
	await hearChanges(
		db,
		(change) => {
			if (change.kind === 'revision') forgetRevision(change.organisationId);
			else if (change.kind === 'session-ended') forgetSessionByHash(change.tokenHash);
			else heardLive(db, change);
		},
		() => {
			forgetRevisions();
			forgetSessions();
			retellAll(db);
		}
	);
	keepSweeping(db, () => new Date());
	return db;
}

let proxies: ReturnType<typeof trustedProxies> | undefined;

/** The proxies the environment trusts (README, "Behind a proxy"); a wrong setting stops the start. */
export const trustedProxySetting = () =>
	(proxies ??= trustedProxies(env.EFFECTWIJZER_TRUSTED_PROXIES));

/** Who sent the request: the connecting address, or what a trusted proxy says it was. */
export function requesterAddress(event: Pick<RequestEvent, 'getClientAddress' | 'request'>) {
	return clientAddress(
		event.getClientAddress(),
		event.request.headers.get('x-forwarded-for'),
		trustedProxySetting()
	);
}

/** Free space below which the embedded database takes no writes: EFFECTWIJZER_MIN_FREE_MB. */
export const DEFAULT_MIN_FREE_MB = 128;
let disk: DiskSpace | null | undefined;

function embeddedDisk(): DiskSpace | null {
	if (env.DATABASE_URL) return null; // PostgreSQL says itself when its disk is full (53100)
	const setting = env.EFFECTWIJZER_MIN_FREE_MB || String(DEFAULT_MIN_FREE_MB);
	const megabytes = Number(setting);
	if (!/^\d+$/.test(setting) || !Number.isSafeInteger(megabytes))
		throw new CannotStart(
			`EFFECTWIJZER_MIN_FREE_MB: "${setting}" is geen heel aantal megabytes (zoals ${DEFAULT_MIN_FREE_MB}).\n` +
				`EFFECTWIJZER_MIN_FREE_MB: "${setting}" is not a whole number of megabytes (such as ${DEFAULT_MIN_FREE_MB}).`
		);
	return new DiskSpace(env.EFFECTWIJZER_DATA_DIR || DEFAULT_DATA_DIR, megabytes * 1024 * 1024);
}

/** Whether the embedded database's disk is too full to take a write now; a wrong setting stops the start. */
export function diskNearlyFull(): Promise<boolean> {
	if (disk === undefined) disk = embeddedDisk();
	return disk ? disk.low() : Promise.resolve(false);
}
