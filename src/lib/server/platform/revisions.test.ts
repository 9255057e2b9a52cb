import { describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { example, freshWorld, NOW } from '$test/world';
import { createCase } from '../cases/cases';
import {
	advanceRevision,
	forgetRevision,
	organisationRevision,
	REVISION_RECHECK_MS
} from './revisions';

const later = (ms: number) => new Date(NOW.getTime() + ms);

describe.each(ENGINES)("an organisation's revision on %s", (engine) => {
	const given = freshWorld(engine);

	const revision = (at: Date) => organisationRevision(given.db, given.w.ids.a, at);

	it("moves on at once with this process's own change, as soon as it commits", async () => {
		const before = await revision(NOW);
		const saved = await createCase(given.db, given.w.a.worker, {
			caseCode: 'REV-1',
			year: 2026,
			times: 1,
			notes: '',
			scenario: example('maatwerk-huurachterstand')
		});
		expect(saved.ok).toBe(true);
		expect(await revision(NOW)).toBe(before + 1);
	});

	it('stays as it was when the change is rolled back', async () => {
		const before = await revision(NOW);
		await expect(
			given.db.transaction(async (tx) => {
				await advanceRevision(tx, given.w.ids.a);
				throw new Error('the change fails');
			})
		).rejects.toThrow('the change fails');
		expect(await revision(NOW)).toBe(before);
		expect(await revision(later(REVISION_RECHECK_MS))).toBe(before);
	});

	it("sees another process's change once the remembered revision is due again", async () => {
		const readAt = later(10 * REVISION_RECHECK_MS);
		const before = await revision(readAt);
		// As another app process on the same PostgreSQL would change it: not through this one.
		await given.db.query('update organisations set revision = revision + 1 where id = $1', [
			given.w.ids.a
		]);
		const after = (ms: number) => new Date(readAt.getTime() + ms);
		expect(await revision(after(REVISION_RECHECK_MS - 1))).toBe(before);
		expect(await revision(after(REVISION_RECHECK_MS))).toBe(before + 1);
	});

	it("sees another process's change at once when that process announces it", async () => {
		const readAt = later(100 * REVISION_RECHECK_MS);
		const before = await revision(readAt);
		await given.db.query('update organisations set revision = revision + 1 where id = $1', [
			given.w.ids.a
		]);
		expect(await revision(readAt)).toBe(before);
		// what the app does when it hears the other process's announcement (app.ts)
		forgetRevision(given.w.ids.a);
		expect(await revision(readAt)).toBe(before + 1);
	});
});
