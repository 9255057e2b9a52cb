import { defineWords } from '$lib/i18n/words';
import type { Lang } from '$lib/i18n/lang';

export const CASE_WORDS = defineWords({
	nl: {
		caseCode: 'Casuscode',
		caseCodeHint: 'Een code, nooit een naam: bijvoorbeeld WT-2026-014.',
		year: 'Jaar',
		times: 'Aantal huishoudens van dit type',
		timesHint: 'Hoe vaak deze casus dit jaar voorkwam: het portfolio telt hem zo vaak.',
		notes: 'Toelichting',
		notesHint: 'Geen namen, adressen, telefoonnummers of BSN.',
		scenario: 'Casus (JSON, zoals de rekenmodule en de opdrachtregel hem exporteren)',
		fromCalculator: 'Bouw de casus in de rekenmodule',
		example: 'Of begin met een voorbeeld',
		useExample: 'Gebruik voorbeeld',
		save: 'Opslaan',
		problems: 'De casus is niet opgeslagen',
		personalData: 'Deze tekst lijkt persoonsgegevens te bevatten',
		kinds: {
			bsn: 'burgerservicenummer',
			name: 'naam',
			phone: 'telefoonnummer',
			email: 'e-mailadres',
			address: 'adres'
		},
		confirm: 'Ik heb dit gecontroleerd: het zijn geen gegevens van een cliënt',
		conflictTitle: 'Twee versies',
		theirs: (name: string, version: number) => `Opgeslagen door ${name} (versie ${version})`,
		yours: 'Uw versie (niet opgeslagen)',
		keepMine: 'Mijn versie toch opslaan',
		takeTheirs: 'Hun versie houden',
		deleteCase: 'Casus verwijderen',
		confirmDelete: 'Weet u het zeker? De casus en al zijn versies worden verwijderd.'
	},
	en: {
		caseCode: 'Case code',
		caseCodeHint: 'A code, never a name: for example WT-2026-014.',
		year: 'Year',
		times: 'Households of this type',
		timesHint: 'How often this case occurred this year: the portfolio counts it that many times.',
		notes: 'Notes',
		notesHint: 'No names, addresses, phone numbers or BSN.',
		scenario: 'Case (JSON, as the calculator and the command line export it)',
		fromCalculator: 'Build the case in the calculator',
		example: 'Or start from an example',
		useExample: 'Use example',
		save: 'Save',
		problems: 'The case was not saved',
		personalData: 'This text looks as if it contains personal data',
		kinds: {
			bsn: 'citizen service number',
			name: 'name',
			phone: 'phone number',
			email: 'e-mail address',
			address: 'address'
		},
		confirm: 'I have checked this: it is not a client’s data',
		conflictTitle: 'Two versions',
		theirs: (name: string, version: number) => `Saved by ${name} (version ${version})`,
		yours: 'Your version (not saved)',
		keepMine: 'Save my version anyway',
		takeTheirs: 'Keep their version',
		deleteCase: 'Delete case',
		confirmDelete: 'Are you sure? The case and all its versions are deleted.'
	}
}) satisfies Record<Lang, unknown>;
