import { TERMS } from '$lib/i18n/terms';
import { defineWords } from '$lib/i18n/words';

export const CASE_WORDS = defineWords({
	nl: {
		title: 'Naam van de casus',
		titleHint: 'Beschrijf de situatie, nooit de cliënt: bijvoorbeeld “Huurachterstand €300”.',
		description: 'Omschrijving',
		descriptionHint: 'Wat speelde er en wat is er gedaan? Geen namen, adressen of telefoonnummers.',
		households: TERMS.nl.households.label,
		householdsHint:
			'Voor hoeveel huishoudens deze casus dit jaar staat. Het jaaroverzicht telt hem zo vaak.',
		times: 'Hoe vaak kwam dit scenario voor',
		timesHint: (perTime: string) =>
			`Het scenario telt zelf ${perTime} huishoudens; het jaaroverzicht telt dat zo vaak.`,
		householdsTotal: 'Huishoudens in totaal',
		caseCode: TERMS.nl.caseCode.label,
		caseCodeHint: 'Een code, nooit een naam. Voorgesteld is de volgende vrije code van dit jaar.',
		newCode: 'Nieuwe code',
		year: 'Jaar',
		startedOn: 'Start van de hulp',
		startedOnHint: 'Vanaf deze dag tellen de nametingen, zoals na 6 en 12 maanden.',
		notes: 'Toelichting voor collega’s',
		notesHint: 'Geen namen, adressen, telefoonnummers of BSN.',
		advanced: 'Voor gevorderden: de casus als bestand (JSON)',
		advancedHint:
			'Dezelfde casus in het bestandsformaat van de rekenmodule en de opdrachtregel. Wat u hier wijzigt, ziet u hierboven terug.',
		scenario: 'Casus (JSON)',
		badJson:
			'De casus hieronder is geen geldig bestand; herstel het of begin opnieuw in de rekenmodule.',
		fromCalculator: 'Bouw de casus in de rekenmodule',
		noCase:
			'Er is nog geen casus. Bouw hem in de rekenmodule en kies daar “Bewaar bij mijn organisatie”, of begin met een voorbeeld.',
		example: 'Begin met een voorbeeld',
		useExample: 'Gebruik voorbeeld',
		save: 'Opslaan bij mijn organisatie',
		saveChanges: 'Wijzigingen opslaan',
		problems: 'De casus is niet opgeslagen',
		personalData: 'Deze tekst lijkt persoonsgegevens te bevatten',
		places: {
			notes: 'toelichting',
			title: 'naam van de casus',
			description: 'omschrijving',
			case: 'naam van de casus',
			line: 'regel van de casus',
			reason: 'toelichting bij iets opvallends'
		} as Record<string, string>,
		confirm: 'Ik heb dit gecontroleerd: het zijn geen gegevens van een cliënt',
		heldUntilReview:
			'Tot een beheerder het heeft beoordeeld, staat er “[naam ter beoordeling]” in plaats van deze tekst, in de casus en in elk rapport.',
		heldTitle: 'Wacht op een beheerder',
		held: (original: string, shown: string) => `“${original}” is bewaard als “${shown}”.`,
		heldWhat:
			'Een beheerder geeft de tekst vrij als het geen gegevens van een cliënt zijn. Is het wel een naam, herschrijf de tekst dan zonder naam en sla opnieuw op.',
		notSaved: 'Niet opgeslagen: deze tekst lijkt persoonsgegevens te bevatten',
		confirmBelow:
			'Pas de tekst aan, of bevestig onderaan dat het geen gegevens van een cliënt zijn, en sla opnieuw op.',
		bsnRefused: 'Een burgerservicenummer wordt nooit opgeslagen: haal het weg.',
		kinds: {
			bsn: 'burgerservicenummer',
			name: 'naam',
			phone: 'telefoonnummer',
			email: 'e-mailadres',
			address: 'adres'
		} as Record<string, string>,
		conflictTitle: 'Twee versies',
		theirs: (name: string, version: number) => `Opgeslagen door ${name} (versie ${version})`,
		yours: 'Uw versie (niet opgeslagen)',
		keepMine: 'Mijn versie toch opslaan',
		takeTheirs: 'Hun versie houden',
		deleteCase: 'Casus verwijderen',
		confirmDelete: 'Weet u het zeker? De casus en al zijn versies worden verwijderd.',
		summary: 'De casus',
		edit: 'Bewerk in de rekenmodule',
		withHelp: 'Met hulp',
		withoutHelp: 'Zonder hulp',
		chance: (pct: string) => `kans ${pct}`,
		whoPays: 'Wie betaalt, wie bespaart',
		payer: TERMS.nl.payer.label,
		invests: 'investeert',
		saves: 'bespaart',
		net: 'saldo',
		invalid: 'Deze casus rekent nog niet:',
		lineWarning: 'Een regel van de casus lijkt persoonsgegevens te bevatten'
	},
	en: {
		title: 'Name of the case',
		titleHint: 'Describe the situation, never the client: for example “Rent arrears €300”.',
		description: 'Description',
		descriptionHint: 'What was going on, and what was done? No names, addresses or phone numbers.',
		households: TERMS.en.households.label,
		householdsHint:
			'How many households this case stands for this year. The year overview counts it that often.',
		times: 'How often did this scenario occur',
		timesHint: (perTime: string) =>
			`The scenario itself counts ${perTime} households; the year overview counts that as often.`,
		householdsTotal: 'Households in all',
		caseCode: TERMS.en.caseCode.label,
		caseCodeHint: 'A code, never a name. Offered is the next free code of this year.',
		newCode: 'New code',
		year: 'Year',
		startedOn: 'Help started on',
		startedOnHint: 'Follow-ups count from this day, such as after 6 and 12 months.',
		notes: 'Notes for colleagues',
		notesHint: 'No names, addresses, phone numbers or BSN.',
		advanced: 'For analysts: the case as a file (JSON)',
		advancedHint:
			'The same case in the file format of the calculator and the command line. What you change here shows above.',
		scenario: 'Case (JSON)',
		badJson: 'The case below is not a valid file; mend it or start again in the calculator.',
		fromCalculator: 'Build the case in the calculator',
		noCase:
			'There is no case yet. Build it in the calculator and choose “Keep with my organisation” there, or start from an example.',
		example: 'Start from an example',
		useExample: 'Use example',
		save: 'Save with my organisation',
		saveChanges: 'Save changes',
		problems: 'The case was not saved',
		personalData: 'This text looks as if it contains personal data',
		places: {
			notes: 'notes',
			title: 'name of the case',
			description: 'description',
			case: 'name of the case',
			line: 'line of the case',
			reason: 'reason given for something unusual'
		} as Record<string, string>,
		confirm: 'I have checked this: it is not a client’s data',
		heldUntilReview:
			'Until a manager has reviewed it, “[naam ter beoordeling]” (name under review) stands instead of this text, in the case and in every report.',
		heldTitle: 'Waiting for a manager',
		held: (original: string, shown: string) => `“${original}” was saved as “${shown}”.`,
		heldWhat:
			'A manager releases the text if it is not a client’s data. If it is a name, rewrite the text without it and save again.',
		notSaved: 'Not saved: this text looks as if it contains personal data',
		confirmBelow:
			'Change the text, or confirm below that it is not a client’s data, and save again.',
		bsnRefused: 'A citizen service number is never saved: remove it.',
		kinds: {
			bsn: 'citizen service number',
			name: 'name',
			phone: 'phone number',
			email: 'e-mail address',
			address: 'address'
		} as Record<string, string>,
		conflictTitle: 'Two versions',
		theirs: (name: string, version: number) => `Saved by ${name} (version ${version})`,
		yours: 'Your version (not saved)',
		keepMine: 'Save my version anyway',
		takeTheirs: 'Keep their version',
		deleteCase: 'Delete case',
		confirmDelete: 'Are you sure? The case and all its versions are deleted.',
		summary: 'The case',
		edit: 'Edit in the calculator',
		withHelp: 'With help',
		withoutHelp: 'Without help',
		chance: (pct: string) => `chance ${pct}`,
		whoPays: 'Who pays, who saves',
		payer: TERMS.en.payer.label,
		invests: 'invests',
		saves: 'saves',
		net: 'net',
		invalid: 'This case does not compute yet:',
		lineWarning: 'A line of the case looks as if it contains personal data'
	}
});
