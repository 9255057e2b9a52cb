import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { example, freshWorld, NOW, OWN_EVICTION_COST } from '$test/world';
import { D } from '../../engine';
import { createCase, deleteCase, updateCase } from '../cases/cases';
import { setOverride } from '../cases/overrides';
import { portfolioReport, reportCases } from './portfolio';
import {
	conceptView,
	establishReport,
	frozenVersion,
	recomputeVersion,
	reportVersions
} from './versions';
import { versionFile } from './year-files';
import { calculate } from '../../calculate/calculate';
import { sharedReport, sharedScenario, shareReport } from './shares';

const cents = (value: { toFixed(places: number): string } | null) => value?.toFixed(2) ?? null;

describe.each(ENGINES)('established report versions on %s', (engine) => {
	const given = freshWorld(engine);
	const save = async (caseCode: string, name: string, times: number, year = 2026) => {
		const saved = await createCase(given.db, given.w.a.worker, {
			caseCode,
			year,
			times,
			notes: '',
			scenario: example(name)
		});
		if (!saved.ok) throw new Error(`${caseCode} not saved: ${JSON.stringify(saved)}`);
		return saved;
	};
	const establish = async (year = 2026) => {
		const outcome = await establishReport(given.db, given.w.a.analyst, year);
		if (!outcome.ok) throw new Error(`not established: ${JSON.stringify(outcome)}`);
		return outcome.version;
	};
	const shared: { id: string } = { id: '' };

	it('refuses a year without cases, naming the year', async () => {
		expect(await establishReport(given.db, given.w.a.analyst, 2026)).toMatchObject({
			ok: false,
			problems: [
				{ field: 'year', message: { nl: expect.stringMatching(/^Jaar: er zijn in 2026/) } }
			]
		});
	});

	it('is for analysts only', async () => {
		await expect(establishReport(given.db, given.w.a.worker, 2026)).rejects.toThrow(/portfolio/);
		await expect(establishReport(given.db, given.w.f.viewer, 2026)).rejects.toThrow(/portfolio/);
	});

	it('freezes version 1 with who, when, the catalog and the cases behind it', async () => {
		await save('HUUR-1', 'maatwerk-huurachterstand', 10);
		await save('GGZ-1', 'ggz-crisis-voorkomen', 2);
		const version = await establish();
		expect(version).toMatchObject({ number: 1, by: given.w.a.analyst.displayName, year: 2026 });
		const frozen = (await frozenVersion(given.db, given.w.ids.a, 2026, 1))!;
		const live = (await portfolioReport(given.db, given.w.a.analyst, 2026))!;
		expect(cents(frozen.report.summary.total.societal.npv)).toBe(
			cents(live.summary.total.societal.npv)
		);
		expect(frozen.cases.map((c) => [c.caseCode, c.version, c.times])).toEqual([
			['GGZ-1', 1, 2],
			['HUUR-1', 1, 10]
		]);
		expect(frozen.report.established).toMatchObject({ number: 1 });
		expect(frozen.catalogVersion).toBe(live.summary.provenance.catalogVersion);
	});

	it('refuses a second version while nothing has changed', async () => {
		expect(await establishReport(given.db, given.w.a.analyst, 2026)).toMatchObject({
			ok: false,
			problems: [
				{
					field: 'year',
					message: { nl: expect.stringMatching(/versie 1 van 2026 is al vastgesteld/) }
				}
			]
		});
	});

	it('says the concept is the same as version 1 until a case changes', async () => {
		const concept = (await portfolioReport(given.db, given.w.a.analyst, 2026))!;
		const versions = await reportVersions(given.db, given.w.ids.a, 2026);
		expect(await conceptView(given.db, concept, versions)).toMatchObject({
			status: { kind: 'concept', latest: { number: 1 }, changed: false },
			difference: null
		});
	});

	it('shares version 1 with the funder, who keeps seeing it after the cases change', async () => {
		const outcome = await shareReport(
			given.db,
			given.w.a.analyst,
			{ shareCode: given.w.shareCodes.f, year: 2026 },
			NOW
		);
		if (!outcome.ok) throw new Error('not shared');
		shared.id = outcome.id;
		const before = (await sharedReport(given.db, given.w.f.viewer, shared.id))!.version!;
		const xlsxBefore = await versionFile(given.db, before.id, 'portfolio.xlsx');
		const csvBefore = await versionFile(given.db, before.id, 'portfolio-nl-excel.csv');

		const [huur] = (
			await reportCases(given.db, (await portfolioReport(given.db, given.w.a.analyst, 2026))!)
		).filter((c) => c.caseCode === 'HUUR-1');
		const changed = await updateCase(given.db, given.w.a.worker, huur!.savedCaseId, 1, {
			caseCode: 'HUUR-1',
			year: 2026,
			times: 25,
			notes: '',
			scenario: example('maatwerk-huurachterstand')
		});
		expect(changed?.ok).toBe(true);
		await save('JEUGD-1', 'jeugd-uithuisplaatsing', 1);
		const set = await setOverride(given.db, given.w.a.analyst, OWN_EVICTION_COST);
		expect(set.ok).toBe(true);

		const after = (await sharedReport(given.db, given.w.f.viewer, shared.id))!;
		expect(after.versions.map((v) => v.number)).toEqual([1]);
		expect(cents(after.version!.report.summary.total.societal.npv)).toBe(
			cents(before.report.summary.total.societal.npv)
		);
		expect(after.version!.report.savedCases).toBe(2);
		const live = (await portfolioReport(given.db, given.w.a.analyst, 2026))!;
		expect(live.savedCases).toBe(3);
		const view = await conceptView(given.db, live, after.versions);
		expect(view.status).toMatchObject({ kind: 'concept', changed: true });
		expect(view.difference?.added.map((c) => c.caseCode)).toEqual(['JEUGD-1']);
		expect(cents(live.summary.total.societal.npv)).not.toBe(
			cents(before.report.summary.total.societal.npv)
		);
		// the downloads are the bytes written when it was established
		expect(await versionFile(given.db, before.id, 'portfolio.xlsx')).toEqual(xlsxBefore);
		expect(await versionFile(given.db, before.id, 'portfolio-nl-excel.csv')).toEqual(csvBefore);
	});

	it('shows the funder version 2 once it is established, and version 1 still when asked', async () => {
		const version = await establish();
		expect(version.number).toBe(2);
		const current = (await sharedReport(given.db, given.w.f.viewer, shared.id))!;
		expect(current.versions.map((v) => v.number)).toEqual([2, 1]);
		expect(current.version!.number).toBe(2);
		expect(current.version!.report.savedCases).toBe(3);
		const earlier = (await sharedReport(given.db, given.w.f.viewer, shared.id, 1))!;
		expect(earlier.version!.report.savedCases).toBe(2);
		expect(await sharedReport(given.db, given.w.f.viewer, shared.id, 3)).toBeNull();
	});

	it('lets no other funder, and no other provider, read a version', async () => {
		expect(await sharedReport(given.db, given.w.g.viewer, shared.id)).toBeNull();
		expect(await frozenVersion(given.db, given.w.ids.b, 2026, 1)).toBeNull();
		await expect(sharedReport(given.db, given.w.b.analyst, shared.id)).rejects.toThrow();
	});

	it('keeps workbooks that open, with numbers as numbers', async () => {
		const [v2] = await reportVersions(given.db, given.w.ids.a, 2026);
		const bytes = (await versionFile(given.db, v2!.id, 'portfolio.xlsx'))!;
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(bytes.slice().buffer);
		const numbers = book.worksheets.flatMap((sheet) =>
			sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []))
		);
		expect(numbers.some((value) => typeof value === 'number')).toBe(true);
	});

	it('tells exactly what changed between versions 1 and 2', async () => {
		const { versionDifference } = await import('../../report/version-difference');
		const v1 = (await frozenVersion(given.db, given.w.ids.a, 2026, 1))!;
		const v2 = (await frozenVersion(given.db, given.w.ids.a, 2026, 2))!;
		const difference = versionDifference(v1, v2);
		expect(difference.societal.difference.toString()).toBe(
			v2.report.summary.total.societal.npv.minus(v1.report.summary.total.societal.npv).toString()
		);
		const payerSum = difference.byPayer
			.filter((row) => row.level !== 'group')
			.reduce((sum, row) => sum.plus(row.change.difference), new D(0));
		// equal to far below a cent; the last of the engine's significant digits may round apart
		expect(payerSum.toFixed(20)).toBe(difference.financial.difference.toFixed(20));
		expect(difference.added.map((c) => c.caseCode)).toEqual(['JEUGD-1']);
		expect(difference.removed).toEqual([]);
		expect(difference.changed.map((c) => [c.caseCode, c.times])).toEqual([
			['HUUR-1', { before: 10, after: 25 }]
		]);
	});

	it('gives the funder a shared version as a scenario that prices to its established total', async () => {
		const scenario = (await sharedScenario(given.db, given.w.f.viewer, shared.id))!;
		expect(scenario.label).toBe('Jaarportfolio 2026 van Welzijn A, versie 2');
		const outcome = calculate(scenario);
		if (!outcome.ok) throw new Error('does not price');
		const v2 = (await frozenVersion(given.db, given.w.ids.a, 2026, 2))!;
		expect(cents(outcome.result.total.societal.npv)).toBe(
			cents(v2.report.summary.total.societal.npv)
		);
		expect(await sharedScenario(given.db, given.w.g.viewer, shared.id)).toBeNull();
	});

	it('prices a version again from its own cases and figures, with no difference today', async () => {
		const v1 = (await frozenVersion(given.db, given.w.ids.a, 2026, 1))!;
		const again = await recomputeVersion(given.db, v1);
		if (!again.ok) throw new Error('not recomputed');
		expect(again.same).toBe(true);
		expect(again.difference.societal.difference.isZero()).toBe(true);
		expect(again.difference.changed).toEqual([]);
	});

	it('shows a difference as a difference when the kept figures no longer match', async () => {
		// as if the engine had changed since: the kept figures stand, the recomputation differs
		const kept = (await frozenVersion(given.db, given.w.ids.a, 2026, 1))!;
		const { summary } = kept.report;
		const societal = { ...summary.total.societal, npv: new D('1') };
		const tampered = {
			...kept,
			report: { ...kept.report, summary: { ...summary, total: { ...summary.total, societal } } }
		};
		const again = await recomputeVersion(given.db, tampered);
		if (!again.ok) throw new Error('not recomputed');
		expect(again.difference.societal.before!.toString()).toBe('1');
		expect(again.difference.societal.difference.isZero()).toBe(false);
		expect(again.same).toBe(false);
	});

	it('says which cases were deleted since, instead of pricing a version without them', async () => {
		const [jeugd] = (
			await reportCases(given.db, (await portfolioReport(given.db, given.w.a.analyst, 2026))!)
		).filter((c) => c.caseCode === 'JEUGD-1');
		expect(await deleteCase(given.db, given.w.a.analyst, jeugd!.savedCaseId)).toBe(true);
		const v2 = (await frozenVersion(given.db, given.w.ids.a, 2026, 2))!;
		expect(await recomputeVersion(given.db, v2)).toEqual({ ok: false, missing: ['JEUGD-1'] });
		expect(v2.report.savedCases).toBe(3);
	});

	it('never takes a text that looks like personal data into a version, even one saved before names were held', async () => {
		const saved = await createCase(given.db, given.w.a.worker, {
			caseCode: 'HUUR-9',
			year: 2026,
			times: 1,
			notes: '',
			scenario: example('maatwerk-huurachterstand')
		});
		if (!saved.ok) throw new Error('not saved');
		// as a name confirmed with one tick was kept before migration 12
		await given.db.query(
			`update cases set scenario = jsonb_set(scenario, '{cases,0,label}', to_jsonb($2::text))
			 where id = $1`,
			[saved.id, 'Gezin Jansen met huurachterstand']
		);
		const refused = await establishReport(given.db, given.w.a.analyst, 2026);
		expect(refused).toMatchObject({
			ok: false,
			problems: [{ field: 'year' }],
			findings: [{ caseCode: 'HUUR-9', kind: 'name', place: 'case' }]
		});
		expect((await reportVersions(given.db, given.w.ids.a, 2026)).map((v) => v.number)).toEqual([
			2, 1
		]);
	});
});
