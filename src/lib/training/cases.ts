import type { Bilingual } from '../i18n/lang';
import debtSpiral from '../../../examples/schuldenspiraal-boetes.json';
import benefitsMixUp from '../../../examples/uitkering-met-een-telefoontje.json';
import crisis from '../../../examples/ggz-crisis-voorkomen.json';
import energy from '../../../examples/energie-afsluiting-voorkomen.json';
import individualToGroup from '../../../examples/individueel-naar-groep.json';
import rentArrears from '../../../examples/maatwerk-huurachterstand.json';
import volunteers from '../../../examples/vrijwilligers-in-plaats-van-bezoeken.json';
import youth from '../../../examples/jeugd-uithuisplaatsing.json';

type Text = Bilingual;

/** A worked example for training: an anonymised story, its scenario, and questions to discuss. */
export interface TrainingCase {
	id: string;
	title: Text;
	/** The Dutch story is the scenario's own description; the English one follows it. */
	story: Text;
	questions: { nl: string[]; en: string[] };
	scenario: unknown;
}

const story = (scenario: { description?: string }, en: string): Text => ({
	nl: scenario.description ?? '',
	en
});

/** The eight kinds of case the five City Deal cities described, each a shipped example. */
export const TRAINING_CASES: TrainingCase[] = [
	{
		id: 'huurachterstand',
		title: {
			nl: 'Huurachterstand betaald, huisuitzetting voorkomen',
			en: 'Rent arrears paid, eviction prevented'
		},
		story: story(
			rentArrears,
			'A single mother owes €300 in rent; the housing corporation threatens eviction. The neighbourhood coach pays the arrears from the flexible budget and arranges a payment plan. Without that payment an eviction loomed, with night shelter, debt help and possibly a crisis admission.'
		),
		questions: {
			nl: [
				'Wie betaalt de €300, en wie bespaart het meest?',
				'Hoe zeker is de kans op uitzetting van 40%? Wat als die 20% is?',
				'Waarom telt de opvang maar voor de helft van de uitgezette huishoudens?'
			],
			en: [
				'Who pays the €300, and who saves most?',
				'How sure is the 40% chance of eviction? What if it were 20%?',
				'Why does the shelter count for only half of the evicted households?'
			]
		},
		scenario: rentArrears
	},
	{
		id: 'verkeersboete',
		title: {
			nl: 'Een verkeersboete die een schuldenspiraal dreigde te worden',
			en: 'A traffic fine that threatened to become a debt spiral'
		},
		story: story(
			debtSpiral,
			'A young father has stopped opening his post; a €240 traffic fine is about to be raised and the energy supplier threatens to cut him off. The social worker calls the fines agency for a payment plan and arranges an appointment with the supplier.'
		),
		questions: {
			nl: [
				'De boeteverhogingen zijn een overdracht: waarom tellen ze niet maatschappelijk mee?',
				'Wie merkt de besparing op schuldhulp en bewind?',
				'Welk deel van de keten vindt u het minst zeker?'
			],
			en: [
				'The fine surcharges are a transfer: why do they not count for society?',
				'Who notices the savings on debt help and administration?',
				'Which link of the chain do you find least certain?'
			]
		},
		scenario: debtSpiral
	},
	{
		id: 'uithuisplaatsing',
		title: {
			nl: 'Uithuisplaatsing voorkomen met intensieve hulp thuis',
			en: 'Placement avoided by intensive support at home'
		},
		story: story(
			youth,
			'In twelve families a child risks being placed out of home. The neighbourhood team brings in an intensive youth-care arrangement and 40 hours of a family coach. Without it, one child in three would have been placed for two years; a fifth of the effect is owed to the family’s own network.'
		),
		questions: {
			nl: [
				'De kostprijs van een plaatsing is zwak onderbouwd (graad 5): wat doet de optimismecorrectie daarmee?',
				'Wanneer is de investering terugverdiend?',
				'Wat zou u willen weten voordat u dit aan een wethouder laat zien?'
			],
			en: [
				'The cost of a placement is weakly supported (grade 5): what does the optimism correction do with it?',
				'When is the investment paid back?',
				'What would you want to know before showing this to an alderman?'
			]
		},
		scenario: youth
	},
	{
		id: 'psychische-crisis',
		title: {
			nl: 'Een psychische crisis voorkomen door het buurtteam',
			en: 'A mental-health crisis prevented by the neighbourhood team'
		},
		story: story(
			crisis,
			'A man of 58 slides downwards after his wife dies. The neighbourhood team worker sees it coming, visits weekly and arranges a few talks with the practice nurse for mental health. Without that help a crisis with an ambulance, the emergency department and a ten-day admission was a real risk.'
		),
		questions: {
			nl: [
				'De gesprekken met de praktijkondersteuner kosten extra: waar ziet u dat terug?',
				'Welke kans in de keten bepaalt de uitkomst het meest?',
				'Wie betaalt de huisbezoeken, en wie bespaart?'
			],
			en: [
				'The practice-nurse talks cost extra: where do you see that?',
				'Which probability in the chain decides the outcome most?',
				'Who pays for the home visits, and who saves?'
			]
		},
		scenario: crisis
	},
	{
		id: 'individueel-naar-groep',
		title: {
			nl: 'Van individuele begeleiding naar een groep',
			en: 'From individual support to a group'
		},
		story: story(
			individualToGroup,
			'Eight residents with light support needs each receive 80 hours a year of individual Wmo support. The neighbourhood team starts a weekly group: one half-day of group support a week for 40 weeks and three hours of a social worker per meeting. For two years, individual support is no longer needed.'
		),
		questions: {
			nl: [
				'Is een groep voor iedereen een goede vervanging? Wat betekent dat voor de kans?',
				'Hoe verandert de uitkomst als de groep maar een jaar loopt?',
				'Wie beslist over deze verschuiving, en wie merkt het?'
			],
			en: [
				'Is a group a good replacement for everyone? What does that mean for the probability?',
				'How does the result change if the group runs for one year only?',
				'Who decides on this shift, and who notices it?'
			]
		},
		scenario: individualToGroup
	},
	{
		id: 'vrijwilligers',
		title: {
			nl: 'Een vrijwilligersgroep in plaats van individuele bezoeken',
			en: 'A volunteer group instead of individual visits'
		},
		story: story(
			volunteers,
			'Twelve older residents each received an hour a week of individual support. The welfare organisation starts a weekly coffee morning run by volunteers and coordinated by a social worker. Half of the individual support is no longer needed. Volunteer time is valued here, on a line of its own.'
		),
		questions: {
			nl: [
				'Vrijwilligerstijd telt maatschappelijk, maar niet in de begroting: waarom?',
				'Wat gebeurt er met de uitkomst als u vrijwilligerstijd niet waardeert?',
				'Is € 18,80 per vrijwilligersuur, de vervangingskosten van onbetaald werk, te laag of te hoog?'
			],
			en: [
				'Volunteer time counts for society but not for budgets: why?',
				'What happens to the result if volunteer time is not valued?',
				'Is €18.80 a volunteer hour, the replacement cost of unpaid work, too low or too high?'
			]
		},
		scenario: volunteers
	},
	{
		id: 'energie',
		title: { nl: 'Een afsluiting van energie voorkomen', en: 'An energy disconnection prevented' },
		story: story(
			energy,
			'A family with three children owes €150 for energy; disconnection has been announced. The social worker calls the supplier, pays the arrears from the flexible budget and sets up a payment plan. Without that help the family would have been cut off, would have paid for reconnection and might have ended up in debt help.'
		),
		questions: {
			nl: [
				'Een deel van de besparing valt bij het gezin zelf: hoe weegt u dat?',
				'Waarom is de financiële uitkomst lager dan de maatschappelijke?',
				'Wat kost het om niets te doen?'
			],
			en: [
				'Part of the saving falls to the family itself: how do you weigh that?',
				'Why is the financial result lower than the societal one?',
				'What does doing nothing cost?'
			]
		},
		scenario: energy
	},
	{
		id: 'een-telefoontje',
		title: {
			nl: 'Een uitkeringsprobleem opgelost met één telefoontje',
			en: 'A benefits mix-up solved with one phone call'
		},
		story: story(
			benefitsMixUp,
			'A single woman falls between two stools: her benefit stops because two national agencies do not process each other’s data. The social worker calls the right department once and it is solved within a week. Without that call she would have depended on social assistance for three months, with a risk of rent arrears and debt help.'
		),
		questions: {
			nl: [
				'De bijstand is een overdracht: waarom is de financiële uitkomst zo veel hoger dan de maatschappelijke?',
				'Wie had dit telefoontje eigenlijk moeten plegen?',
				'Hoe vaak moet dit gebeuren voordat het een vaste taak wordt?'
			],
			en: [
				'Social assistance is a transfer: why is the financial result so much higher than the societal one?',
				'Who should really have made this call?',
				'How often must this happen before it becomes a standing task?'
			]
		},
		scenario: benefitsMixUp
	}
];
