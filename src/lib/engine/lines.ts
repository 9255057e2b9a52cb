import { ONE, ZERO, type Dec } from './decimal';
import type { ChainProbabilities } from './chains';
import type { Assumptions, Case, CostLine, Effect, PriceIndex, UnitCost } from './model';
import { amountInPriceYear } from './price-index';
import type { ExclusionReason, Factor, PricedUnitCost, ResultLine } from './result';
import type { Sourced } from './timeline';
import { ADJUSTMENTS, type ConfidenceGrade, type Payer } from './vocabulary';

/** What every line of a scenario is priced with, computed once per scenario. */
export interface Pricing {
	assumptions: Assumptions;
	unitCosts: ReadonlyMap<string, UnitCost>;
	priceIndex: PriceIndex;
	discountFactors: readonly Dec[];
	priced: Map<string, PricedUnitCost>;
	/** Present value of 1 a year over a span, fading by drop-off, memoised per span. */
	spanFactors: Map<string, Dec>;
}

/** Σ (1 − dropOff)^(t − start) × discountFactor(t) over the active years within the horizon. */
function spanFactor(pricing: Pricing, start: number, duration: number, dropOff: Dec): Dec {
	const key = `${start}:${duration}:${dropOff.isZero() ? '' : dropOff.toString()}`;
	let factor = pricing.spanFactors.get(key);
	if (factor === undefined) {
		const keep = ONE.minus(dropOff);
		const end = Math.min(start + duration, pricing.discountFactors.length);
		let weight = ONE;
		factor = ZERO;
		for (let t = start; t < end; t++) {
			factor = factor.plus(weight.times(pricing.discountFactors[t]!));
			weight = weight.times(keep);
		}
		pricing.spanFactors.set(key, factor);
	}
	return factor;
}

/** x × (1 − fraction), skipping the work where the fraction is 0, as most adjustments are. */
function reduceBy(amount: Dec, fraction: Dec): Dec {
	return fraction.isZero() ? amount : amount.times(ONE.minus(fraction));
}

export function pricedUnitCost(
	pricing: Pricing,
	id: string
): { cost: UnitCost; priced: PricedUnitCost } {
	const cost = pricing.unitCosts.get(id);
	if (!cost) throw new RangeError(`Unknown unit cost ${id}`);
	let priced = pricing.priced.get(id);
	if (!priced) {
		const { priceYear } = pricing.assumptions;
		priced = {
			id,
			label: cost.label,
			unit: cost.unit,
			amount: cost.amount,
			priceYear: cost.priceYear,
			indexedAmount: amountInPriceYear(cost.amount, cost, priceYear, pricing.priceIndex),
			faceValue: cost.faceValue ?? false,
			source: cost.source,
			grade: cost.grade,
			overridden: cost.overridden ?? false
		};
		pricing.priced.set(id, priced);
	}
	return { cost, priced };
}

/**
 * A line's undiscounted amount in each year 0 .. horizon − 1, fading by drop-off (docs/method.md, "One effect, year by year").
 * Computed on demand, for charts and exports: totals never need it, so a portfolio does not pay
 * for it.
 */
export function lineYears(line: ResultLine, horizon: number): Dec[] {
	return fadingYears(line.firstYearAmount, line, horizon);
}

/** A first year's quantity carried over a line's span, fading by its drop-off; zero elsewhere. */
export function fadingYears(
	first: Dec,
	{ startYear, durationYears, dropOff }: Timing,
	horizon: number
): Dec[] {
	const years: Dec[] = new Array<Dec>(horizon).fill(ZERO);
	const keep = ONE.minus(dropOff);
	let amount = first;
	for (let t = startYear; t < Math.min(startYear + durationYears, horizon); t++) {
		years[t] = amount;
		if (!dropOff.isZero()) amount = amount.times(keep);
	}
	return years;
}

function exclusionFor(
	pricing: Pricing,
	cost: UnitCost,
	volunteer: boolean
): ExclusionReason | undefined {
	if (volunteer && !pricing.assumptions.valueVolunteerTime) return 'volunteer-not-valued';
	if (cost.valueType === 'social' && !pricing.assumptions.valueSocialEffects)
		return 'social-not-valued';
	return undefined;
}

interface Timing {
	startYear: number;
	durationYears: number;
	dropOff: Dec;
}

/** A line of either kind, valued over the years: PV = first-year amount × span factor. */
function resultLine(
	pricing: Pricing,
	c: Case,
	{ item, path }: Sourced<{ id: string; label: string; payer?: Payer }>,
	kind: ResultLine['kind'],
	{ cost, priced, grade }: { cost: UnitCost; priced: PricedUnitCost; grade: ConfidenceGrade },
	factors: Factor[],
	first: Dec,
	{ startYear, durationYears, dropOff }: Timing,
	excluded: ExclusionReason | undefined
): ResultLine {
	const presentValue = first.times(spanFactor(pricing, startYear, durationYears, dropOff));
	const line: ResultLine = {
		id: item.id,
		caseId: c.id,
		path,
		kind,
		label: item.label,
		payer: item.payer ?? cost.payer,
		domain: cost.domain,
		valueType: cost.valueType,
		unitCost: priced,
		grade,
		factors,
		startYear,
		durationYears,
		dropOff,
		firstYearAmount: first,
		presentValue,
		count: c.count,
		weightedPresentValue: c.count.eq(ONE) ? presentValue : presentValue.times(c.count),
		counted: excluded === undefined
	};
	if (excluded) line.excludedBecause = excluded;
	return line;
}

/** Intervention cost q × a / participants per year (docs/method.md, "Intervention costs"). */
export function costResultLine(
	pricing: Pricing,
	c: Case,
	{ item, path }: Sourced<CostLine>
): ResultLine {
	const { cost, priced } = pricedUnitCost(pricing, item.unitCostId);
	const factors: Factor[] = [
		{ name: 'quantity', value: item.quantity },
		{ name: 'unitCost', value: priced.indexedAmount }
	];
	let first = item.quantity.times(priced.indexedAmount);
	if (item.sharedBy !== undefined) {
		factors.push({ name: 'sharedBy', value: item.sharedBy });
		first = first.dividedBy(item.sharedBy);
	}
	const timing = { startYear: item.year, durationYears: item.durationYears, dropOff: ZERO };
	const exclusion = exclusionFor(pricing, cost, item.volunteer);
	return resultLine(
		pricing,
		c,
		{ item, path },
		'cost',
		{ cost, priced, grade: cost.grade },
		factors,
		first,
		timing,
		exclusion
	);
}

/** The weaker of the unit cost's and the effect's own evidence grade (docs/method.md). */
const weakerGrade = (unitCostGrade: ConfidenceGrade, evidenceGrade?: ConfidenceGrade) =>
	Math.max(unitCostGrade, evidenceGrade ?? unitCostGrade) as ConfidenceGrade;

function optimismFor(pricing: Pricing, grade: ConfidenceGrade): Dec {
	const { optimism } = pricing.assumptions;
	if (!optimism.enabled) return ZERO;
	return optimism.table[grade - 1]!;
}

/**
 * net_e(t) = q × a × (p − p') × (1 − deadweight) × (1 − attribution) × (1 − displacement)
 *            × (1 − dropOff)^(t − s) × (1 − optimism)   (docs/method.md, "One effect, year by year"),
 * with p and p' multiplied along the chain and q times the cohort's successes where given.
 */
export function effectResultLine(
	pricing: Pricing,
	c: Case,
	{ item, path }: Sourced<Effect>,
	chain: ChainProbabilities
): ResultLine {
	const { cost, priced } = pricedUnitCost(pricing, item.unitCostId);
	const { deadweight, attribution, displacement, dropOff } = item.adjustments;
	const grade = weakerGrade(cost.grade, item.evidenceGrade);
	const optimism = optimismFor(pricing, grade);
	const factors: Factor[] = [{ name: 'quantity', value: item.quantity }];
	let quantity = item.quantity;
	if (item.cohort) {
		const { participants, engagementRate, successRate } = item.cohort;
		const successes = participants.times(engagementRate).times(successRate);
		factors.push({ name: 'successes', value: successes });
		quantity = quantity.times(successes);
	}
	factors.push(
		{ name: 'unitCost', value: priced.indexedAmount },
		{ name: 'probabilityWithout', value: chain.probabilityWithout },
		{ name: 'probabilityWith', value: chain.probabilityWith }
	);
	// An adjustment of 0 changes nothing, so it is left out of the explanation.
	const adjustments = { deadweight, attribution, displacement, optimism, dropOff };
	for (const name of ADJUSTMENTS)
		if (!adjustments[name].isZero()) factors.push({ name, value: adjustments[name] });
	const gross = quantity
		.times(priced.indexedAmount)
		.times(chain.probabilityWithout.minus(chain.probabilityWith));
	const first = [deadweight, attribution, displacement, optimism].reduce(reduceBy, gross);
	const timing = { startYear: item.startYear, durationYears: item.durationYears, dropOff };
	const exclusion = exclusionFor(pricing, cost, false);
	const line = resultLine(
		pricing,
		c,
		{ item, path },
		'effect',
		{ cost, priced, grade },
		factors,
		first,
		timing,
		exclusion
	);
	if (chain.ancestors.length > 0) line.chain = chain;
	return line;
}
