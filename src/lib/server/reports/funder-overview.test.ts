import { describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { example, freshWorld, NOW } from '$test/world';
import { D, type Dec } from '../../engine';
import { createCase } from '../cases/cases';
import { overviewOfYear, overviewYears } from './funder-overview';
import { establishReport, frozenVersion } from './versions';
import { shareReport } from './shares';
import type { World } from '$test/world';

const cents = (value: Dec) => value.toFixed(2);

describe.each(ENGINES)('a funder’s overview on %s', (engine) => {
	const given = freshWorld(engine);
	const save = async (
		who: 'a' | 'b',
		caseCode: string,
		name: string,
		times: number,
		year = 2026
	) => {
		const saved = await createCase(given.db, given.w[who].worker, {
			caseCode,
			year,
			times,
			notes: '',
			scenario: example(name)
		});
		if (!saved.ok) throw new Error(`${caseCode} not saved`);
	};
	const establishAndShare = async (
		who: 'a' | 'b',
		funder: keyof World['shareCodes'],
		year = 2026
	) => {
		const established = await establishReport(given.db, given.w[who].analyst, year);
		if (!established.ok) throw new Error(`${who} ${year} not established`);
		const shared = await shareReport(
			given.db,
			given.w[who].analyst,
			{ shareCode: given.w.shareCodes[funder], year },
			NOW
		);
		if (!shared.ok) throw new Error(`${who} ${year} not shared`);
	};

	it('has nothing to show before a report is shared', async () => {
		expect(await overviewOfYear(given.db, given.w.f.viewer, 2026)).toBeNull();
		expect(await overviewYears(given.db, given.w.f.viewer)).toEqual([]);
	});

	it('adds up the established reports shared with the funder, to the cent', async () => {
		await save('a', 'A-1', 'maatwerk-huurachterstand', 30);
		await save('a', 'A-2', 'ggz-crisis-voorkomen', 4);
		await save('b', 'B-1', 'uitkering-met-een-telefoontje', 12);
		await save('b', 'B-2', 'jeugd-uithuisplaatsing', 1);
		await save('b', 'B-0', 'schuldenspiraal-boetes', 5, 2025);
		await establishAndShare('a', 'f');
		await establishAndShare('b', 'f');
		await establishAndShare('b', 'f', 2025);
		const overview = (await overviewOfYear(given.db, given.w.f.viewer, 2026))!;
		expect(overview.providers.map((p) => p.providerName)).toEqual(['Welzijn A', 'Welzijn B']);
		const a = (await frozenVersion(given.db, given.w.ids.a, 2026, 1))!.report;
		const b = (await frozenVersion(given.db, given.w.ids.b, 2026, 1))!.report;
		const sum = (pick: (r: typeof a) => Dec | undefined) =>
			cents([a, b].reduce((total, r) => total.plus(pick(r) ?? 0), new D(0)));
		const { sums } = overview.combined;
		expect(cents(sums.total.societal.npv)).toBe(sum((r) => r.summary.total.societal.npv));
		expect(cents(sums.total.financial.npv)).toBe(sum((r) => r.summary.total.financial.npv));
		expect(cents(sums.byPayerGroup.gemeente!.financial.npv)).toBe(
			sum((r) => r.summary.byPayerGroup.gemeente?.financial.npv)
		);
		for (const domain of overview.domains)
			expect(cents(sums.byDomain[domain]!.societal.npv)).toBe(
				sum((r) => r.summary.byDomain[domain]?.societal.npv)
			);
		expect(overview.combined.savedCases).toBe(4);
		expect(overview.trend.map((t) => [t.year, t.providers])).toEqual([
			[2025, 1],
			[2026, 2]
		]);
		expect(await overviewYears(given.db, given.w.f.viewer)).toEqual([2026, 2025]);
	});

	it('keeps to the established figures while a provider’s concept moves on', async () => {
		const before = (await overviewOfYear(given.db, given.w.f.viewer, 2026))!;
		await save('a', 'A-3', 'energie-afsluiting-voorkomen', 50);
		const during = (await overviewOfYear(given.db, given.w.f.viewer, 2026))!;
		expect(cents(during.combined.sums.total.societal.npv)).toBe(
			cents(before.combined.sums.total.societal.npv)
		);
		const established = await establishReport(given.db, given.w.a.analyst, 2026);
		expect(established.ok).toBe(true);
		const after = (await overviewOfYear(given.db, given.w.f.viewer, 2026))!;
		expect(after.providers[0]!.version.number).toBe(2);
		expect(after.combined.savedCases).toBe(5);
		expect(after.combined.sums.total.societal.npv.gt(before.combined.sums.total.societal.npv)).toBe(
			true
		);
	});

	it('shows another funder nothing of it, and a provider not at all', async () => {
		expect(await overviewOfYear(given.db, given.w.g.viewer, 2026)).toBeNull();
		await expect(overviewOfYear(given.db, given.w.a.analyst, 2026)).rejects.toThrow();
	});
});
