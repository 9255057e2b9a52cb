import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { example, freshWorld, NOW, OWN_EVICTION_COST } from '$test/world';
import { computeScenario, D, type Dec } from '../../engine';
import { calculate, parseScenario } from '../../calculate/calculate';
import { createCase } from '../cases/cases';
import { setOverride } from '../cases/overrides';
import { PORTFOLIO_ASSUMPTIONS } from '../../portfolio/portfolio';
import { portfolioAsScenario, portfolioReport, reportCases } from './portfolio';
import { establishReport } from './versions';
import { funderShares, leaveShare, shareReport, sharedReport, withdrawShare } from './shares';

/** A case's societal NPV on the portfolio's assumptions, for one household type × times. */
function alone(name: string, times: number): Dec {
	const scenario = JSON.parse(example(name));
	scenario.assumptions = { ...PORTFOLIO_ASSUMPTIONS };
	const outcome = parseScenario(scenario);
	if (!outcome.ok) throw new Error('example does not parse');
	return computeScenario(outcome.scenario).total.societal.npv.times(times);
}

describe.each(ENGINES)('a year portfolio on %s', (engine) => {
	const given = freshWorld(engine);
	const save = async (code: string, name: string, year: number, times: number) => {
		const saved = await createCase(given.db, given.w.a.worker, {
			caseCode: code,
			year,
			times,
			notes: '',
			scenario: example(name)
		});
		if (!saved.ok) throw new Error(JSON.stringify(saved));
	};
	beforeAll(async () => {
		await save('HUUR-1', 'maatwerk-huurachterstand', 2026, 40);
		await save('ENERGIE-1', 'energie-afsluiting-voorkomen', 2026, 1);
		await save('GROEP-1', 'individueel-naar-groep', 2025, 1);
	});

	it('gives its year as one scenario that computes to the report’s figures', async () => {
		const scenario = await portfolioAsScenario(given.db, given.w.a.analyst, 2026);
		const outcome = calculate(scenario);
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		const report = (await portfolioReport(given.db, given.w.a.analyst, 2026))!;
		expect(outcome.result.total.societal.npv.toFixed(20)).toBe(
			report.summary.total.societal.npv.toFixed(20)
		);
		expect(await portfolioAsScenario(given.db, given.w.a.analyst, 2030)).toBeNull();
		await expect(portfolioAsScenario(given.db, given.w.a.worker, 2026)).rejects.toThrow();
	});

	it('adds up its cases, each counted its households times the times it occurred', async () => {
		const report = await portfolioReport(given.db, given.w.a.analyst, 2026);
		const expected = alone('maatwerk-huurachterstand', 40).plus(
			alone('energie-afsluiting-voorkomen', 1)
		);
		expect(report!.summary.total.societal.npv.toFixed(6)).toBe(expected.toFixed(6));
		expect(report!.savedCases).toBe(2);
		expect(report!.households.toString()).toBe('41');
		const cases = await reportCases(given.db, report!);
		expect(cases.map((c) => c.caseCode)).toEqual(['HUUR-1', 'ENERGIE-1']);
		expect(report!.caseRows).toBe(2);
		const perCase = cases.reduce((sum, c) => sum.plus(c.societal.npv), new D(0));
		expect(perCase.toFixed(6)).toBe(expected.toFixed(6));
	});

	it('shows the trend over the years and the cases behind each figure', async () => {
		const report = await portfolioReport(given.db, given.w.a.analyst, 2026);
		expect(report!.trend.map((t) => t.year)).toEqual([2025, 2026]);
		expect(report!.trend[0]!.societal.npv.toFixed(6)).toBe(
			alone('individueel-naar-groep', 1).toFixed(6)
		);
		const housing = report!.behind['payer:woningcorporatie'];
		expect(housing?.top.map((c) => c.caseCode)).toContain('HUUR-1');
		expect(report!.behind.total!.count).toBe(2);
		expect(report!.sources.length).toBeGreaterThan(3);
	});

	it('follows an analyst’s own figure at once, and lists it', async () => {
		const before = (await portfolioReport(given.db, given.w.a.analyst, 2026))!.summary.total
			.societal.npv;
		const set = await setOverride(given.db, given.w.a.analyst, OWN_EVICTION_COST);
		expect(set.ok).toBe(true);
		const after = await portfolioReport(given.db, given.w.a.analyst, 2026);
		expect(after!.summary.total.societal.npv.greaterThan(before)).toBe(true);
		expect(after!.overrides.map((o) => o.id)).toEqual(['wonen.huisuitzetting']);
		expect(after!.sources.find((s) => s.unitCostId === 'wonen.huisuitzetting')).toMatchObject({
			overridden: true,
			citation: 'Welzijn A (2025), Eigen administratie 2024'
		});
		const other = await createCase(given.db, given.w.b.worker, {
			caseCode: 'HUUR-9',
			year: 2026,
			times: 1,
			notes: '',
			scenario: example('maatwerk-huurachterstand')
		});
		expect(other.ok).toBe(true);
		expect((await portfolioReport(given.db, given.w.b.analyst, 2026))!.overrides).toEqual([]);
	});

	it('is for analysts: a social worker, an administrator and a funder may not open it', async () => {
		await expect(portfolioReport(given.db, given.w.a.worker, 2026)).rejects.toThrow(/portfolio/);
		await expect(portfolioReport(given.db, given.w.a.admin, 2026)).rejects.toThrow(/portfolio/);
		await expect(portfolioReport(given.db, given.w.f.viewer, 2026)).rejects.toThrow(/portfolio/);
		expect(await portfolioReport(given.db, given.w.a.analyst, 1999)).toBeNull();
	});

	it('is shared with one funder read-only, until the provider withdraws it or the funder leaves', async () => {
		const codeF = given.w.shareCodes.f;
		expect((await establishReport(given.db, given.w.a.analyst, 2026)).ok).toBe(true);
		const shared = await shareReport(
			given.db,
			given.w.a.analyst,
			{ shareCode: codeF, year: 2026 },
			NOW
		);
		if (!shared.ok) throw new Error(JSON.stringify(shared));
		expect(
			await shareReport(given.db, given.w.a.analyst, { shareCode: codeF, year: 2026 }, NOW)
		).toMatchObject({
			ok: false,
			problems: [{ field: 'year' }]
		});
		expect(
			await shareReport(given.db, given.w.a.analyst, { shareCode: '000000000000', year: 2026 }, NOW)
		).toMatchObject({
			ok: false,
			problems: [{ field: 'shareCode' }]
		});
		expect((await funderShares(given.db, given.w.f.viewer)).map((s) => s.providerName)).toEqual([
			'Welzijn A'
		]);
		expect(
			(await sharedReport(given.db, given.w.f.viewer, shared.id))!.version!.report.savedCases
		).toBe(2);
		expect(await sharedReport(given.db, given.w.g.viewer, shared.id)).toBeNull();
		expect(await funderShares(given.db, given.w.g.viewer)).toEqual([]);
		expect(await withdrawShare(given.db, given.w.b.analyst, shared.id)).toBe(false);
		expect(await leaveShare(given.db, given.w.g.viewer, shared.id)).toBe(false);
		await expect(
			shareReport(given.db, given.w.a.worker, { shareCode: codeF, year: 2026 }, NOW)
		).rejects.toThrow();
		await expect(withdrawShare(given.db, given.w.f.viewer, shared.id)).rejects.toThrow();

		expect(await withdrawShare(given.db, given.w.a.analyst, shared.id)).toBe(true);
		expect(await sharedReport(given.db, given.w.f.viewer, shared.id)).toBeNull();

		const again = await shareReport(
			given.db,
			given.w.a.analyst,
			{ shareCode: codeF, year: 2026 },
			NOW
		);
		if (!again.ok) throw new Error('not shared again');
		expect(await leaveShare(given.db, given.w.f.viewer, again.id)).toBe(true);
		expect(await funderShares(given.db, given.w.f.viewer)).toEqual([]);
	});
});
