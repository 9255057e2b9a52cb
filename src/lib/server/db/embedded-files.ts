import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CannotStart } from './cannot-start';

/**
 * Backup and restore of the embedded database, which lives in one folder. PGlite serves one
 * process at a time, so the app marks the folder while it runs and these refuse to touch it then.
 */
const lockFile = (dataDir: string) => `${dataDir}.in-use`;

export class FolderInUse extends CannotStart {}

/**
 * Marks the folder as held by this process; returns the release, also run at exit. Refuses a
 * folder another running app holds: two processes writing one embedded database would ruin it.
 * A mark left behind (by an app that was killed, or an empty one from a start on a full disk)
 * is recognised, said (`say`) and replaced; a mark that cannot be written leaves none behind.
 */
export function markInUse(
	dataDir: string,
	say: (message: string) => void = console.warn
): () => void {
	const mark = readMark(dataDir);
	const pid = holder(dataDir);
	if (pid !== null && pid !== process.pid)
		throw new FolderInUse(
			`De database in ${dataDir} is al in gebruik door proces ${pid}; stop dat eerst of kies een andere map (EFFECTWIJZER_DATA_DIR). / The database in ${dataDir} is already in use by process ${pid}; stop it first or choose another folder (EFFECTWIJZER_DATA_DIR).`
		);
	if (mark && pid === null) say(staleMarkMessage(dataDir, mark.pid));
	const release = () => rmSync(lockFile(dataDir), { force: true });
	try {
		writeFileSync(lockFile(dataDir), String(process.pid));
	} catch (failure) {
		release();
		throw new CannotStart(
			`De map ${dataDir} kan niet als in gebruik worden gemarkeerd (${(failure as NodeJS.ErrnoException).code ?? String(failure)}); is de schijf vol? / The folder ${dataDir} cannot be marked as in use (${(failure as NodeJS.ErrnoException).code ?? String(failure)}); is the disk full?`
		);
	}
	process.once('exit', release);
	return release;
}

const staleMarkMessage = (dataDir: string, pid: number | null) =>
	pid === null
		? `Effectwijzer: een lege markering van ${dataDir} (achtergebleven na een start op een volle schijf) is vervangen. / An empty mark of ${dataDir} (left by a start on a full disk) was replaced.`
		: `Effectwijzer: de markering van ${dataDir} door proces ${pid}, dat niet meer draait, is vervangen. / The mark of ${dataDir} by process ${pid}, which no longer runs, was replaced.`;

/** What a folder's mark holds: the pid written in it, or null for a mark without one; no mark is null. */
function readMark(dataDir: string): { pid: number | null } | null {
	if (!existsSync(lockFile(dataDir))) return null;
	const text = readFileSync(lockFile(dataDir), 'utf8').trim();
	// an empty mark reads as 0 to Number(), and process 0 is this process's whole group
	return { pid: /^[1-9]\d*$/.test(text) ? Number(text) : null };
}

/** The pid of a running app that holds the folder, or null (a stale or empty mark is ignored). */
export function holder(dataDir: string): number | null {
	const pid = readMark(dataDir)?.pid ?? null;
	if (pid === null) return null;
	try {
		process.kill(pid, 0);
		return pid;
	} catch (failure) {
		// it runs, under another user: still a holder
		return (failure as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
	}
}

export class BackupRefused extends Error {}

function refuseWhileInUse(dataDir: string): void {
	const pid = holder(dataDir);
	if (pid !== null)
		throw new BackupRefused(
			`De app gebruikt de database nog (proces ${pid}); stop de app eerst. / The app is still using the database (process ${pid}); stop it first.`
		);
}

/** Writes the whole database folder as one gzipped tar file. */
export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
	if (!existsSync(join(dataDir, 'PG_VERSION')))
		throw new BackupRefused(`Geen database in ${dataDir}. / No database in ${dataDir}.`);
	refuseWhileInUse(dataDir);
	const db = await PGlite.create(dataDir);
	try {
		const dump = await db.dumpDataDir('gzip');
		writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
	} finally {
		await db.close();
	}
}

/**
 * Replaces the database folder with a backup. The backup is opened and checked in a folder of
 * its own first; the folder it replaces is kept beside it, so a restore loses nothing.
 */
export async function restoreEmbedded(
	dataDir: string,
	file: string,
	stamp: string
): Promise<string | null> {
	if (!existsSync(file))
		throw new BackupRefused(`Bestand ${file} bestaat niet. / File ${file} does not exist.`);
	const bytes = readFileSync(file);
	if (bytes[0] !== 0x1f || bytes[1] !== 0x8b)
		throw new BackupRefused(
			`${file} is geen backup (geen gzip). / ${file} is not a backup (not gzip).`
		);
	refuseWhileInUse(dataDir);
	const staging = mkdtempSync(join(dirname(dataDir), '.restore-'));
	try {
		const db = await PGlite.create({ dataDir: staging, loadDataDir: new Blob([bytes]) });
		try {
			await db.query('select version from schema_migrations');
		} finally {
			await db.close();
		}
	} catch (failure) {
		rmSync(staging, { recursive: true, force: true });
		if (failure instanceof BackupRefused) throw failure;
		throw new BackupRefused(
			`${file} is geen Effectwijzer-backup: ${String(failure)} / ${file} is not an Effectwijzer backup.`
		);
	}
	const kept = existsSync(dataDir) ? `${dataDir}.before-restore-${stamp}` : null;
	if (kept) renameSync(dataDir, kept);
	renameSync(staging, dataDir);
	return kept;
}
