import type { Dec } from './decimal';
import type { Distribution } from './simulation/distributions';
import type {
	BilingualText,
	ConfidenceGrade,
	DiscountConvention,
	Domain,
	Payer,
	Profession,
	ValueType
} from './vocabulary';

/** Hours of one group's professional work that one unit stands for, with where that comes from. */
export interface ProfessionalHours {
	profession: Profession;
	hours: Dec;
	source: string;
}

/**
 * How many units one household normally has in one year of a line, and why: a bound a case may
 * pass, but only with a reason (docs/method.md, "Plausibility").
 */
export interface UsualQuantity {
	/** What a quantity of this unit counts, for its field ("Aantal nachten") and its findings. */
	counts: BilingualText;
	/** The most one household usually has in one year. */
	high: Dec;
	/** The most one year can hold for one household at all (twelve months of one benefit). */
	yearHolds?: Dec;
	reason: BilingualText;
}

/** A sourced amount per unit (kengetal). The engine reads the amount and tags; the rest travels. */
export interface UnitCost {
	id: string;
	label: BilingualText;
	amount: Dec;
	unit: string;
	priceYear: number;
	payer: Payer;
	domain: Domain;
	valueType: ValueType;
	grade: ConfidenceGrade;
	source: string;
	/** Marked where an organisation or scenario replaced the catalog figure with its own. */
	overridden?: boolean;
	/** The range the source gives, for sensitivity analysis; ±25% where it gives none. */
	low?: Dec;
	high?: Dec;
	/**
	 * An amount per euro or a statutory share (a payment counted at face value, a surcharge of 50%
	 * of a fine): the same in every price year, so it is never indexed.
	 */
	faceValue?: boolean;
	/** The professional work one unit stands for; counted beside the euros, never priced. */
	hours?: readonly ProfessionalHours[];
	usual?: UsualQuantity;
}

/** A price index (e.g. CBS CPI, 2015 = 100) by calendar year. */
export interface PriceIndex {
	id: string;
	source: string;
	values: ReadonlyMap<number, Dec>;
	/** Years that come from a user-entered forecast, not the source: every report labels them. */
	forecast?: { label: string; years: ReadonlySet<number> };
}

/** Fractions in [0, 1]; each defaults to 0 (docs/method.md, "One effect, year by year"). */
export interface Adjustments {
	deadweight: Dec;
	attribution: Dec;
	displacement: Dec;
	dropOff: Dec;
}

/** participants × engagement rate × success rate successes, each priced as one effect. */
export interface Cohort {
	participants: Dec;
	engagementRate: Dec;
	successRate: Dec;
}

export interface Effect {
	id: string;
	label: string;
	unitCostId: string;
	/** Per year while the effect lasts; occurrences for a one-off event. */
	quantity: Dec;
	/** p: probability it would have happened without the intervention (conditional on parent). */
	probabilityWithout: Dec;
	/** p': probability it still happens with the intervention (conditional on parent). */
	probabilityWith: Dec;
	startYear: number;
	durationYears: number;
	adjustments: Adjustments;
	/** Grade of the evidence for this effect; the weaker of it and the unit cost's grade counts. */
	evidenceGrade?: ConfidenceGrade;
	/** "Leads to": this effect follows from its parent, and its probabilities are conditional. */
	parentId?: string;
	/** Effects that measure the same change share a group; only the largest counts. */
	overlapGroup?: string;
	cohort?: Cohort;
	payer?: Payer;
}

export interface CostLine {
	id: string;
	label: string;
	unitCostId: string;
	quantity: Dec;
	year: number;
	durationYears: number;
	/** A collective intervention entered at its total: this case bears total / participants. */
	sharedBy?: Dec;
	/** Volunteer time: counted only when the scenario values it. */
	volunteer: boolean;
	payer?: Payer;
}

/** A dated event on one of the two timelines (docs/method.md, "Two timelines"). */
export interface TimelineEvent {
	id: string;
	label: string;
	/** Months from the start of the case; the event falls in year floor(month / 12). */
	month: number;
	unitCostId: string;
	quantity: Dec;
	/** Repeats each year for this many years (a yearly quantity), default 1. */
	durationYears: number;
	payer?: Payer;
}

export interface InterventionEvent extends TimelineEvent {
	/** support: part of the intervention (a cost); event: what still happens with it. */
	kind: 'support' | 'event';
	sharedBy?: Dec;
	volunteer: boolean;
}

export interface ReferenceEvent extends TimelineEvent {
	/** Probability that it would have happened without the intervention, default 1. */
	probability: Dec;
	/** Probability that it still happens with the intervention, default 0. */
	probabilityWith: Dec;
	cohort?: Cohort;
	parentId?: string;
	overlapGroup?: string;
	adjustments: Adjustments;
	evidenceGrade?: ConfidenceGrade;
}

export interface Timelines {
	intervention: InterventionEvent[];
	reference: ReferenceEvent[];
}

export interface Case {
	id: string;
	label: string;
	/** How many households this case stands for in the portfolio. */
	count: Dec;
	costs: CostLine[];
	effects: Effect[];
	timelines?: Timelines;
}

export interface OptimismSetting {
	enabled: boolean;
	/** Correction by confidence grade 1..5 (index 0 is grade 1). */
	table: readonly [Dec, Dec, Dec, Dec, Dec];
}

export interface Assumptions {
	priceYear: number;
	/** Real discount rate as a fraction (0.0225 for 2.25%). */
	discountRate: Dec;
	discountConvention: DiscountConvention;
	horizonYears: number;
	optimism: OptimismSetting;
	valueVolunteerTime: boolean;
	valueSocialEffects: boolean;
}

/** An input that carries a distribution, named by its input id (input-id.ts). */
export interface UncertainInput {
	input: string;
	distribution: Distribution;
}

/** A portfolio of cases with the assumptions and the unit costs and index they are priced with. */
export interface Scenario {
	id: string;
	label: string;
	/** The catalog version the unit costs come from, carried into the result for reproducibility. */
	catalogVersion?: string;
	assumptions: Assumptions;
	unitCosts: ReadonlyMap<string, UnitCost>;
	priceIndex: PriceIndex;
	cases: Case[];
	/** Inputs that carry a distribution, for Monte Carlo (docs/method.md, "Uncertainty"). */
	uncertainty?: UncertainInput[];
}
