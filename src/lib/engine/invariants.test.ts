import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aCase, assumptions, cost, d, effect, scenario } from '$test/builders';
import { computeScenario } from './compute';
import { D, sum, type Dec } from './decimal';
import type { Case, Effect } from './model';
import { NO_ADJUSTMENTS } from './timeline';
import { PAYER_GROUPS, type PayerGroup } from './vocabulary';

const UNIT_IDS = [
	'hour',
	'eviction',
	'shelter-night',
	'crisis-day',
	'benefit-month',
	'old-price',
	'wellbeing'
];
const decimal = (min: number, max: number) =>
	fc.integer({ min: min * 100, max: max * 100 }).map((n) => new D(n).dividedBy(100));
const fraction = decimal(0, 1);

const effectArb = (i: number) =>
	fc
		.record({
			unitCostId: fc.constantFrom(...UNIT_IDS),
			quantity: decimal(0, 50),
			p: fraction,
			pWith: fraction,
			startYear: fc.integer({ min: 0, max: 4 }),
			durationYears: fc.integer({ min: 1, max: 6 }),
			dropOff: fraction
		})
		.map((e): Effect =>
			effect(`e${i}`, e.unitCostId, e.quantity.toString(), e.p.toString(), {
				probabilityWith: e.pWith,
				startYear: e.startYear,
				durationYears: e.durationYears,
				adjustments: { ...NO_ADJUSTMENTS, dropOff: e.dropOff }
			})
		);

const caseArb = (id: string) =>
	fc
		.record({
			count: fc.integer({ min: 1, max: 40 }),
			hours: fc.integer({ min: 0, max: 80 }),
			effects: fc.tuple(effectArb(0), effectArb(1), effectArb(2))
		})
		.map(({ count, hours, effects }): Case =>
			aCase(id, { count: d(count), costs: [cost('c', 'hour', hours)], effects })
		);

const portfolioArb = fc
	.array(fc.integer(), { minLength: 1, maxLength: 5 })
	.chain((keys) => fc.tuple(...keys.map((_, i) => caseArb(`case-${i}`))));
const rate = fc.constantFrom('0', '0.0225', '0.035', '0.1');
const settings = (r: string) => ({
	assumptions: assumptions({ discountRate: d(r), horizonYears: 8 })
});
const same = (a: Dec, b: Dec) => expect(a.toFixed(20)).toBe(b.toFixed(20));

describe('invariants', () => {
	it('parts sum to totals: by payer, by domain, by case, by year and by line', () => {
		fc.assert(
			fc.property(portfolioArb, rate, (cases, r) => {
				const result = computeScenario(scenario(cases, settings(r)));
				const { societal } = result.total;
				for (const slice of [
					result.byPayer,
					result.byDomain,
					result.byValueType,
					Object.fromEntries(result.byCase.map((c) => [c.caseId, c]))
				]) {
					const parts = Object.values(slice) as { societal: { benefits: Dec; costs: Dec } }[];
					same(sum(parts.map((p) => p.societal.benefits)), societal.benefits);
					same(sum(parts.map((p) => p.societal.costs)), societal.costs);
				}
				const lastYear = result.byYear.at(-1)!;
				same(lastYear.societal.cumulativePresentNet, societal.npv);
				const counted = result.lines.filter(
					(l) => l.counted && l.kind === 'effect' && l.valueType !== 'transfer'
				);
				same(sum(counted.map((l) => l.weightedPresentValue)), societal.benefits);
			})
		);
	});

	it("a public body's total is exactly the sum of its budgets, in every measure", () => {
		fc.assert(
			fc.property(portfolioArb, rate, (cases, r) => {
				const result = computeScenario(scenario(cases, settings(r)));
				for (const [group, payers] of Object.entries(PAYER_GROUPS)) {
					const parts = payers.flatMap((payer) => result.byPayer[payer] ?? []);
					const total = result.byPayerGroup[group as PayerGroup];
					if (parts.length === 0) {
						expect(total).toBeUndefined();
						continue;
					}
					for (const view of ['societal', 'financial'] as const)
						for (const measure of ['costs', 'benefits', 'npv'] as const)
							same(sum(parts.map((p) => p[view][measure])), total![view][measure]);
					same(sum(parts.map((p) => p.transfers)), total!.transfers);
					expect(total!.lineIds.toSorted()).toEqual(parts.flatMap((p) => p.lineIds).toSorted());
				}
			})
		);
	});

	it('portfolio totals are the count-weighted sums of their cases', () => {
		fc.assert(
			fc.property(portfolioArb, rate, (cases, r) => {
				const result = computeScenario(scenario(cases, settings(r)));
				same(
					sum(result.byCase.map((c) => c.perHousehold.societal.npv.times(c.count))),
					result.total.societal.npv
				);
				same(
					sum(result.byCase.map((c) => c.perHousehold.financial.npv.times(c.count))),
					result.total.financial.npv
				);
			})
		);
	});

	it('doubling every count doubles every total', () => {
		fc.assert(
			fc.property(portfolioArb, rate, (cases, r) => {
				const once = computeScenario(scenario(cases, settings(r))).total;
				const twice = computeScenario(
					scenario(
						cases.map((c) => ({ ...c, count: c.count.times(2) })),
						settings(r)
					)
				).total;
				same(twice.societal.npv, once.societal.npv.times(2));
				same(twice.financial.benefits, once.financial.benefits.times(2));
				same(twice.transfers, once.transfers.times(2));
			})
		);
	});

	it('the order of cases changes nothing', () => {
		fc.assert(
			fc.property(portfolioArb, rate, (cases, r) => {
				const forward = computeScenario(scenario(cases, settings(r))).total;
				const backward = computeScenario(scenario([...cases].reverse(), settings(r))).total;
				same(forward.societal.npv, backward.societal.npv);
				same(forward.financial.npv, backward.financial.npv);
			})
		);
	});

	it('a higher discount rate never raises the present value of a positive stream', () => {
		fc.assert(
			fc.property(portfolioArb, decimal(0, 10), decimal(0, 10), (cases, a, b) => {
				const positive = cases.map((c) => ({
					...c,
					effects: c.effects.map((e) => ({ ...e, probabilityWith: d(0) }))
				}));
				const [low, high] = a.lte(b) ? [a, b] : [b, a];
				const pv = (pct: Dec) =>
					computeScenario(
						scenario(positive, {
							assumptions: assumptions({ discountRate: pct.dividedBy(100), horizonYears: 8 })
						})
					).total.societal.benefits;
				expect(pv(high).lte(pv(low))).toBe(true);
			})
		);
	});

	it('all adjustments at 0 leave the gross value unchanged', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...UNIT_IDS),
				decimal(0, 50),
				fraction,
				fraction,
				(unitCostId, q, p, pWith) => {
					const result = computeScenario(
						scenario([
							aCase('a', {
								effects: [
									effect('e', unitCostId, q.toString(), p.toString(), { probabilityWith: pWith })
								]
							})
						])
					);
					const line = result.lines[0]!;
					const gross = q.times(line.unitCost.indexedAmount).times(p.minus(pWith));
					same(line.presentValue, gross);
				}
			)
		);
	});
});
