import { announce } from '../db/changes';
import type { Queryable, Transaction } from '../db/database';
import { Kept } from './kept';

/**
 * An organisation's revision moves on with every change to its cases or own unit costs, and
 * what is computed or rendered from them is kept per revision. Asking the database for it on
 * every request cost more than serving a kept page, so it is remembered: exactly for changes
 * this process makes (forgotten the moment they commit), and for REVISION_RECHECK_MS for changes
 * other processes make on the same PostgreSQL.
 */
export const REVISION_RECHECK_MS = 1_000;

const remembered = new Kept<string, { revision: number; checkedAt: number }>(10_000);
/** Changes this process has committed; a reading taken across one is not remembered. */
let commits = 0;

/** Moves the organisation's revision on, within the transaction that makes the change. */
export async function advanceRevision(tx: Transaction, organisationId: string): Promise<void> {
	await tx.query('update organisations set revision = revision + 1 where id = $1', [
		organisationId
	]);
	// every other process on the database forgets its reading when this commits
	await announce(tx, { kind: 'revision', organisationId });
	tx.afterCommit(() => {
		commits++;
		remembered.delete(organisationId);
	});
}

export async function organisationRevision(
	db: Queryable,
	organisationId: string,
	now: Date
): Promise<number> {
	const hit = remembered.get(organisationId);
	if (hit && now.getTime() - hit.checkedAt < REVISION_RECHECK_MS) return hit.revision;
	const commitsBefore = commits;
	const [row] = await db.query<{ revision: number }>(
		'select revision from organisations where id = $1',
		[organisationId]
	);
	const revision = row?.revision ?? 0;
	// A change committed while this was read may be missing from it: ask again next time.
	if (commits === commitsBefore)
		remembered.set(organisationId, { revision, checkedAt: now.getTime() });
	return revision;
}

/** Changes may have gone unheard (the database was away): every revision is read again. */
export function forgetRevisions(): void {
	commits++;
	for (const organisationId of [...remembered.keys()]) remembered.delete(organisationId);
}

/** Another process moved the organisation's revision: read it again next time. */
export function forgetRevision(organisationId: string): void {
	// as for this process's own commits: a reading taken across it is not remembered
	commits++;
	remembered.delete(organisationId);
}
