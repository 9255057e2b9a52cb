import { describe, expect, it } from 'vitest';
import { aCase, assumptions, cost, d, effect, scenario } from '$test/builders';
import { computeScenario } from './compute';
import type { Case } from './model';
import { encodeResult } from '../schemas/result';
import { NO_ADJUSTMENTS } from './timeline';

/** The same facts told twice: as two timelines of dated events, and as cost lines and effects. */
const asTimelines: Case = aCase('told', {
	timelines: {
		intervention: [
			{
				id: 'coach',
				label: 'coach',
				month: 0,
				unitCostId: 'hour',
				quantity: d(12),
				durationYears: 1,
				kind: 'support',
				volunteer: false
			},
			{
				id: 'group',
				label: 'group',
				month: 14,
				unitCostId: 'hour',
				quantity: d(30),
				durationYears: 2,
				kind: 'support',
				sharedBy: d(6),
				volunteer: false
			},
			{
				id: 'gp',
				label: 'gp',
				month: 3,
				unitCostId: 'crisis-day',
				quantity: d(1),
				durationYears: 1,
				kind: 'event',
				volunteer: false
			}
		],
		reference: [
			{
				id: 'eviction',
				label: 'eviction',
				month: 5,
				unitCostId: 'eviction',
				quantity: d(1),
				durationYears: 1,
				probability: d('0.4'),
				probabilityWith: d('0.1'),
				adjustments: NO_ADJUSTMENTS
			},
			{
				id: 'shelter',
				label: 'shelter',
				month: 7,
				unitCostId: 'shelter-night',
				quantity: d(60),
				durationYears: 1,
				probability: d('0.5'),
				probabilityWith: d(0),
				parentId: 'eviction',
				adjustments: { ...NO_ADJUSTMENTS, attribution: d('0.1') }
			},
			{
				id: 'benefit',
				label: 'benefit',
				month: 13,
				unitCostId: 'benefit-month',
				quantity: d(12),
				durationYears: 2,
				probability: d('0.3'),
				probabilityWith: d(0),
				adjustments: NO_ADJUSTMENTS
			}
		]
	}
});

const asEffects: Case = aCase('told', {
	costs: [
		cost('coach', 'hour', 12),
		cost('group', 'hour', 30, { year: 1, durationYears: 2, sharedBy: d(6) })
	],
	effects: [
		effect('gp', 'crisis-day', 1, 0, { probabilityWith: d(1) }),
		effect('eviction', 'eviction', 1, '0.4', { probabilityWith: d('0.1') }),
		effect('shelter', 'shelter-night', 60, '0.5', {
			parentId: 'eviction',
			adjustments: { ...NO_ADJUSTMENTS, attribution: d('0.1') }
		}),
		effect('benefit', 'benefit-month', 12, '0.3', { startYear: 1, durationYears: 2 })
	]
});

describe('the two entry forms of a case', () => {
	it('give the same result for the same facts', () => {
		const settings = { assumptions: assumptions({ discountRate: d('0.0225') }) };
		const fromTimelines = encodeResult(computeScenario(scenario([asTimelines], settings)));
		const fromEffects = encodeResult(computeScenario(scenario([asEffects], settings)));
		const withoutPaths = (r: typeof fromTimelines) => ({
			...r,
			lines: r.lines.map(({ path: _path, ...line }) => line)
		});
		expect(withoutPaths(fromTimelines)).toEqual(withoutPaths(fromEffects));
	});

	it('keep the path of the timeline event each line came from', () => {
		const lines = computeScenario(scenario([asTimelines])).lines;
		expect(lines.find((l) => l.id === 'shelter')?.path).toBe('cases[0].timelines.reference[1]');
		expect(lines.find((l) => l.id === 'group')?.path).toBe('cases[0].timelines.intervention[1]');
	});
});
