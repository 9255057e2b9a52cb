/**
 * The closed vocabularies of the method (docs/method.md, "Words"): who pays, in which policy
 * domain, and what kind of value an amount is. Labels live with the UI; these are codes.
 */
export const PAYERS = [
	'gemeente-wmo',
	'gemeente-jeugd',
	'gemeente-participatie',
	'gemeente-schuldhulp',
	'gemeente-overig',
	'zorgverzekeraar',
	'wlz',
	'rijk-uwv',
	'rijk-svb',
	'rijk-cjib',
	'rijk-belastingdienst',
	'rijk-overig',
	'woningcorporatie',
	'politie-justitie',
	'werkgever',
	'huishouden',
	'overig'
] as const;
export type Payer = (typeof PAYERS)[number];

/**
 * Payers that are budgets of one public body: the municipality's budgets (Wmo, youth, work and
 * income, debt counselling, the rest) and the national agencies. A municipal funder asks first
 * what a portfolio means for its budget as a whole; each group is also shown as its own total.
 */
export const PAYER_GROUPS = {
	gemeente: PAYERS.filter((payer) => payer.startsWith('gemeente-')),
	rijk: PAYERS.filter((payer) => payer.startsWith('rijk-'))
} as const satisfies Record<string, readonly Payer[]>;
export type PayerGroup = keyof typeof PAYER_GROUPS;

const GROUP_OF = new Map<Payer, PayerGroup>(
	(Object.entries(PAYER_GROUPS) as [PayerGroup, readonly Payer[]][]).flatMap(([group, payers]) =>
		payers.map((payer) => [payer, group] as const)
	)
);

/** The public body a payer's budget belongs to, if it is one of several budgets of that body. */
export const payerGroupOf = (payer: Payer): PayerGroup | undefined => GROUP_OF.get(payer);

/**
 * Payers whose budgets make up the financial case: public budgets, and the housing corporations
 * whose savings the Dutch Effectencalculator also books as a "portemonnee". Households,
 * employers and others appear in the payer view but not in the financial case.
 */
export const BUDGET_HOLDERS: ReadonlySet<Payer> = new Set(
	PAYERS.filter((payer) => !['werkgever', 'huishouden', 'overig'].includes(payer))
);

export const DOMAINS = [
	'wonen',
	'schulden-inkomen',
	'zorg',
	'ggz',
	'jeugd',
	'veiligheid',
	'werk',
	'sociaal-werk',
	'informeel',
	'onderwijs'
] as const;
export type Domain = (typeof DOMAINS)[number];

/**
 * fiscal: a public budget spends less; economic: income or output gained; social: wellbeing;
 * transfer: money moving between parties, real for a budget but netted out for society.
 */
export const VALUE_TYPES = ['fiscal', 'economic', 'social', 'transfer'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/**
 * Groups of professionals whose time a unit cost may stand for (docs/method.md, "Professional
 * time"). With staff short everywhere, a funder asks how many hours of whose work an avoided
 * event would have taken, beside the euros.
 */
export const PROFESSIONS = [
	'sociaal-werk',
	'begeleiding',
	'huishoudelijke-hulp',
	'verpleging-verzorging',
	'ggz',
	'jeugdzorg',
	'huisarts',
	'politie',
	'rechtspraak',
	'onderwijs'
] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const CONFIDENCE_GRADES = [1, 2, 3, 4, 5] as const;
export type ConfidenceGrade = (typeof CONFIDENCE_GRADES)[number];

export const DISCOUNT_CONVENTIONS = ['year-0', 'year-1'] as const;
/** year-0: the intervention year is not discounted; year-1: the spreadsheet NPV convention. */
export type DiscountConvention = (typeof DISCOUNT_CONVENTIONS)[number];

/** A name in both interface languages: the engine carries it, the reader's language picks one. */
export interface BilingualText {
	nl: string;
	en: string;
}

/**
 * The corrections of an effect's value (docs/method.md, "One effect, year by year"), in the
 * order the method applies them: the share that would have happened anyway, the share owed to
 * others, the share that moved elsewhere, the optimism the evidence calls for, and how the
 * effect fades each year. Every list of corrections is taken from here.
 */
export const ADJUSTMENTS = [
	'deadweight',
	'attribution',
	'displacement',
	'optimism',
	'dropOff'
] as const;
export type AdjustmentName = (typeof ADJUSTMENTS)[number];

/** The corrections a case sets for each effect; optimism follows from the evidence's grade. */
export const EFFECT_ADJUSTMENTS = ADJUSTMENTS.filter(
	(name): name is Exclude<AdjustmentName, 'optimism'> => name !== 'optimism'
);

/** The corrections taken off every year alike; drop-off grows with the years. */
export const STEADY_ADJUSTMENTS = ADJUSTMENTS.filter(
	(name): name is Exclude<AdjustmentName, 'dropOff'> => name !== 'dropOff'
);
