import { defineWords } from './words';

/**
 * The method's words as the interface names them, in both languages: the one source of every
 * label a method word has, wherever it is shown (a field, a table heading, a chart, a file).
 * Small on purpose, so any page may name them; their explanations and examples are in
 * glossary.ts, which loads when a "?" is opened.
 */

export const TERM_IDS = [
	'unitCost',
	'quantity',
	'month',
	'duration',
	'kind',
	'sharedBy',
	'payer',
	'probabilityWithout',
	'probabilityWith',
	'deadweight',
	'attribution',
	'displacement',
	'dropOff',
	'evidenceGrade',
	'optimism',
	'parent',
	'overlapGroup',
	'households',
	'priceYear',
	'discountRate',
	'discountConvention',
	'horizon',
	'costs',
	'benefits',
	'npv',
	'bcr',
	'payback',
	'societal',
	'financial',
	'transfers',
	'professionalTime',
	'sensitivity',
	'breakEven',
	'monteCarlo',
	'caseCode',
	'maatwerkbudget',
	'maximum'
] as const;
export type TermId = (typeof TERM_IDS)[number];

/** A method word's name: the plain one the interface uses, and the analysts' where it differs. */
export interface TermName {
	label: string;
	methodTerm?: string;
}

export const TERMS = defineWords<Record<TermId, TermName>>({
	nl: {
		unitCost: { label: 'Kengetal' },
		quantity: { label: 'Aantal' },
		month: { label: 'Maand' },
		duration: { label: 'Jaren' },
		kind: { label: 'Soort' },
		sharedBy: { label: 'Gedeeld met' },
		payer: { label: 'Financier' },
		probabilityWithout: { label: 'Kans zonder hulp', methodTerm: 'p' },
		probabilityWith: { label: 'Kans met hulp', methodTerm: 'p′' },
		deadweight: { label: 'Was toch gebeurd', methodTerm: 'deadweight' },
		attribution: { label: 'Door anderen bereikt', methodTerm: 'attributie' },
		displacement: { label: 'Verschoven naar elders', methodTerm: 'verplaatsing' },
		dropOff: { label: 'Neemt af per jaar', methodTerm: 'drop-off' },
		evidenceGrade: { label: 'Hoe sterk is het bewijs', methodTerm: 'bewijsgraad' },
		optimism: { label: 'Correctie voor onzeker bewijs', methodTerm: 'optimismecorrectie' },
		parent: { label: 'Volgt uit', methodTerm: 'keten' },
		overlapGroup: { label: 'Overlap', methodTerm: 'overlapgroep' },
		households: { label: 'Aantal huishoudens' },
		priceYear: { label: 'Prijsjaar' },
		discountRate: { label: 'Rente voor latere jaren', methodTerm: 'discontovoet' },
		discountConvention: { label: 'Latere jaren tellen minder', methodTerm: 'verdisconteren' },
		horizon: { label: 'Horizon' },
		costs: { label: 'Investering' },
		benefits: { label: 'Vermeden kosten' },
		npv: { label: 'Netto opbrengst', methodTerm: 'netto contante waarde' },
		bcr: { label: 'Opbrengst per euro', methodTerm: 'baten-kostenverhouding' },
		payback: { label: 'Terugverdiend in jaar' },
		societal: { label: 'Maatschappelijk' },
		financial: { label: 'Financieel (begrotingen)' },
		transfers: { label: 'Overdrachten' },
		professionalTime: { label: 'Professionele inzet' },
		sensitivity: { label: 'Gevoeligheid' },
		breakEven: { label: 'Quitte', methodTerm: 'break-even' },
		monteCarlo: { label: 'Simulatie', methodTerm: 'Monte Carlo' },
		caseCode: { label: 'Casuscode' },
		maatwerkbudget: { label: 'Maatwerkbudget' },
		maximum: { label: 'Maximaal, zonder correcties' }
	},
	en: {
		unitCost: { label: 'Unit cost' },
		quantity: { label: 'Quantity' },
		month: { label: 'Month' },
		duration: { label: 'Years' },
		kind: { label: 'Kind' },
		sharedBy: { label: 'Shared by' },
		payer: { label: 'Payer' },
		probabilityWithout: { label: 'Chance without help', methodTerm: 'p' },
		probabilityWith: { label: 'Chance with help', methodTerm: 'p′' },
		deadweight: { label: 'Would have happened anyway', methodTerm: 'deadweight' },
		attribution: { label: 'Achieved by others', methodTerm: 'attribution' },
		displacement: { label: 'Moved elsewhere', methodTerm: 'displacement' },
		dropOff: { label: 'Fades each year', methodTerm: 'drop-off' },
		evidenceGrade: { label: 'How strong is the evidence', methodTerm: 'evidence grade' },
		optimism: { label: 'Correction for uncertain evidence', methodTerm: 'optimism correction' },
		parent: { label: 'Follows from', methodTerm: 'chain' },
		overlapGroup: { label: 'Overlap', methodTerm: 'overlap group' },
		households: { label: 'Households' },
		priceYear: { label: 'Price year' },
		discountRate: { label: 'Rate for later years', methodTerm: 'discount rate' },
		discountConvention: { label: 'Later years count less', methodTerm: 'discounting' },
		horizon: { label: 'Horizon' },
		costs: { label: 'Investment' },
		benefits: { label: 'Costs avoided' },
		npv: { label: 'Net return', methodTerm: 'net present value' },
		bcr: { label: 'Return per euro', methodTerm: 'benefit-cost ratio' },
		payback: { label: 'Paid back in year' },
		societal: { label: 'Societal' },
		financial: { label: 'Financial (budgets)' },
		transfers: { label: 'Transfers' },
		professionalTime: { label: 'Professional time' },
		sensitivity: { label: 'Sensitivity' },
		breakEven: { label: 'Break-even' },
		monteCarlo: { label: 'Simulation', methodTerm: 'Monte Carlo' },
		caseCode: { label: 'Case code' },
		maatwerkbudget: { label: 'Flexible budget', methodTerm: 'maatwerkbudget' },
		maximum: { label: 'Maximum, without corrections' }
	}
});
