import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	aCase,
	assumptions,
	cost,
	d,
	effect,
	scenario,
	unitCost,
	UNIT_COSTS
} from '$test/builders';
import { computeScenario } from './compute';
import { D, type Dec } from './decimal';
import type { Case, Scenario, UnitCost } from './model';
import type { HoursByProfession } from './result';
import { NO_ADJUSTMENTS } from './timeline';

/** The test catalog with hours: one hour of a social worker per hour, 6 h of a judge per eviction. */
const WITH_HOURS: UnitCost[] = [
	...UNIT_COSTS.filter((u) => !['hour', 'eviction', 'crisis-day'].includes(u.id)),
	unitCost('hour', '50', {
		hours: [{ profession: 'sociaal-werk', hours: d(1), source: 'per uur' }]
	}),
	unitCost('eviction', '8000', {
		payer: 'woningcorporatie',
		domain: 'wonen',
		hours: [
			{ profession: 'rechtspraak', hours: d(6), source: 'test: zitting en vonnis' },
			{ profession: 'politie', hours: d('2.5'), source: 'test: bijstand bij ontruiming' }
		]
	}),
	unitCost('crisis-day', '500', {
		payer: 'zorgverzekeraar',
		domain: 'ggz',
		grade: 3,
		hours: [{ profession: 'ggz', hours: d(8), source: 'test: een dienst per dag' }]
	})
];

const withHours = (cases: Case[], overrides: Partial<Omit<Scenario, 'cases'>> = {}) =>
	scenario(cases, { unitCosts: new Map(WITH_HOURS.map((u) => [u.id, u])), ...overrides });

const shown = (hours: HoursByProfession) =>
	Object.fromEntries(
		Object.entries(hours).map(([p, t]) => [p, [t.spent.toString(), t.avoided.toString()]])
	);

interface WorkedExample {
	name: string;
	scenario: Scenario;
	/** Per profession [spent, avoided], worked out by hand in the comment beside it. */
	expected: Record<string, [string, string]>;
}

const workedExamples: WorkedExample[] = [
	{
		name: 'social work spent, an eviction avoided at a 40% chance',
		// spent: 10 h × 1 = 10 h social work
		// avoided: 1 × (0.4 − 0) = 0.4 evictions × 6 h = 2.4 h court; × 2.5 h = 1 h police
		scenario: withHours([
			aCase('a', { costs: [cost('c', 'hour', 10)], effects: [effect('e', 'eviction', 1, 0.4)] })
		]),
		expected: { 'sociaal-werk': ['10', '0'], rechtspraak: ['0', '2.4'], politie: ['0', '1'] }
	},
	{
		name: 'corrections and optimism reduce hours as they reduce euros',
		// 1 × (0.5 − 0.1) × (1 − 0.25 deadweight) × (1 − 0.2 attribution) × (1 − 0.3 optimism, grade 4)
		// = 0.4 × 0.75 × 0.8 × 0.7 = 0.168 evictions × 6 h = 1.008 h court, × 2.5 h = 0.42 h police
		scenario: withHours(
			[
				aCase('a', {
					effects: [
						effect('e', 'eviction', 1, '0.5', {
							probabilityWith: d('0.1'),
							evidenceGrade: 4,
							adjustments: { ...NO_ADJUSTMENTS, deadweight: d('0.25'), attribution: d('0.2') }
						})
					]
				})
			],
			{
				assumptions: assumptions({
					optimism: { enabled: true, table: [0, 0.1, 0.2, 0.3, 0.4].map((x) => d(x)) as never }
				})
			}
		),
		expected: { rechtspraak: ['0', '1.008'], politie: ['0', '0.42'] }
	},
	{
		name: 'a recurring effect fades by drop-off over the horizon, twelve households',
		// 2 days a year × 1 × 8 h = 16 h in year 0, 16 × 0.5 = 8 h in year 1, 4 h in year 2 (horizon 3)
		// = 28 h for one household × 12 households = 336 h
		scenario: withHours(
			[
				aCase('a', {
					count: d(12),
					effects: [
						effect('e', 'crisis-day', 2, 1, {
							durationYears: 5,
							adjustments: { ...NO_ADJUSTMENTS, dropOff: d('0.5') }
						})
					]
				})
			],
			{ assumptions: assumptions({ horizonYears: 3 }) }
		),
		expected: { ggz: ['0', '336'] }
	},
	{
		name: 'a group shared by its participants, and an event that still happens with it',
		// spent: 24 h ÷ 8 participants = 3 h social work
		// avoided: 1 × (0.3 − 0.6) = −0.3 evictions: an added 1.8 h court and 0.75 h police
		scenario: withHours([
			aCase('a', {
				costs: [cost('c', 'hour', 24, { sharedBy: d(8) })],
				effects: [effect('e', 'eviction', 1, '0.3', { probabilityWith: d('0.6') })]
			})
		]),
		expected: { 'sociaal-werk': ['3', '0'], rechtspraak: ['0', '-1.8'], politie: ['0', '-0.75'] }
	}
];

describe('professional time', () => {
	it.each(workedExamples)('$name', ({ scenario: s, expected }) => {
		expect(shown(computeScenario(s).professionalTime.total)).toEqual(expected);
	});

	it('splits the hours by payer and by year, each adding up to the total', () => {
		const result = computeScenario(
			withHours(
				[
					aCase('a', {
						count: d(3),
						costs: [cost('c', 'hour', 4, { durationYears: 2 })],
						effects: [
							effect('e', 'eviction', 1, '0.5', { startYear: 1 }),
							effect('g', 'crisis-day', 1, 1, { durationYears: 2 })
						]
					})
				],
				{ assumptions: assumptions({ horizonYears: 4 }) }
			)
		);
		const time = result.professionalTime;
		// social work 4 h a year × 2 years × 3 households = 24 h, by the municipality's Wmo budget
		expect(shown(time.byPayer['gemeente-wmo']!)).toEqual({ 'sociaal-werk': ['24', '0'] });
		expect(shown(time.byPayer.woningcorporatie!)).toEqual({
			rechtspraak: ['0', '9'],
			politie: ['0', '3.75']
		});
		expect(shown(time.byYear[1]!.hours)).toEqual({
			'sociaal-werk': ['12', '0'],
			rechtspraak: ['0', '9'],
			politie: ['0', '3.75'],
			ggz: ['0', '24']
		});
		expect(time.byYear[3]!.hours).toEqual({});
		const traced = time.lines.find((l) => l.lineId === 'e' && l.profession === 'rechtspraak')!;
		expect([traced.perUnit, traced.firstYearUnits, traced.hours].map(String)).toEqual([
			'6',
			'0.5',
			'9'
		]);
		expect(traced.source).toBe('test: zitting en vonnis');
	});

	it('counts no hours for a line that is not counted, nor for a unit cost without hours', () => {
		const result = computeScenario(
			withHours([
				aCase('a', {
					costs: [cost('v', 'hour', 10, { volunteer: true })],
					effects: [effect('e', 'shelter-night', 30, 1)]
				})
			])
		);
		expect(result.professionalTime.total).toEqual({});
		expect(result.professionalTime.lines).toEqual([]);
	});
});

const hoursArb = fc.record({
	count: fc.integer({ min: 1, max: 30 }),
	hours: fc.integer({ min: 0, max: 60 }),
	quantity: fc.integer({ min: 0, max: 500 }).map((n) => new D(n).dividedBy(100)),
	p: fc.integer({ min: 0, max: 100 }).map((n) => new D(n).dividedBy(100)),
	startYear: fc.integer({ min: 0, max: 3 }),
	durationYears: fc.integer({ min: 1, max: 6 }),
	dropOff: fc.integer({ min: 0, max: 100 }).map((n) => new D(n).dividedBy(100))
});

const totalHours = (s: Scenario) =>
	Object.entries(computeScenario(s).professionalTime.total).map(([p, t]): [string, Dec, Dec] => [
		p,
		t.spent,
		t.avoided
	]);

describe('professional time, for any case', () => {
	it('never depends on the discount rate, its convention or the price year', () => {
		fc.assert(
			fc.property(
				hoursArb,
				fc.constantFrom('0', '0.0225', '0.035', '0.1'),
				fc.constantFrom('year-0', 'year-1'),
				fc.constantFrom(2022, 2023, 2024),
				(c, rate, convention, priceYear) => {
					const cases = [
						aCase('a', {
							count: d(c.count),
							costs: [cost('c', 'hour', c.hours)],
							effects: [
								effect('e', 'crisis-day', c.quantity.toString(), c.p.toString(), {
									startYear: c.startYear,
									durationYears: c.durationYears,
									adjustments: { ...NO_ADJUSTMENTS, dropOff: c.dropOff }
								})
							]
						})
					];
					const plain = totalHours(withHours(cases));
					const varied = totalHours(
						withHours(cases, {
							assumptions: assumptions({
								discountRate: d(rate),
								discountConvention: convention as 'year-0' | 'year-1',
								priceYear
							})
						})
					);
					expect(varied.map(String)).toEqual(plain.map(String));
				}
			)
		);
	});

	it('adds up: the years and the payers each sum to the total, exactly', () => {
		fc.assert(
			fc.property(fc.array(hoursArb, { minLength: 1, maxLength: 4 }), (list) => {
				const cases = list.map((c, i) =>
					aCase(`case-${i}`, {
						count: d(c.count),
						costs: [cost('c', 'hour', c.hours)],
						effects: [
							effect('e', 'eviction', c.quantity.toString(), c.p.toString(), {
								startYear: c.startYear,
								durationYears: c.durationYears
							})
						]
					})
				);
				const time = computeScenario(withHours(cases)).professionalTime;
				for (const [profession, tally] of Object.entries(time.total)) {
					const key = profession as keyof HoursByProfession;
					for (const side of ['spent', 'avoided'] as const) {
						const byYear = time.byYear.reduce(
							(n, y) => n.plus(y.hours[key]?.[side] ?? 0),
							new D(0)
						);
						const byPayer = Object.values(time.byPayer).reduce(
							(n, p) => n.plus(p[key]?.[side] ?? 0),
							new D(0)
						);
						expect(byYear.eq(tally[side])).toBe(true);
						expect(byPayer.eq(tally[side])).toBe(true);
					}
				}
			})
		);
	});
});
