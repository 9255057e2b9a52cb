import {
	D,
	NO_ADJUSTMENTS,
	type Assumptions,
	type Case,
	type CostLine,
	type Dec,
	type Effect,
	type PriceIndex,
	type Scenario,
	type UnitCost
} from '../../src/lib/engine';

/** A tiny index whose factors are easy to check by hand: 2022 = 100, 2023 = 110, 2024 = 121. */
export const TEST_INDEX: PriceIndex = {
	id: 'test-index',
	source: 'test',
	values: new Map([
		[2022, new D(100)],
		[2023, new D(110)],
		[2024, new D(121)]
	])
};

export function unitCost(id: string, amount: string, overrides: Partial<UnitCost> = {}): UnitCost {
	return {
		id,
		label: { nl: id, en: id },
		amount: new D(amount),
		unit: 'per unit',
		priceYear: 2024,
		payer: 'gemeente-wmo',
		domain: 'sociaal-werk',
		valueType: 'fiscal',
		grade: 1,
		source: 'test',
		...overrides
	};
}

export const UNIT_COSTS: UnitCost[] = [
	unitCost('hour', '50'),
	unitCost('eviction', '8000', { payer: 'woningcorporatie', domain: 'wonen' }),
	unitCost('shelter-night', '60', { domain: 'wonen' }),
	unitCost('crisis-day', '500', { payer: 'zorgverzekeraar', domain: 'ggz', grade: 3 }),
	unitCost('benefit-month', '1000', {
		payer: 'gemeente-participatie',
		domain: 'schulden-inkomen',
		valueType: 'transfer'
	}),
	unitCost('old-price', '100', { priceYear: 2022 }),
	unitCost('volunteer-hour', '20', { payer: 'overig', domain: 'informeel', valueType: 'economic' }),
	unitCost('wellbeing', '1000', { payer: 'huishouden', domain: 'informeel', valueType: 'social' })
];

export function assumptions(overrides: Partial<Assumptions> = {}): Assumptions {
	return {
		priceYear: 2024,
		discountRate: new D(0),
		discountConvention: 'year-0',
		horizonYears: 5,
		optimism: { enabled: false, table: [0, 0.1, 0.2, 0.3, 0.4].map((x) => new D(x)) as never },
		valueVolunteerTime: false,
		valueSocialEffects: true,
		...overrides
	};
}

export function cost(
	id: string,
	unitCostId: string,
	quantity: number | string,
	extra: Partial<CostLine> = {}
): CostLine {
	return {
		id,
		label: id,
		unitCostId,
		quantity: new D(quantity),
		year: 0,
		durationYears: 1,
		volunteer: false,
		...extra
	};
}

export function effect(
	id: string,
	unitCostId: string,
	quantity: number | string,
	probabilityWithout: number | string,
	extra: Partial<Effect> = {}
): Effect {
	return {
		id,
		label: id,
		unitCostId,
		quantity: new D(quantity),
		probabilityWithout: new D(probabilityWithout),
		probabilityWith: new D(0),
		startYear: 0,
		durationYears: 1,
		adjustments: NO_ADJUSTMENTS,
		...extra
	};
}

export function aCase(id: string, parts: Partial<Case> = {}): Case {
	return { id, label: id, count: new D(1), costs: [], effects: [], ...parts };
}

export function scenario(
	cases: Case[],
	overrides: Partial<Omit<Scenario, 'cases'>> = {}
): Scenario {
	return {
		id: 'test',
		label: 'test',
		assumptions: assumptions(),
		unitCosts: new Map(UNIT_COSTS.map((u) => [u.id, u])),
		priceIndex: TEST_INDEX,
		cases,
		...overrides
	};
}

export const d = (value: number | string): Dec => new D(value);
export const cents = (value: Dec | null): string | null =>
	value === null ? null : value.toFixed(2, D.ROUND_HALF_EVEN);
