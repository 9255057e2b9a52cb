import type {
	DiscountConvention,
	Domain,
	Payer,
	PayerGroup,
	Profession,
	ValueType
} from '../engine';
import type { Bilingual } from './lang';

type Labels<K extends string> = Record<K, Bilingual>;

export const PAYER_LABELS: Labels<Payer> = {
	'gemeente-wmo': { nl: 'Gemeente (Wmo)', en: 'Municipality (Wmo)' },
	'gemeente-jeugd': { nl: 'Gemeente (Jeugdwet)', en: 'Municipality (Youth Act)' },
	'gemeente-participatie': {
		nl: 'Gemeente (Participatiewet)',
		en: 'Municipality (Participation Act)'
	},
	'gemeente-schuldhulp': { nl: 'Gemeente (schuldhulp)', en: 'Municipality (debt help)' },
	'gemeente-overig': { nl: 'Gemeente (overig)', en: 'Municipality (other)' },
	zorgverzekeraar: { nl: 'Zorgverzekeraar (Zvw)', en: 'Health insurer (Zvw)' },
	wlz: { nl: 'Wlz', en: 'Long-term care (Wlz)' },
	'rijk-uwv': { nl: 'Rijk (UWV)', en: 'State (UWV)' },
	'rijk-svb': { nl: 'Rijk (SVB)', en: 'State (SVB)' },
	'rijk-cjib': { nl: 'Rijk (CJIB)', en: 'State (CJIB)' },
	'rijk-belastingdienst': { nl: 'Rijk (Belastingdienst)', en: 'State (Tax Administration)' },
	'rijk-overig': { nl: 'Rijk (overig)', en: 'State (other)' },
	woningcorporatie: { nl: 'Woningcorporatie', en: 'Housing corporation' },
	'politie-justitie': { nl: 'Politie en justitie', en: 'Police and justice' },
	werkgever: { nl: 'Werkgever', en: 'Employer' },
	huishouden: { nl: 'Huishouden', en: 'Household' },
	overig: { nl: 'Overig', en: 'Other' }
};

/** The totals of a public body's budgets, shown above their parts in every payer view. */
export const PAYER_GROUP_LABELS: Labels<PayerGroup> = {
	gemeente: { nl: 'Gemeente totaal', en: 'Municipality, total' },
	rijk: { nl: 'Rijk totaal', en: 'State, total' }
};

/** A payer's label or a public body's total, as a payer view names its rows. */
export const payerLabel = (key: Payer | PayerGroup): Bilingual =>
	key in PAYER_GROUP_LABELS ? PAYER_GROUP_LABELS[key as PayerGroup] : PAYER_LABELS[key as Payer];

export const DOMAIN_LABELS: Labels<Domain> = {
	wonen: { nl: 'Wonen', en: 'Housing' },
	'schulden-inkomen': { nl: 'Schulden en inkomen', en: 'Debts and income' },
	zorg: { nl: 'Zorg', en: 'Care' },
	ggz: { nl: 'GGZ', en: 'Mental health' },
	jeugd: { nl: 'Jeugd', en: 'Youth' },
	veiligheid: { nl: 'Veiligheid en justitie', en: 'Safety and justice' },
	werk: { nl: 'Werk', en: 'Work' },
	'sociaal-werk': { nl: 'Sociaal werk', en: 'Social work' },
	informeel: { nl: 'Vrijwillige en informele zorg', en: 'Volunteer and informal care' },
	onderwijs: { nl: 'Onderwijs', en: 'Education' }
};

/** Who does the work a unit cost stands for, as "uren … vermeden" names them. */
export const PROFESSION_LABELS: Labels<Profession> = {
	'sociaal-werk': { nl: 'sociaal werk', en: 'social work' },
	begeleiding: { nl: 'begeleiding', en: 'support workers' },
	'huishoudelijke-hulp': { nl: 'huishoudelijke hulp', en: 'household help' },
	'verpleging-verzorging': { nl: 'verpleging en verzorging', en: 'nursing and care' },
	ggz: { nl: 'GGZ-professionals', en: 'mental-health professionals' },
	jeugdzorg: { nl: 'jeugdzorg en jeugdbescherming', en: 'youth care and child protection' },
	huisarts: { nl: 'huisartsenpraktijk', en: 'GP practice' },
	politie: { nl: 'politie', en: 'police' },
	rechtspraak: { nl: 'rechtspraak', en: 'courts' },
	onderwijs: { nl: 'onderwijs', en: 'teachers' }
};

export const VALUE_TYPE_LABELS: Labels<ValueType> = {
	fiscal: { nl: 'Fiscaal', en: 'Fiscal' },
	economic: { nl: 'Economisch', en: 'Economic' },
	social: { nl: 'Sociaal', en: 'Social' },
	transfer: { nl: 'Overdracht', en: 'Transfer' }
};

/** Role names as members see them; the server's role ids stay in English. */
export const ROLE_LABELS: Record<string, Bilingual> = {
	'social-worker': { nl: 'Sociaal werker (eigen casussen)', en: 'Social worker (own cases)' },
	analyst: { nl: 'Analist / manager', en: 'Analyst / manager' },
	'funder-viewer': { nl: 'Financier (gedeelde rapporten)', en: 'Funder viewer (shared reports)' },
	admin: { nl: 'Beheerder', en: 'Administrator' }
};

/**
 * How each discounting convention is said, everywhere it is said: in full where it is chosen,
 * short in the assumptions line of a calculation, a report or a printout (docs/method.md).
 */
export const DISCOUNT_CONVENTION_LABELS: Record<
	DiscountConvention,
	{ full: Bilingual; short: Bilingual }
> = {
	'year-0': {
		full: {
			nl: 'vanaf jaar 1 (het jaar van de hulp telt volledig)',
			en: 'from year 1 (the year of the help counts in full)'
		},
		short: { nl: 'disconteren vanaf jaar 1', en: 'discounted from year 1' }
	},
	'year-1': {
		full: {
			nl: 'al vanaf jaar 0 (zoals sommige rekenbladen)',
			en: 'from year 0 (as some spreadsheets do)'
		},
		short: { nl: 'disconteren al vanaf jaar 0', en: 'discounted from year 0' }
	}
};
