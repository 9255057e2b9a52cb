import { describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { example, freshWorld } from '$test/world';
import { auditLog } from '../platform/audit';
import { Forbidden } from '../platform/access';
import { organisationReport } from '../reports/portfolio';
import { establishReport, frozenVersion } from '../reports/versions';
import { createCase, listCases, updateCase } from './cases';
import { organisationOutliers } from './confirmed';
import type { CaseForm } from './form';

/** The arrear case with a year of shelter avoided 60 times over: a per-year cost taken per night. */
function sixtyYearsOfShelter(): string {
	const scenario = JSON.parse(example('maatwerk-huurachterstand'));
	const shelter = scenario.cases[0].effects[1];
	Object.assign(shelter, {
		label: 'Nachtopvang',
		unitCostId: 'wonen.nachtopvang-jaar',
		quantity: 60
	});
	return JSON.stringify(scenario);
}

const form = (over: Partial<CaseForm> = {}): CaseForm => ({
	caseCode: 'OPV-2026-1',
	year: 2026,
	times: 1,
	notes: '',
	scenario: sixtyYearsOfShelter(),
	...over
});

const REASON = 'Zestig nachten bedoeld; de eenheid wordt nog aangepast.';

describe.each(ENGINES)('unusual figures confirmed with a reason on %s', (engine) => {
	const given = freshWorld(engine);

	it('saves nothing until each unusual figure has a reason, then keeps it with the case', async () => {
		const refused = await createCase(given.db, given.w.a.worker, form());
		if (refused.ok || !('plausibility' in refused) || !refused.plausibility)
			throw new Error(`expected a question, got ${JSON.stringify(refused)}`);
		const keys = refused.plausibility.findings.map((f) => f.key);
		expect(refused.plausibility.findings.map((f) => f.lineLabel)).toContain('Nachtopvang');
		expect(await listCases(given.db, given.w.a.analyst)).toEqual([]);

		const tooShort = await createCase(
			given.db,
			given.w.a.worker,
			form({ findingReasons: Object.fromEntries(keys.map((k) => [k, 'klopt'])) })
		);
		expect(tooShort.ok).toBe(false);
		expect(await listCases(given.db, given.w.a.analyst)).toEqual([]);

		const saved = await createCase(
			given.db,
			given.w.a.worker,
			form({ findingReasons: Object.fromEntries(keys.map((k) => [k, REASON])) })
		);
		expect(saved.ok).toBe(true);
		const [kept] = await listCases(given.db, given.w.a.analyst);
		expect(kept!.confirmedFindings.map((f) => f.reason)).toEqual(keys.map(() => REASON));
		const log = await auditLog(given.db, given.w.a.analyst);
		expect(log.find((e) => e.action === 'case.findings-confirmed')?.detail).toMatchObject({
			caseCode: 'OPV-2026-1'
		});
	});

	it('lists the confirmed figures in the year report, in an established version, and for the manager', async () => {
		const report = await organisationReport(given.db, given.w.a.analyst.organisationId, 2026);
		expect(report!.confirmed).toHaveLength(1);
		const [listed] = report!.confirmed!;
		expect(listed).toMatchObject({ caseCode: 'OPV-2026-1', year: 2026 });
		expect(listed!.findings[0]).toMatchObject({
			lineLabel: 'Nachtopvang',
			reason: REASON,
			question: { nl: expect.stringContaining('Aantal 60?') }
		});

		const established = await establishReport(given.db, given.w.a.analyst, 2026);
		if (!established.ok) throw new Error(JSON.stringify(established));
		const version = await frozenVersion(
			given.db,
			given.w.a.analyst.organisationId,
			2026,
			established.version.number
		);
		expect(version!.report.confirmed).toEqual(report!.confirmed);

		const outliers = await organisationOutliers(given.db, given.w.a.analyst);
		expect(outliers.map((o) => [o.caseCode, o.findings[0]!.reason])).toEqual([
			['OPV-2026-1', REASON]
		]);
		expect(await organisationOutliers(given.db, given.w.b.analyst)).toEqual([]);
		await expect(organisationOutliers(given.db, given.w.a.worker)).rejects.toThrow(Forbidden);
	});

	it('forgets the confirmation once the figure is corrected, and keeps the version as established', async () => {
		const [kept] = await listCases(given.db, given.w.a.analyst);
		const corrected = JSON.parse(sixtyYearsOfShelter());
		corrected.cases[0].effects[1].unitCostId = 'wonen.nachtopvang-nacht';
		const updated = await updateCase(
			given.db,
			given.w.a.worker,
			kept!.id,
			kept!.version,
			form({ scenario: JSON.stringify(corrected) })
		);
		expect(updated?.ok).toBe(true);
		const report = await organisationReport(given.db, given.w.a.analyst.organisationId, 2026);
		expect(report!.confirmed).toEqual([]);
		expect(await organisationOutliers(given.db, given.w.a.analyst)).toEqual([]);
		const version = await frozenVersion(given.db, given.w.a.analyst.organisationId, 2026, 1);
		expect(version!.report.confirmed).toHaveLength(1);
	});
});
