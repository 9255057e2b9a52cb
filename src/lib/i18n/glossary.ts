import type { Lang } from './lang';
import { TERM_IDS, TERMS, type TermId, type TermName } from './terms';
import { defineWords } from './words';

export { TERM_IDS, type TermId };

/** What a method word means, in plain language, with an example. */
interface Meaning {
	explanation: string;
	example: string;
}

/** A method word in plain language: what a field is called (terms.ts), what it means, an example. */
export type Term = TermName & Meaning;

/**
 * Every word of the method a social worker meets, explained in one or two sentences with an
 * example. The "?" beside a field shows its term; /woordenlijst lists them all.
 */
const MEANINGS = defineWords<Record<TermId, Meaning>>({
	nl: {
		unitCost: {
			explanation:
				'Wat één eenheid kost, zoals één huisuitzetting of één uur sociaal werk, volgens een openbare bron. Elk kengetal heeft een bron, een prijsjaar en een financier.',
			example: 'Een huisuitzetting kost de woningcorporatie ongeveer € 7.500 (prijspeil 2014).'
		},
		quantity: {
			explanation: 'Hoeveel eenheden van het kengetal: uren, nachten, euro’s of keren.',
			example: '6 uur wijkcoach, 90 nachten opvang, 300 euro uit het maatwerkbudget.'
		},
		month: {
			explanation:
				'Wanneer het gebeurt, in maanden vanaf het begin van de casus. Maand 0 is meteen; maand 12 tot en met 23 valt in jaar 1.',
			example: 'Een schuldhulptraject dat een jaar na de uitzetting begint: maand 12.'
		},
		duration: {
			explanation:
				'Hoeveel jaar dit elk jaar terugkomt, zoals een uitkering. Iets wat één keer gebeurt duurt 1 jaar.',
			example: 'Twee jaar bijstand: 2 jaar, met als aantal de maanden per jaar.'
		},
		kind: {
			explanation:
				'Steun is wat de hulp kost. Een gebeurtenis die ook mét de hulp nog gebeurt, telt als kosten die erbij komen.',
			example:
				'Uren van de wijkcoach zijn steun; een verhuizing die toch nodig was is een gebeurtenis.'
		},
		sharedBy: {
			explanation:
				'Bij een groep: met hoeveel deelnemers de kosten worden gedeeld. Deze casus draagt één deel.',
			example: 'Een groep van € 1.200 met 8 deelnemers kost per casus € 150.'
		},
		payer: {
			explanation:
				'Wie de kosten draagt of de besparing krijgt. Zonder keuze is het de financier van het kengetal.',
			example: 'Een uitzetting kost de woningcorporatie; nachtopvang betaalt de gemeente.'
		},
		probabilityWithout: {
			explanation:
				'Hoe groot de kans is dat dit was gebeurd als er geen hulp was geweest. Typ een percentage.',
			example: 'Bij een huurachterstand met een ontruimingsbrief: 40%.'
		},
		probabilityWith: {
			explanation: 'De kans dat het ondanks de hulp toch gebeurt. Meestal 0%.',
			example: 'Gebeurt de uitzetting met hulp nog bij 1 op de 10 huishoudens: 10%.'
		},
		deadweight: {
			explanation:
				'Het deel van het resultaat dat er ook zonder de hulp was gekomen. Laat dit op 0% als de kans zonder hulp dat al zegt, anders telt het dubbel.',
			example: 'Had een kwart van de huishoudens het zelf opgelost: 25%.'
		},
		attribution: {
			explanation:
				'Het deel van het resultaat dat aan anderen te danken is, zoals familie of een andere hulpverlener.',
			example: 'Deed de schuldhulp van de gemeente evenveel als de wijkcoach: 50%.'
		},
		displacement: {
			explanation:
				'Het deel van het probleem dat niet verdwijnt maar ergens anders opduikt, bij een ander huishouden of in een andere wijk.',
			example: 'Verhuist de overlast voor de helft mee naar een andere straat: 50%.'
		},
		dropOff: {
			explanation: 'Hoeveel een effect dat jaren duurt elk jaar na het eerste zwakker wordt.',
			example: 'Met 20% telt het tweede jaar voor 80% en het derde voor 64%.'
		},
		evidenceGrade: {
			explanation:
				'Van 1 (gemeten en gecontroleerd) tot 5 (een schatting). Het zwakste van het effect en het kengetal telt voor de correctie.',
			example: 'Eigen registratie van het wijkteam over drie jaar: graad 2.'
		},
		optimism: {
			explanation:
				'Hoe zwakker het bewijs, hoe meer een bedrag omlaag gaat: niets bij graad 1, tot 40% eraf bij een schatting (graad 5).',
			example: 'Bij graad 4 gaat er 30% af: 40% × € 9.825 × 70% = € 2.751.'
		},
		parent: {
			explanation:
				'Dit gebeurt alleen als het andere eerst gebeurt. De kansen worden dan vermenigvuldigd, zodat niets dubbel telt.',
			example: 'Nachtopvang volgt uit de uitzetting: 40% × 50% = 20% kans.'
		},
		overlapGroup: {
			explanation:
				'Geef regels die hetzelfde meten dezelfde naam. Alleen de grootste telt mee; de andere blijven zichtbaar.',
			example:
				'Een crisisopname en de huisartsbezoeken die al in dat kengetal zitten: beide “crisis”.'
		},
		households: {
			explanation: 'Voor hoeveel huishoudens deze casus staat. Elk bedrag telt zo vaak mee.',
			example: '25 huishoudens met dezelfde huurachterstand: 25.'
		},
		priceYear: {
			explanation:
				'Alle bedragen worden omgerekend naar de prijzen van dit jaar, met de consumentenprijsindex van het CBS.',
			example: '€ 100 uit 2020 is in prijzen van 2024 ongeveer € 119.'
		},
		discountRate: {
			explanation:
				'Een euro later is minder waard dan een euro nu; met deze rente tellen latere jaren minder mee. De Nederlandse standaard is 2,25%.',
			example: 'Met 2,25% telt € 1.000 over twee jaar als € 956.'
		},
		discountConvention: {
			explanation:
				'Gewoonlijk telt het jaar van de hulp (jaar 0) volledig en tellen pas de jaren daarna minder. Sommige rekenbladen laten ook jaar 0 al minder meetellen.',
			example: 'Met 2,25%: € 1.000 in jaar 0 telt als € 1.000, of als € 978 op de rekenbladmanier.'
		},
		horizon: {
			explanation:
				'Over hoeveel jaar de gevolgen worden meegeteld, het jaar van de hulp inbegrepen.',
			example: 'Bij 5 jaar tellen jaar 0 tot en met 4 mee.'
		},
		costs: {
			explanation: 'Wat de hulp kost: uren, het maatwerkbudget, een groep.',
			example: '€ 300 huurachterstand plus 6 uur wijkcoach.'
		},
		benefits: {
			explanation:
				'Wat er zonder hulp was uitgegeven, maal de kans dat het was gebeurd, na alle correcties.',
			example: '40% kans op een uitzetting van € 7.500: € 3.000 vermeden.'
		},
		npv: {
			explanation:
				'De vermeden kosten min de investering, waarbij latere jaren iets minder meetellen (contante waarde).',
			example: '€ 5.607 vermeden − € 712 investering = € 4.895.'
		},
		bcr: {
			explanation: 'Hoeveel euro vermeden kosten elke geïnvesteerde euro oplevert.',
			example: '€ 4.485 / € 712 = € 6,30 per euro.'
		},
		payback: {
			explanation:
				'Het eerste jaar waarin de opbrengst tot dan toe de kosten heeft ingehaald. Jaar 0 is het jaar van de hulp.',
			example: 'Kost de hulp € 700 in jaar 0 en levert ze dat jaar € 2.000 op: jaar 0.'
		},
		societal: {
			explanation:
				'Alle kosten en besparingen samen, voor iedereen: overheden, zorgverzekeraar, woningcorporatie, werkgevers en het huishouden.',
			example:
				'Een voorkomen afsluiting van energie bespaart het huishouden geld: dat telt hier mee.'
		},
		financial: {
			explanation:
				'Alleen wat publieke begrotingen en de woningcorporatie uitgeven of besparen: wat een financier terugziet.',
			example: 'Minder bijstand telt hier als besparing voor de gemeente.'
		},
		transfers: {
			explanation:
				'Geld dat van de ene partij naar de andere gaat, zoals een uitkering. Voor een begroting een echte besparing, voor de samenleving niet: het huishouden krijgt evenveel minder. Daarom apart.',
			example: 'Een jaar bijstand minder: de gemeente bespaart, het huishouden ontvangt minder.'
		},
		professionalTime: {
			explanation:
				'Hoeveel uren werk van professionals (sociaal werk, begeleiding, wijkverpleging, jeugdzorg, politie, rechtspraak) de aanpak kost en hoeveel hij voorkomt, naast de euro’s. Uren tellen met dezelfde kansen en correcties als de euro’s, maar worden nooit verdisconteerd of geïndexeerd: een uur blijft een uur. Alleen kengetallen die zeggen hoeveel werk één eenheid is, tellen mee.',
			example:
				'Acht uur sociaal werk ingezet; 576 uur begeleiding thuis vermeden, omdat 640 uur begeleiding met 90% zekerheid niet meer nodig is.'
		},
		sensitivity: {
			explanation:
				'Elke invoer gaat één keer naar zijn lage en zijn hoge waarde, de rest blijft gelijk. Wat de uitkomst het meest beweegt staat bovenaan.',
			example: 'Schommelt de uitkomst vooral met de kans op uitzetting, kijk die kans dan extra na.'
		},
		breakEven: {
			explanation: 'De waarde waarbij de vermeden kosten precies de investering dekken.',
			example:
				'Een quitte-kans van 8% betekent: bij 8% kans op uitzetting verdient de hulp zich net terug.'
		},
		monteCarlo: {
			explanation:
				'Duizenden keren rekenen met waarden die elk binnen hun bandbreedte vallen, om te zien hoe zeker de uitkomst is.',
			example: 'Bij 10.000 trekkingen is de hulp in 97% ervan minstens quitte.'
		},
		caseCode: {
			explanation:
				'Een code in plaats van een naam, zodat niemand kan herkennen om welk huishouden het gaat.',
			example: 'HUUR-2026-014, nooit “Jansen-1”.'
		},
		maatwerkbudget: {
			explanation:
				'Een flexibel budget waaruit de sociaal werker meteen iets kan betalen om erger te voorkomen.',
			example: 'Een huurachterstand van € 300 betalen om een uitzetting te voorkomen.'
		},
		maximum: {
			explanation:
				'Wat de hulp zou opleveren als niets ervan toch was gebeurd, niets aan anderen te danken was, niets naar elders verschoof en het bewijs sluitend was. Het realistische bedrag past die correcties wel toe; het verschil is wat ze eraf halen.',
			example:
				'€ 3.000 vermeden zonder correcties; met 20% "was toch gebeurd" en 10% optimisme blijft € 2.160 over.'
		}
	},
	en: {
		unitCost: {
			explanation:
				'What one unit costs, such as one eviction or one hour of social work, according to a public source. Every unit cost has a source, a price year and a payer.',
			example: 'An eviction costs the housing corporation about €7,500 (2014 prices).'
		},
		quantity: {
			explanation: 'How many units of the unit cost: hours, nights, euros or times.',
			example:
				'6 hours of the neighbourhood coach, 90 nights of shelter, 300 euros of flexible budget.'
		},
		month: {
			explanation:
				'When it happens, in months from the start of the case. Month 0 is at once; months 12 to 23 fall in year 1.',
			example: 'Debt counselling that starts a year after the eviction: month 12.'
		},
		duration: {
			explanation:
				'For how many years this comes back every year, like a benefit. Something that happens once lasts 1 year.',
			example: 'Two years of social assistance: 2 years, with the months per year as the quantity.'
		},
		kind: {
			explanation:
				'Support is what the help costs. An event that still happens with the help counts as a cost added.',
			example: 'Hours of the coach are support; a move that was needed anyway is an event.'
		},
		sharedBy: {
			explanation: 'For a group: how many participants share the cost. This case bears one share.',
			example: 'A group costing €1,200 with 8 participants costs €150 per case.'
		},
		payer: {
			explanation:
				'Who bears the cost or keeps the saving. Without a choice it is the unit cost’s payer.',
			example:
				'An eviction costs the housing corporation; night shelter is paid by the municipality.'
		},
		probabilityWithout: {
			explanation: 'How likely this would have happened had there been no help. Type a percentage.',
			example: 'Rent arrears with an eviction notice: 40%.'
		},
		probabilityWith: {
			explanation: 'How likely it still happens despite the help. Usually 0%.',
			example: 'If one in ten households is still evicted with help: 10%.'
		},
		deadweight: {
			explanation:
				'The part of the result that would have come without the help. Leave it at 0% where the chance without help already says so, or it is counted twice.',
			example: 'If a quarter of the households would have solved it themselves: 25%.'
		},
		attribution: {
			explanation: 'The part of the result owed to others, such as family or another service.',
			example: 'If the municipality’s debt help did as much as the coach: 50%.'
		},
		displacement: {
			explanation:
				'The part of the problem that does not go away but turns up elsewhere, with another household or in another neighbourhood.',
			example: 'If half the nuisance moves to another street: 50%.'
		},
		dropOff: {
			explanation: 'How much an effect that lasts for years weakens each year after the first.',
			example: 'At 20%, the second year counts for 80% and the third for 64%.'
		},
		evidenceGrade: {
			explanation:
				'From 1 (measured and audited) to 5 (an estimate). The weaker of the effect’s and the unit cost’s grade sets the correction.',
			example: 'The team’s own records over three years: grade 2.'
		},
		optimism: {
			explanation:
				'The weaker the evidence, the more an amount is lowered: nothing at grade 1, up to 40% off for an estimate (grade 5).',
			example: 'At grade 4, 30% comes off: 40% × €9,825 × 70% = €2,751.'
		},
		parent: {
			explanation:
				'This only happens if the other happens first. The chances are multiplied, so nothing is counted twice.',
			example: 'Night shelter follows from the eviction: 40% × 50% = a 20% chance.'
		},
		overlapGroup: {
			explanation:
				'Give lines that measure the same thing the same name. Only the largest counts; the others stay visible.',
			example: 'A crisis admission and the GP visits already in its unit cost: both “crisis”.'
		},
		households: {
			explanation: 'How many households this case stands for. Every amount counts that many times.',
			example: '25 households with the same rent arrears: 25.'
		},
		priceYear: {
			explanation:
				'Every amount is brought to the prices of this year, with the consumer price index of Statistics Netherlands (CBS).',
			example: '€100 of 2020 is about €119 in 2024 prices.'
		},
		discountRate: {
			explanation:
				'A euro later is worth less than a euro now; with this rate later years count for less. The Dutch standard is 2.25%.',
			example: 'At 2.25%, €1,000 two years from now counts as €956.'
		},
		discountConvention: {
			explanation:
				'Usually the year of the help (year 0) counts in full and only the years after it count less. Some spreadsheets already count year 0 for less.',
			example: 'At 2.25%: €1,000 in year 0 counts as €1,000, or as €978 the spreadsheet way.'
		},
		horizon: {
			explanation: 'Over how many years the consequences count, the year of the help included.',
			example: 'With 5 years, years 0 to 4 count.'
		},
		costs: {
			explanation: 'What the help costs: hours, the flexible budget, a group.',
			example: '€300 of rent arrears plus 6 hours of the coach.'
		},
		benefits: {
			explanation:
				'What would have been spent without the help, times the chance it would have happened, after every correction.',
			example: 'A 40% chance of a €7,500 eviction: €3,000 avoided.'
		},
		npv: {
			explanation:
				'The costs avoided minus the investment, with later years counting a little less (present value).',
			example: '€5,607 avoided − €712 invested = €4,895.'
		},
		bcr: {
			explanation: 'How many euros of costs avoided each euro invested brings.',
			example: '€4,485 / €712 = €6.30 per euro.'
		},
		payback: {
			explanation:
				'The first year in which the return so far has caught up with the costs. Year 0 is the year of the help.',
			example: 'If the help costs €700 in year 0 and returns €2,000 that year: year 0.'
		},
		societal: {
			explanation:
				'All costs and savings together, for everyone: governments, the health insurer, the housing corporation, employers and the household.',
			example: 'An energy disconnection avoided saves the household money: that counts here.'
		},
		financial: {
			explanation:
				'Only what public budgets and the housing corporation spend or save: what a funder sees back.',
			example: 'Less social assistance counts here as a saving for the municipality.'
		},
		transfers: {
			explanation:
				'Money moving from one party to another, like a benefit. A real saving for a budget, not for society: the household receives that much less. So it is shown apart.',
			example:
				'A year less of social assistance: the municipality saves, the household receives less.'
		},
		professionalTime: {
			explanation:
				'How many hours of professionals’ work (social work, support, district nursing, youth care, police, courts) the approach takes and how many it avoids, beside the euros. Hours count with the same chances and corrections as the euros, but are never discounted or indexed: an hour stays an hour. Only unit costs that say how much work one unit is count.',
			example:
				'Eight hours of social work spent; 576 hours of support at home avoided, because 640 hours of support are, with 90% certainty, no longer needed.'
		},
		sensitivity: {
			explanation:
				'Each input goes once to its low and once to its high value, the rest held. What moves the result most is at the top.',
			example: 'If the result swings mostly with the chance of eviction, check that chance twice.'
		},
		breakEven: {
			explanation: 'The value at which the costs avoided exactly cover the investment.',
			example:
				'A break-even chance of 8%: at an 8% chance of eviction the help just pays for itself.'
		},
		monteCarlo: {
			explanation:
				'Working it out thousands of times with values that each fall within their range, to see how sure the result is.',
			example: 'In 97% of 10,000 draws the help at least breaks even.'
		},
		caseCode: {
			explanation: 'A code instead of a name, so that nobody can tell which household it is.',
			example: 'HUUR-2026-014, never “Jansen-1”.'
		},
		maatwerkbudget: {
			explanation:
				'A flexible budget from which the social worker can pay something at once to prevent worse.',
			example: 'Paying €300 of rent arrears to prevent an eviction.'
		},
		maximum: {
			explanation:
				'What the help would yield if none of it would have happened anyway, none of it were owed to others, nothing moved elsewhere and the evidence were conclusive. The realistic figure applies those corrections; the difference is what they take off.',
			example:
				'€3,000 avoided without corrections; with 20% deadweight and 10% optimism, €2,160 remains.'
		}
	}
});

const glossaryIn = (lang: Lang) =>
	Object.fromEntries(
		TERM_IDS.map((id) => [id, { ...TERMS[lang][id], ...MEANINGS[lang][id] }])
	) as Record<TermId, Term>;

export const GLOSSARY: Record<Lang, Record<TermId, Term>> = {
	nl: glossaryIn('nl'),
	en: glossaryIn('en')
};
