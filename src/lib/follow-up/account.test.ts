import { describe, expect, it } from 'vitest';
import { exampleRow } from '$test/shared-year';
import { D } from '../engine';
import { pricePortfolio } from '../portfolio/portfolio';
import { followUpAccount, type FollowedUpCase } from './account';
import { calibrationRows } from './calibration';
import { caseFacts } from './account';

const EVICTION = 'effect:huurachterstand/uitzetting';
const SHELTER = 'effect:huurachterstand/nachtopvang';

/** 40 households with a rent arrear paid (P(eviction) = 40%, P′ = 0), followed up or not. */
function arrears(answers: FollowedUpCase['answers'], support: FollowedUpCase['support'] = null) {
	return { ...exampleRow('VS-2026-001', 'maatwerk-huurachterstand', 40), answers, support };
}

/** The example's eviction line for one household, priced as the year report prices it. */
function evictionPerHousehold() {
	const { result } = pricePortfolio([exampleRow('X-1', 'maatwerk-huurachterstand', 1)], 'x', []);
	return result.lines.find((l) => l.id === 'uitzetting')!.presentValue;
}

describe('expected beside found, per kind of event and type of case', () => {
	// 31 of the 40 households asked with a known outcome: 2 evicted after all, 29 not; 3 unknown.
	const answers = { [EVICTION]: { happened: 2, notHappened: 29, unknown: 3 } };
	const account = followUpAccount([arrears(answers)], []);
	const eviction = account.rows.find((r) => r.unitCostId === 'wonen.huisuitzetting')!;

	it('counts expected prevention as households × (P − P′): 40 × 40% = 16,0', () => {
		expect(eviction.households.toFixed()).toBe('40');
		expect(eviction.expectedPrevented.toFixed()).toBe('16');
		expect(eviction.caseType).toBe(
			'Huurachterstand betaald uit maatwerkbudget voorkomt huisuitzetting'
		);
	});

	it('finds n × P − happened prevented among the known: 31 × 40% − 2 = 10,4 against 12,4', () => {
		expect([eviction.asked, eviction.known, eviction.happened, eviction.unknown]).toEqual([
			34, 31, 2, 3
		]);
		expect(eviction.expectedAmongKnown.toFixed()).toBe('12.4');
		expect(eviction.foundAmongKnown.toFixed()).toBe('10.4');
	});

	it('values what was found by the same line: value per household × 10,4 / 40%', () => {
		const perHousehold = evictionPerHousehold();
		expect(eviction.estimatedValue.toFixed(10)).toBe(perHousehold.times(31).toFixed(10));
		expect(eviction.realisedValue.toFixed(10)).toBe(
			perHousehold.times('10.4').dividedBy('0.4').toFixed(10)
		);
	});

	it('never counts an unknown outcome as an event prevented', () => {
		const allUnknown = followUpAccount(
			[arrears({ [EVICTION]: { happened: 0, notHappened: 0, unknown: 40 } })],
			[]
		);
		const row = allUnknown.rows.find((r) => r.unitCostId === 'wonen.huisuitzetting')!;
		expect(row.asked).toBe(40);
		expect(row.known).toBe(0);
		expect(row.foundAmongKnown.isZero()).toBe(true);
		expect(row.realisedValue.isZero()).toBe(true);
		expect(allUnknown.realisedValue.isZero()).toBe(true);
	});

	it('asks about events down a chain at their chained chance: shelter after eviction, 40% × 50%', () => {
		const shelter = account.rows.find((r) => r.unitCostId === 'wonen.nachtopvang-nacht')!;
		expect(shelter.expectedPrevented.toFixed()).toBe('8');
		expect(shelter.asked).toBe(0);
	});

	it('sets the support spent beside the support planned, at a social-work hour', () => {
		const withSupport = followUpAccount(
			[arrears(answers, { hours: new D(200), maatwerk: new D(11_500) })],
			[]
		);
		const { support } = withSupport;
		expect(support.cases).toBe(1);
		// planned: 40 × (6 hours and €300 from the flexible budget)
		expect(support.plannedHours.toFixed()).toBe('240');
		expect(support.realisedCost.toFixed(10)).toBe(
			support.hourPrice.times(200).plus(11_500).toFixed(10)
		);
		expect(support.plannedCost.gt(new D(12_000))).toBe(true);
	});

	it('counts how many saved cases were followed up at all', () => {
		const two = followUpAccount(
			[arrears(answers), { ...arrears(null), id: 'VS-2026-009', caseCode: 'VS-2026-009' }],
			[]
		);
		expect([two.savedCases, two.followedUp]).toEqual([2, 1]);
		expect(followUpAccount([], []).rows).toEqual([]);
	});
});

describe('calibrating P′ per kind of event from the organisation’s follow-ups', () => {
	it('takes the cases’ own P′ as the prior and the known outcomes as observations', () => {
		const answers = {
			[EVICTION]: { happened: 2, notHappened: 29, unknown: 3 },
			[SHELTER]: { happened: 1, notHappened: 9, unknown: 30 }
		};
		const cases = [arrears(answers)];
		const rows = calibrationRows(cases, caseFacts(cases, []));
		const eviction = rows.find((r) => r.unitCostId === 'wonen.huisuitzetting')!;
		expect(eviction.defaultValue.toFixed()).toBe('0');
		expect([eviction.happened, eviction.observed, eviction.unknown]).toEqual([2, 31, 3]);
		// Beta(½ + 0, ½ + 10) + 2 of 31 = Beta(2.5, 39.5): mean 2.5 / 42
		expect(eviction.calibration.posterior).toEqual({ alpha: 2.5, beta: 39.5 });
		expect(eviction.calibration.mean).toBeCloseTo(2.5 / 42, 12);
		expect(rows[0]!.unitCostId).toBe('wonen.huisuitzetting');
	});

	it('calibrates P only from a comparison group without the help, the cases’ own P as its prior', () => {
		const cases = [arrears({ [EVICTION]: { happened: 2, notHappened: 29, unknown: 9 } })];
		const facts = caseFacts(cases, []);
		const without = calibrationRows(cases, facts).find(
			(r) => r.unitCostId === 'wonen.huisuitzetting'
		)!;
		expect(without.without).toMatchObject({ comparison: null, calibration: null });
		expect(without.without.defaultValue.toFixed()).toBe('0.4');
		const group = {
			unitCostId: 'wonen.huisuitzetting',
			households: 50,
			happened: 14,
			description: 'wachtlijst wijk Noord, 2025'
		};
		const row = calibrationRows(cases, facts, [group]).find(
			(r) => r.unitCostId === 'wonen.huisuitzetting'
		)!;
		// Beta(½ + 10 × 40%, ½ + 10 × 60%) + 14 of 50 = Beta(18.5, 42.5): mean 18.5 / 61
		expect(row.without.calibration!.posterior).toEqual({ alpha: 18.5, beta: 42.5 });
		expect(row.without.calibration!.mean).toBeCloseTo(18.5 / 61, 12);
		// the follow-ups' P′ is untouched by it
		expect(row.calibration.posterior).toEqual({ alpha: 2.5, beta: 39.5 });
	});
});
