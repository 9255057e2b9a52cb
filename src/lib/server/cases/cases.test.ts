import { describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { example, freshWorld } from '$test/world';
import { CATALOG } from '../../catalog/catalog';
import { computeScenario } from '../../engine';
import { parseScenarioText } from '../../calculate/calculate';
import { auditLog } from '../platform/audit';
import { caseFormSchema, type CaseForm } from './form';
import { createCase, deleteCase, findCase, listCases, suggestCaseCode, updateCase } from './cases';
import { readForm } from '../platform/forms';

const form = (over: Partial<CaseForm> = {}): CaseForm => ({
	caseCode: 'WT-2026-001',
	year: 2026,
	times: 1,
	notes: '',
	scenario: example('maatwerk-huurachterstand'),
	...over
});

function withLabel(scenarioText: string, label: string): string {
	const scenario = JSON.parse(scenarioText);
	scenario.cases[0].label = label;
	return JSON.stringify(scenario);
}

describe.each(ENGINES)('saved cases on %s', (engine) => {
	const given = freshWorld(engine);

	it('saves a case that computes as the CLI computes its file', async () => {
		const saved = await createCase(given.db, given.w.a.worker, form());
		if (!saved.ok) throw new Error(JSON.stringify(saved));
		const found = await findCase(given.db, given.w.a.worker, saved.id);
		const outcome = parseScenarioText(JSON.stringify(found!.scenario));
		if (!outcome.ok) throw new Error('stored case does not parse');
		expect(computeScenario(outcome.scenario).total.societal.npv.toFixed(2)).toBe('4895.07');
		expect(found).toMatchObject({
			caseCode: 'WT-2026-001',
			version: 1,
			ownerId: given.w.a.worker.userId
		});
	});

	it('keeps the catalog release each version was saved with; one saved before releases were recorded has none', async () => {
		const saved = await createCase(given.db, given.w.a.worker, form({ caseCode: 'CV-1' }));
		if (!saved.ok) throw new Error('not saved');
		expect((await findCase(given.db, given.w.a.worker, saved.id))?.catalogVersion).toBe(
			CATALOG.version
		);
		// a case as it stood before migration 6: its release unknown, so none is claimed for it
		await given.db.query('update cases set catalog_version = null where id = $1', [saved.id]);
		expect((await findCase(given.db, given.w.a.worker, saved.id))?.catalogVersion).toBeNull();
		const updated = await updateCase(
			given.db,
			given.w.a.worker,
			saved.id,
			1,
			form({ caseCode: 'CV-1' })
		);
		expect(updated?.ok).toBe(true);
		expect((await findCase(given.db, given.w.a.worker, saved.id))?.catalogVersion).toBe(
			CATALOG.version
		);
		const versions = await given.db.query<{ version: number; catalogVersion: string | null }>(
			`select version, catalog_version as "catalogVersion" from case_versions
			 where case_id = $1 order by version`,
			[saved.id]
		);
		expect(versions).toEqual([
			{ version: 1, catalogVersion: CATALOG.version },
			{ version: 2, catalogVersion: CATALOG.version }
		]);
		expect(await deleteCase(given.db, given.w.a.worker, saved.id)).toBe(true);
	});

	it('shows a social worker only their own cases, an analyst all, another organisation none', async () => {
		const mine = await createCase(given.db, given.w.a.colleague, form({ caseCode: 'WT-2026-002' }));
		if (!mine.ok) throw new Error('not saved');
		expect((await listCases(given.db, given.w.a.worker)).map((c) => c.caseCode)).toEqual([
			'WT-2026-001'
		]);
		expect((await listCases(given.db, given.w.a.analyst)).map((c) => c.caseCode)).toEqual([
			'WT-2026-001',
			'WT-2026-002'
		]);
		expect(await listCases(given.db, given.w.b.analyst)).toEqual([]);
		expect(await findCase(given.db, given.w.b.analyst, mine.id)).toBeNull();
		expect(await findCase(given.db, given.w.a.worker, mine.id)).toBeNull();
		expect(
			await updateCase(given.db, given.w.b.analyst, mine.id, 1, form({ caseCode: 'B-1' }))
		).toBeNull();
		expect(await deleteCase(given.db, given.w.b.analyst, mine.id)).toBe(false);
		expect(await findCase(given.db, given.w.a.analyst, mine.id)).not.toBeNull();
		await expect(listCases(given.db, given.w.f.viewer)).rejects.toThrow(/own-cases/);
		await expect(
			createCase(given.db, given.w.a.admin, form({ caseCode: 'ADM-1' }))
		).rejects.toThrow(/own-cases/);
	});

	it('refuses a case code that could be a name, and a code already in use', async () => {
		const again = await createCase(given.db, given.w.a.worker, form());
		expect(again).toMatchObject({ ok: false, problems: [{ field: 'caseCode' }] });
		const elsewhere = await createCase(given.db, given.w.b.worker, form());
		expect(elsewhere.ok).toBe(true);
	});

	it('offers the next free pseudonymous code of the year, counting every colleague’s cases', async () => {
		const highest = async (actor: typeof given.w.a.analyst) =>
			Math.max(
				0,
				...(await listCases(given.db, actor))
					.filter((c) => c.caseCode.startsWith('WT-2026-'))
					.map((c) => Number(c.caseCode.slice(8)))
			);
		const nextOf = (n: number) => `WT-2026-${String(n + 1).padStart(3, '0')}`;
		expect(await highest(given.w.a.analyst)).toBeGreaterThan(0);
		// a colleague sees none of the others' cases, and still gets a free code
		expect(await suggestCaseCode(given.db, given.w.a.colleague, 2026)).toBe(
			nextOf(await highest(given.w.a.analyst))
		);
		expect(await suggestCaseCode(given.db, given.w.a.colleague, 2027)).toBe('WT-2027-001');
		expect(await suggestCaseCode(given.db, given.w.b.worker, 2026)).toBe(
			nextOf(await highest(given.w.b.analyst))
		);
	});

	it('refuses a BSN outright and saves nothing', async () => {
		const outcome = await createCase(
			given.db,
			given.w.a.worker,
			form({ caseCode: 'BSN-1', notes: 'bsn 111222333', confirmPersonalData: 'on' })
		);
		expect(outcome).toMatchObject({ ok: false, problems: [{ field: 'notes' }] });
		expect((await listCases(given.db, given.w.a.analyst)).map((c) => c.caseCode)).not.toContain(
			'BSN-1'
		);
	});

	it('warns about a name in any free text, and saves only once the user confirms', async () => {
		const named = form({
			caseCode: 'NAAM-1',
			scenario: withLabel(example('energie-afsluiting-voorkomen'), 'gezin van mevrouw Jansen')
		});
		const warned = await createCase(given.db, given.w.a.worker, named);
		expect(warned).toMatchObject({
			ok: false,
			problems: [],
			personalData: [{ kind: 'name', match: 'mevrouw Jansen', place: 'case' }]
		});
		expect((await listCases(given.db, given.w.a.worker)).map((c) => c.caseCode)).not.toContain(
			'NAAM-1'
		);
		expect(
			(await createCase(given.db, given.w.a.worker, { ...named, confirmPersonalData: 'on' })).ok
		).toBe(true);
	});

	it('refuses an invalid case with every problem and a case with its own unit costs', async () => {
		const broken = JSON.parse(example('energie-afsluiting-voorkomen'));
		broken.cases[0].timelines.reference[0].probability = 2;
		const invalid = await createCase(
			given.db,
			given.w.a.worker,
			form({ caseCode: 'BAD-1', scenario: JSON.stringify(broken) })
		);
		expect(invalid).toMatchObject({ ok: false, problems: [{ field: 'scenario' }] });
		const notJson = await createCase(
			given.db,
			given.w.a.worker,
			form({ caseCode: 'BAD-2', scenario: '{' })
		);
		expect(notJson).toMatchObject({ ok: false, problems: [{ field: 'scenario' }] });
	});

	it('refuses the second of two concurrent saves, returning the version that won', async () => {
		const saved = (await listCases(given.db, given.w.a.worker)).find(
			(c) => c.caseCode === 'WT-2026-001'
		);
		const first = await updateCase(
			given.db,
			given.w.a.worker,
			saved!.id,
			saved!.version,
			form({ times: 2 })
		);
		expect(first).toMatchObject({ ok: true, version: 2 });
		const second = await updateCase(
			given.db,
			given.w.a.analyst,
			saved!.id,
			saved!.version,
			form({ times: 5 })
		);
		expect(second).toMatchObject({
			ok: false,
			conflict: { version: 2, times: 2 },
			problems: [{ field: 'version' }]
		});
		expect((await findCase(given.db, given.w.a.worker, saved!.id))!.times).toBe(2);
		const retried = await updateCase(given.db, given.w.a.analyst, saved!.id, 2, form({ times: 5 }));
		expect(retried).toMatchObject({ ok: true, version: 3 });
		const versions = await given.db.query<{ version: number; times: number }>(
			'select version, times from case_versions where case_id = $1 order by version',
			[saved!.id]
		);
		expect(versions).toEqual([
			{ version: 1, times: 1 },
			{ version: 2, times: 2 },
			{ version: 3, times: 5 }
		]);
	});

	it('logs who created, changed and deleted which case, for the organisation only', async () => {
		const gone = await createCase(given.db, given.w.a.worker, form({ caseCode: 'WEG-1' }));
		if (!gone.ok) throw new Error('not saved');
		expect(await deleteCase(given.db, given.w.a.worker, gone.id)).toBe(true);
		const log = await auditLog(given.db, given.w.a.analyst);
		const about = log.filter((e) => e.subjectId === gone.id).map((e) => [e.action, e.actor]);
		expect(about).toEqual([
			['case.deleted', given.w.a.worker.displayName],
			['case.created', given.w.a.worker.displayName]
		]);
		expect(log.some((e) => e.action === 'case.updated' && e.detail.version === 3)).toBe(true);
		expect((await auditLog(given.db, given.w.b.analyst)).some((e) => e.subjectId === gone.id)).toBe(
			false
		);
		await expect(auditLog(given.db, given.w.a.worker)).rejects.toThrow(/audit/);
	});
});

describe('a case code as the form reads it', () => {
	const read = (caseCode: string) => {
		const data = new FormData();
		for (const [key, value] of Object.entries({ ...form({ caseCode }), year: '2026', times: '1' }))
			data.set(key, String(value));
		return readForm(caseFormSchema, data, { caseCode: { nl: 'Casuscode', en: 'Case code' } });
	};

	it('is upper-cased and accepted when it is a pseudonym', () => {
		expect(read('wt-2026-014')).toMatchObject({ ok: true, value: { caseCode: 'WT-2026-014' } });
	});

	it('is refused when a part of it could be a name, saying which', () => {
		const outcome = read('Jansen-1');
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.problems[0]!.message.nl).toBe(
			'Casuscode: “JANSEN” kan een naam zijn; een code bestaat uit afkortingen en cijfers, zoals WT-2026-014'
		);
	});
});
