import { describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { example, freshWorld, OWN_EVICTION_COST } from '$test/world';
import { summarise } from '../portfolio/portfolio';
import type { YearSummary } from '../portfolio/types';
import { createCase, deleteCase, updateCase } from './cases';
import {
	PRICED_ON_THE_SPOT,
	repricingDone,
	repricingNow,
	resultBasis,
	summaryFromResults,
	yearSums
} from './case-results';
import { organisationFigureInputs, organisationFigures, setOverride } from './overrides';
import { portfolioRows } from './work/tasks';

const cents = (value: { toFixed(places: number): string }) => value.toFixed(2);

/** The figures a report shows, rounded as it shows them. */
function shown(s: YearSummary) {
	const r = s.summary;
	const each = (slices: object) =>
		Object.entries(slices)
			.map(([k, b]) => [k, cents(b.societal.npv), cents(b.financial.npv), cents(b.transfers)])
			.sort(([a], [b]) => String(a).localeCompare(String(b)));
	return {
		savedCases: s.savedCases,
		households: cents(s.households),
		total: [
			cents(r.total.societal.costs),
			cents(r.total.societal.benefits),
			cents(r.total.societal.npv)
		],
		byPayer: each(r.byPayer),
		byPayerGroup: each(r.byPayerGroup),
		byDomain: each(r.byDomain),
		byValueType: each(r.byValueType),
		byYear: r.byYear.map((y) => [
			y.year,
			cents(y.societal.cumulativePresentNet),
			cents(y.financial.presentNet)
		]),
		payback: r.payback,
		cases: s.cases.map((c) => [c.caseCode, cents(c.societal.npv)]),
		behind: Object.entries(s.behind)
			.map(([k, b]) => [k, b.count, b.top.map((t) => `${t.caseCode} ${cents(t.value)}`)])
			.sort(([a], [b]) => String(a).localeCompare(String(b))),
		evidence: [cents(s.evidence.strong), cents(s.evidence.fair), cents(s.evidence.rough)]
	};
}

describe.each(ENGINES)('a year added up by the database on %s', (engine) => {
	const given = freshWorld(engine);
	const org = () => given.w.ids.a;
	const stored = async () =>
		portfolioRows(
			await given.db.query(
				`select id, case_code as "caseCode", times, scenario::text as "scenarioText" from cases
				 where organisation_id = $1 and year = 2026 order by case_code`,
				[org()]
			)
		);
	const save = (caseCode: string, name: string, times: number) =>
		createCase(given.db, given.w.a.worker, {
			caseCode,
			year: 2026,
			times,
			notes: '',
			scenario: example(name)
		});

	it('keeps each case’s sums when it is saved, and adds them up to the year priced at once', async () => {
		for (const [code, name, times] of [
			['W-1', 'maatwerk-huurachterstand', 20],
			['W-2', 'ggz-crisis-voorkomen', 3],
			['W-3', 'individueel-naar-groep', 2],
			['W-4', 'schuldenspiraal-boetes', 7]
		] as const)
			expect((await save(code, name, times)).ok).toBe(true);
		const figures = await organisationFigureInputs(given.db, org());
		const sums = await yearSums(given.db, org(), 2026, resultBasis(figures));
		expect(sums?.savedCases).toBe(4);
		const fromDatabase = (await summaryFromResults(given.db, org(), 2026, figures))!;
		expect(shown(fromDatabase)).toEqual(shown(summarise(2026, await stored(), [])));
	});

	it('replaces a case’s sums when it is saved again, and drops them when it is deleted', async () => {
		const [w1] = await stored();
		const changed = await updateCase(given.db, given.w.a.worker, w1!.id, 1, {
			caseCode: 'W-1',
			year: 2026,
			times: 35,
			notes: '',
			scenario: example('maatwerk-huurachterstand')
		});
		expect(changed?.ok).toBe(true);
		const rows = await given.db.query<{ n: number }>(
			'select count(distinct case_version)::int as n from case_results where case_id = $1',
			[w1!.id]
		);
		expect(rows[0]!.n).toBe(1);
		const figures = await organisationFigureInputs(given.db, org());
		const again = (await summaryFromResults(given.db, org(), 2026, figures))!;
		expect(shown(again)).toEqual(shown(summarise(2026, await stored(), [])));
		const [, , w3] = await stored();
		expect(await deleteCase(given.db, given.w.a.worker, w3!.id)).toBe(true);
		const after = (await summaryFromResults(given.db, org(), 2026, figures))!;
		expect(after.savedCases).toBe(3);
		expect(shown(after)).toEqual(shown(summarise(2026, await stored(), [])));
	});

	it('prices every case again on the new basis after an own unit cost changes', async () => {
		const set = await setOverride(given.db, given.w.a.analyst, OWN_EVICTION_COST);
		expect(set.ok).toBe(true);
		const inputs = await organisationFigureInputs(given.db, org());
		const entries = await organisationFigures(given.db, org());
		const repriced = (await summaryFromResults(given.db, org(), 2026, inputs))!;
		expect(shown(repriced)).toEqual(shown(summarise(2026, await stored(), entries)));
		expect(repriced.summary.provenance.overriddenUnitCosts).toContain('wonen.huisuitzetting');
	});

	it('prices many cases without sums in the background, and meanwhile the year as a whole', async () => {
		const examples = [
			'maatwerk-huurachterstand',
			'energie-afsluiting-voorkomen',
			'ggz-crisis-voorkomen'
		];
		await given.db.transaction(async (tx) => {
			for (let i = 0; i < PRICED_ON_THE_SPOT + 1; i++)
				await tx.query(
					`insert into cases (organisation_id, owner_id, case_code, year, times, scenario, updated_by)
					 values ($1, $2, $3, 2025, 1, $4::text::jsonb, $2)`,
					[org(), given.w.a.worker.userId, `OLD-${i}`, example(examples[i % 3]!)]
				);
		});
		const inputs = await organisationFigureInputs(given.db, org());
		const entries = await organisationFigures(given.db, org());
		const rows = portfolioRows(
			await given.db.query(
				`select id, case_code as "caseCode", times, scenario::text as "scenarioText" from cases
				 where organisation_id = $1 and year = 2025 order by case_code`,
				[org()]
			)
		);
		const meanwhile = (await summaryFromResults(given.db, org(), 2025, inputs))!;
		expect(repricingNow(org(), 2025)).toBe(true);
		expect(shown(meanwhile)).toEqual(shown(summarise(2025, rows, entries)));
		await repricingDone();
		expect(repricingNow(org(), 2025)).toBe(false);
		expect((await yearSums(given.db, org(), 2025, resultBasis(inputs)))?.savedCases).toBe(
			PRICED_ON_THE_SPOT + 1
		);
		const summed = (await summaryFromResults(given.db, org(), 2025, inputs))!;
		expect(shown(summed)).toEqual(shown(meanwhile));
	});

	it('has nothing for a year without cases', async () => {
		expect(await summaryFromResults(given.db, org(), 1999, [])).toBeNull();
	});
});
