import { SCENARIO_FORMAT } from '../../src/lib/schemas/scenario';

/**
 * A case with many households, each its own line, as large as the API takes: 3,000 cases come
 * to about 480 KiB of JSON. What a worker thread is for.
 */
export function largeScenario(cases = 3_000) {
	return {
		format: SCENARIO_FORMAT,
		id: 'groot',
		label: 'Een wijk, huishouden voor huishouden',
		assumptions: { priceYear: 2024, discountRatePct: '2.25', horizonYears: 3 },
		cases: Array.from({ length: cases }, (_, i) => ({
			id: `c${i}`,
			label: `H${i}`,
			effects: [
				{
					id: 'b',
					label: 'Begeleiding',
					unitCostId: 'zorg.begeleiding-individueel-uur',
					quantity: '8',
					probabilityWithout: '0.5'
				}
			]
		}))
	};
}
