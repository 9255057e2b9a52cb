import { D, NO_ADJUSTMENTS, type Case, type Scenario } from '../src/lib/engine';
import { parseScenario } from '../src/lib/calculate/calculate';

const UNIT_COSTS = [
	'wonen.huisuitzetting',
	'wonen.nachtopvang-nacht',
	'schulden.schuldhulptraject',
	'ggz.crisisopname-dag',
	'zorg.seh-bezoek',
	'inkomen.bijstand-alleenstaande-maand',
	'jeugd.uithuisplaatsing-jaar',
	'zorg.begeleiding-individueel-uur',
	'ggz.contact-gespecialiseerd',
	'schulden.beschermingsbewind'
];

/** A deterministic portfolio: `cases` cases of 10 effects each, varied but reproducible. */
export function benchScenario(cases: number, horizonYears = 10): Scenario {
	const base = parseScenario({
		format: 'effectwijzer-scenario/1',
		id: 'bench',
		label: 'Benchmark',
		assumptions: { priceYear: 2024, horizonYears },
		cases: [{ id: 'seed', label: 'seed' }]
	});
	if (!base.ok) throw new Error('bench scenario does not validate');
	const makeCase = (i: number): Case => ({
		id: `case-${i}`,
		label: `Case ${i}`,
		count: new D((i % 40) + 1),
		costs: [
			{
				id: 'hours',
				label: 'hours',
				unitCostId: 'sociaalwerk.uur',
				quantity: new D(10 + (i % 30)),
				year: 0,
				durationYears: 1,
				volunteer: false
			}
		],
		effects: UNIT_COSTS.map((unitCostId, e) => ({
			id: `effect-${e}`,
			label: unitCostId,
			unitCostId,
			quantity: new D(1 + ((i + e) % 12)),
			probabilityWithout: new D(((i * 7 + e * 13) % 90) + 5).dividedBy(100),
			probabilityWith: new D((e % 3) * 2).dividedBy(100),
			startYear: e % 3,
			durationYears: 1 + ((i + e) % 6),
			adjustments: {
				...NO_ADJUSTMENTS,
				attribution: new D('0.2'),
				dropOff: new D(e % 2 === 0 ? '0.1' : '0')
			},
			...(e > 0 && e % 4 === 0 ? { parentId: `effect-${e - 1}` } : {})
		}))
	});
	return { ...base.scenario, cases: Array.from({ length: cases }, (_, i) => makeCase(i)) };
}
