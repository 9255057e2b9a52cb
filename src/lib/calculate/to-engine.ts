import {
	D,
	EFFECT_ADJUSTMENTS,
	ZERO,
	type Adjustments,
	type Assumptions,
	type Case,
	type Dec,
	type PriceIndex,
	type Problem,
	type ReferenceEvent,
	type Scenario
} from '../engine';
import { CBS_CPI, withForecast } from '../catalog/cpi';
import { CATALOG, unitCostsFor, type Catalog } from '../catalog/catalog';
import type * as z from 'zod';
import type { PriceIndexEntry } from '../schemas/price-index';
import type { assumptionsSchema, caseSchema, ScenarioFile } from '../schemas/scenario';
import { citation, type UnitCostEntry } from '../schemas/unit-cost';

const HUNDRED = new D(100);

type AdjustmentInput = Partial<Record<keyof Adjustments, Dec>>;

/** An entry's own fields apart from its corrections, which are set where it has none. */
function withAdjustments<T extends AdjustmentInput>(
	input: T
): [Omit<T, keyof Adjustments>, Adjustments] {
	const rest: Record<string, unknown> = { ...input };
	const adjustments = {} as Adjustments;
	for (const name of EFFECT_ADJUSTMENTS) {
		adjustments[name] = input[name] ?? ZERO;
		delete rest[name];
	}
	return [rest as Omit<T, keyof Adjustments>, adjustments];
}

function assumptions(input: z.output<typeof assumptionsSchema>): Assumptions {
	const [g1, g2, g3, g4, g5] = input.optimism.tablePct.map((pct) => pct.dividedBy(HUNDRED));
	return {
		priceYear: input.priceYear,
		discountRate: input.discountRatePct.dividedBy(HUNDRED),
		discountConvention: input.discountConvention,
		horizonYears: input.horizonYears,
		optimism: { enabled: input.optimism.enabled, table: [g1!, g2!, g3!, g4!, g5!] },
		valueVolunteerTime: input.valueVolunteerTime,
		valueSocialEffects: input.valueSocialEffects
	};
}

function toCase(input: z.output<typeof caseSchema>): Case {
	const result: Case = {
		id: input.id,
		label: input.label,
		count: input.count,
		costs: input.costs,
		effects: input.effects.map((entry) => {
			const [effect, adjustments] = withAdjustments(entry);
			return { ...effect, probabilityWith: effect.probabilityWith ?? ZERO, adjustments };
		})
	};
	if (input.timelines) {
		result.timelines = {
			intervention: input.timelines.intervention,
			reference: input.timelines.reference.map((entry): ReferenceEvent => {
				const [{ probability, probabilityWith, ...event }, adjustments] = withAdjustments(entry);
				return {
					...event,
					probability: probability ?? new D(1),
					probabilityWith: probabilityWith ?? ZERO,
					adjustments
				};
			})
		};
	}
	return result;
}

function priceIndex(entry: PriceIndexEntry): PriceIndex {
	return {
		id: entry.id,
		source: citation(entry.source),
		values: new Map(Object.entries(entry.values).map(([year, value]) => [Number(year), value]))
	};
}

type Mapped<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function scenarioIndex(file: ScenarioFile): Mapped<PriceIndex> {
	const base = file.priceIndex ? priceIndex(file.priceIndex) : CBS_CPI;
	const forecast = file.priceIndexForecast;
	if (!forecast) return { ok: true, value: base };
	const changes = new Map(
		Object.entries(forecast.yearlyChangePct).map(([y, pct]) => [Number(y), pct])
	);
	const extended = withForecast(base, forecast.label, changes);
	if (extended.ok) return { ok: true, value: extended.index };
	const { expectedYear, year } = extended;
	const path = `priceIndexForecast.yearlyChangePct.${year}`;
	return {
		ok: false,
		problems: [{ path, code: 'forecast-not-consecutive', params: { expectedYear, year } }]
	};
}

/**
 * The one mapping from a validated scenario file to the engine's model (STYLE.md). An
 * organisation's own figures, then the scenario's, override the catalog and are marked as such.
 */
export function toEngineScenario(
	file: ScenarioFile,
	catalog: Catalog = CATALOG,
	organisationFigures: readonly UnitCostEntry[] = []
): Mapped<Scenario> {
	const index = scenarioIndex(file);
	if (!index.ok) return index;
	const scenario: Scenario = {
		id: file.id,
		label: file.label,
		assumptions: assumptions(file.assumptions),
		unitCosts: unitCostsFor(catalog, [...organisationFigures, ...file.unitCosts]),
		priceIndex: index.value,
		cases: file.cases.map(toCase),
		uncertainty: file.uncertainty
	};
	scenario.catalogVersion = catalog.version;
	return { ok: true, value: scenario };
}
