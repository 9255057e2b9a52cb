import type { Dec } from './decimal';
import type { Assumptions } from './model';
import type {
	BilingualText,
	ConfidenceGrade,
	Domain,
	Payer,
	PayerGroup,
	Profession,
	ValueType
} from './vocabulary';

/** One named input of a line's formula, so a figure can be traced to what made it. */
export type FactorName =
	| 'quantity'
	| 'successes'
	| 'unitCost'
	| 'sharedBy'
	| 'probabilityWithout'
	| 'probabilityWith'
	| 'deadweight'
	| 'attribution'
	| 'displacement'
	| 'optimism'
	| 'dropOff';

export interface Factor {
	name: FactorName;
	value: Dec;
}

export type ExclusionReason = 'overlap' | 'volunteer-not-valued' | 'social-not-valued';

export interface PricedUnitCost {
	id: string;
	label: BilingualText;
	unit: string;
	amount: Dec;
	priceYear: number;
	/** The amount in prices of the scenario's price year (the amount itself at face value). */
	indexedAmount: Dec;
	/** Per euro or a statutory share: not indexed (model.ts, UnitCost.faceValue). */
	faceValue: boolean;
	source: string;
	grade: ConfidenceGrade;
	overridden: boolean;
}

/**
 * One cost line or effect of one case, year by year, for one household. Cost lines hold what the
 * intervention costs; effect lines what is avoided (negative where a cost is added).
 */
export interface ResultLine {
	id: string;
	caseId: string;
	/** JSON path of the input entry the line came from. */
	path: string;
	kind: 'cost' | 'effect';
	label: string;
	payer: Payer;
	domain: Domain;
	valueType: ValueType;
	unitCost: PricedUnitCost;
	/** How well founded the line is: an effect takes the weaker of its own and its unit cost's. */
	grade: ConfidenceGrade;
	/** The inputs of the formula; adjustments that are 0 are left out. */
	factors: Factor[];
	/** Probabilities after multiplying along the chain of parents. */
	chain?: { ancestors: string[]; probabilityWithout: Dec; probabilityWith: Dec };
	startYear: number;
	durationYears: number;
	/** Yearly fading after the first year (0 for cost lines). */
	dropOff: Dec;
	/** Amount in the first year, before drop-off and discounting. */
	firstYearAmount: Dec;
	presentValue: Dec;
	count: Dec;
	/** presentValue × the case's count. */
	weightedPresentValue: Dec;
	counted: boolean;
	excludedBecause?: ExclusionReason;
	/** For an effect dropped as overlapping: the line kept in its place. */
	overlapKeptId?: string;
}

/** Costs (C), benefits (B), NPV = B − C, BCR = B / C (null where C = 0), payback year. */
export interface Totals {
	costs: Dec;
	benefits: Dec;
	npv: Dec;
	bcr: Dec | null;
}

export interface Breakdown {
	/** All value types but transfers (social only where valued). */
	societal: Totals;
	/** Fiscal values and transfers: the net budget impact. */
	financial: Totals;
	/** Transfers, shown on their own line and netted out of the societal case. */
	transfers: Dec;
	lineIds: string[];
}

export interface YearRow {
	year: number;
	discountFactor: Dec;
	societal: { costs: Dec; benefits: Dec; net: Dec; presentNet: Dec; cumulativePresentNet: Dec };
	financial: { costs: Dec; benefits: Dec; net: Dec; presentNet: Dec; cumulativePresentNet: Dec };
}

export interface CaseResult extends Breakdown {
	caseId: string;
	label: string;
	count: Dec;
	/** The same figures for a single household of this case. */
	perHousehold: { societal: Totals; financial: Totals; transfers: Dec };
}

export interface Payback {
	societal: number | null;
	financial: number | null;
}

/** How amounts were brought to the price year, and which figures are not the catalog's. */
export interface Provenance {
	catalogVersion: string | null;
	priceIndex: { id: string; source: string };
	/** Forecast years of the index that some amount was indexed through, with the forecast's label. */
	forecast: { label: string; years: number[] } | null;
	/** Unit costs replaced by the scenario's own figures, as used in this result. */
	overriddenUnitCosts: string[];
}

/** Hours of one group's work: spent on the intervention, and avoided (negative where added). */
export interface HoursTally {
	spent: Dec;
	avoided: Dec;
}

export type HoursByProfession = Partial<Record<Profession, HoursTally>>;

/** One counted line's professional hours, so a total traces to its unit cost and source. */
export interface LineHours {
	lineId: string;
	caseId: string;
	kind: ResultLine['kind'];
	payer: Payer;
	profession: Profession;
	/** Hours per unit, as the unit cost gives them. */
	perUnit: Dec;
	/**
	 * Units in the line's first year for one household: the quantity (shared where the cost is),
	 * or for an effect the occurrences after its chances and corrections.
	 */
	firstYearUnits: Dec;
	/** Over the horizon, every household: units × hours per unit, fading by drop-off, never discounted. */
	hours: Dec;
	source: string;
}

/** Professional time beside the euros (docs/method.md, "Professional time"): exact, undiscounted. */
export interface ProfessionalTime {
	total: HoursByProfession;
	byPayer: Partial<Record<Payer, HoursByProfession>>;
	byYear: { year: number; hours: HoursByProfession }[];
	lines: LineHours[];
}

export interface ScenarioResult {
	scenarioId: string;
	assumptions: Assumptions;
	provenance: Provenance;
	total: Breakdown;
	payback: Payback;
	byPayer: Partial<Record<Payer, Breakdown>>;
	/** The sum of a public body's budgets (the municipality, the national agencies), exactly. */
	byPayerGroup: Partial<Record<PayerGroup, Breakdown>>;
	byDomain: Partial<Record<Domain, Breakdown>>;
	byValueType: Partial<Record<ValueType, Breakdown>>;
	byCase: CaseResult[];
	byYear: YearRow[];
	/** Hours of professional work spent and avoided, by profession, payer and year. */
	professionalTime: ProfessionalTime;
	lines: ResultLine[];
}
