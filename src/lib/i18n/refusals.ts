import type { Bilingual } from './lang';

/**
 * Every refusal the server gives, worded once in Dutch and English: what is wrong and how to
 * put it right, each starting with the field it is about. A module refuses by name,
 * `problem('caseCode', REFUSALS.caseCodeTaken)`, never by writing the words where it refuses;
 * problems.ts does the same for a scenario's problems, and a form's schema words its own
 * field checks with bi().
 */

const say = (nl: string, en: string): Bilingual => ({ nl, en });

/** "Verzoek: …" for a problem with a whole request rather than one of its fields. */
export const requestRefusal = (detail: Bilingual): Bilingual =>
	say(`Verzoek: ${detail.nl}`, `Request: ${detail.en}`);

/** "Name: detail" for a field whose detail comes from a check of its own. */
export const fieldRefusal = (name: Bilingual, detail: Bilingual): Bilingual =>
	say(`${name.nl}: ${detail.nl}`, `${name.en}: ${detail.en}`);

export const REFUSALS = {
	// requests
	invalidJson: (detail: Bilingual) =>
		say(`is geen geldige JSON: ${detail.nl}`, `is not valid JSON: ${detail.en}`),
	notAnObject: say('Verzoek: verwacht een JSON-object.', 'Request: expected a JSON object.'),

	// cases
	unusualUnanswered: (count: number) =>
		say(
			count === 1
				? 'Opvallend: één cijfer van de casus is ongewoon; zeg waarom het klopt, of pas het aan'
				: `Opvallend: ${count} cijfers van de casus zijn ongewoon; zeg bij elk waarom het klopt, of pas ze aan`,
			count === 1
				? 'Unusual: one figure of the case is unusual; say why it is right, or change it'
				: `Unusual: ${count} figures of the case are unusual; say for each why it is right, or change them`
		),
	reasonMissing: say(
		'Waarom klopt dit: ontbreekt; zeg in een paar woorden waarom, of pas het cijfer aan',
		'Why is this right: missing; say in a few words why, or change the figure'
	),
	reasonTooShort: (min: number) =>
		say(
			`Waarom klopt dit: is te kort; zeg in minstens ${min} tekens waarom`,
			`Why is this right: is too short; say why in at least ${min} characters`
		),
	reasonTooLong: (max: number) =>
		say(
			`Waarom klopt dit: is langer dan ${max} tekens`,
			`Why is this right: is longer than ${max} characters`
		),
	reviewNotFound: say(
		'Deze tekst wacht niet meer op beoordeling: een collega heeft hem al beoordeeld, of de maker heeft hem herschreven',
		'This text no longer waits for review: a colleague has reviewed it, or its author has rewritten it'
	),
	reasonNamesSomeone: (match: string) =>
		say(
			`Waarom klopt dit: “${match}” kan iemand aanwijzen; een reden staat in het jaarrapport, dus noem geen cliënt, maar wat er gebeurt (zoals “60 nachten bedoeld”)`,
			`Why is this right: “${match}” could point to someone; a reason stands in the year report, so name no client, but what happens (such as “60 nights meant”)`
		),
	reasonHasControlCharacter: say(
		'Waarom klopt dit: bevat een onzichtbaar teken; typ de tekst opnieuw',
		'Why is this right: contains an invisible character; type the text again'
	),
	caseTooLarge: (seconds: number) =>
		say(
			`Casus: is te groot om binnen ${seconds} seconden te controleren; verdeel hem over meer casussen`,
			`Case: is too large to check within ${seconds} seconds; split it into more cases`
		),
	caseCodeTaken: say(
		'Casuscode: is al in gebruik in uw organisatie',
		'Case code: is already used in your organisation'
	),
	savedMeanwhile: (by: string, version: number) =>
		say(
			`${by} heeft deze casus intussen opgeslagen (versie ${version}). Uw wijzigingen zijn niet opgeslagen maar staan hieronder nog; vergelijk beide versies.`,
			`${by} saved this case in the meantime (version ${version}). Your changes were not saved but are still below; compare both versions.`
		),
	versionMissingInForm: say(
		'Versie: ontbreekt; laad de casus opnieuw',
		'Version: missing; reload the case'
	),
	versionMissingInRequest: say(
		'Versie: ontbreekt; stuur de versie mee waarop u verder werkte',
		'Version: missing; send the version you worked from'
	),
	confirmPersonalDataInRequest: say(
		'Persoonsgegevens: bevestig met confirmPersonalData dat het geen gegevens van een cliënt zijn',
		'Personal data: confirm with confirmPersonalData that this is no client’s data'
	),
	bsnInCase: say(
		'Er staat een burgerservicenummer (BSN) in de casus. Dat wordt nooit opgeslagen: haal het weg.',
		'The case contains a citizen service number (BSN). It is never saved: remove it.'
	),
	householdsNotWhole: (label: string, count: string) =>
		say(
			`Aantal huishoudens van “${label}”: ${count.replace('.', ',')} is geen heel aantal; een bewaarde casus telt hele huishoudens`,
			`Households of “${label}”: ${count} is not a whole number; a saved case counts whole households`
		),
	ownUnitCostsInCase: say(
		'Casus: eigen kengetallen horen in de kengetallen van de organisatie, niet in één casus',
		'Case: own unit costs belong in the organisation’s unit costs, not in one case'
	),
	caseNotJson: (detail: Bilingual) =>
		say(
			`Casus (JSON): is geen geldige JSON: ${detail.nl}`,
			`Case (JSON): is not valid JSON: ${detail.en}`
		),
	caseProblem: (detail: Bilingual) => say(`Casus: ${detail.nl}`, `Case: ${detail.en}`),
	lineAfterReportYears: (label: string, unit: 'year' | 'month', start: number, years: number) =>
		unit === 'year'
			? say(
					`Casus: “${label}” begint in jaar ${start}, maar het jaaroverzicht telt ${years} jaar (jaar 0 tot en met ${years - 1}) en zou deze regel niet meetellen; kies een eerder jaar`,
					`Case: “${label}” starts in year ${start}, but the year report counts ${years} years (year 0 to ${years - 1}) and would not count this line; choose an earlier year`
				)
			: say(
					`Casus: “${label}” begint in maand ${start}, maar het jaaroverzicht telt ${years} jaar (maand 0 tot en met ${years * 12 - 1}) en zou deze regel niet meetellen; kies een eerdere maand`,
					`Case: “${label}” starts in month ${start}, but the year report counts ${years} years (month 0 to ${years * 12 - 1}) and would not count this line; choose an earlier month`
				),

	// free text
	personalData: (name: Bilingual, warning: Bilingual, confirmable: boolean) =>
		say(
			`${name.nl}: ${warning.nl}${confirmable ? ' Is het geen persoonsgegeven, vink dan hieronder aan dat u het zo wilt bewaren.' : ''}`,
			`${name.en}: ${warning.en}${confirmable ? ' If it is not personal data, tick below that you want to keep it so.' : ''}`
		),

	// follow-ups and measured chances
	moments: (detail: Bilingual) => say(`Momenten: ${detail.nl}`, `Moments: ${detail.en}`),
	nothingMeasuredWith: say(
		'Gebeurtenis: er is nog geen nameting met een bekende uitkomst om over te nemen',
		'Event: there is no follow-up with a known outcome to adopt yet'
	),
	nothingMeasuredWithout: say(
		'Gebeurtenis: er is nog geen vergelijkingsgroep zonder hulp om over te nemen',
		'Event: there is no comparison group without help to adopt yet'
	),

	// report versions and sharing
	noCasesToEstablish: (year: number) =>
		say(
			`Jaar: er zijn in ${year} geen opgeslagen casussen, dus er is niets vast te stellen`,
			`Year: there are no saved cases in ${year}, so there is nothing to establish`
		),
	nothingChanged: (year: number, number: number) =>
		say(
			`Jaar: versie ${number} van ${year} is al vastgesteld en sindsdien is er niets veranderd`,
			`Year: version ${number} of ${year} is already established and nothing has changed since`
		),
	changedWhileEstablishing: say(
		'Jaar: terwijl het rapport werd vastgesteld, is er een casus of eigen kengetal gewijzigd. Bekijk het rapport opnieuw en stel het dan vast.',
		'Year: a case or own unit cost changed while the report was being established. Look at the report again, then establish it.'
	),
	personalDataInVersion: say(
		'Jaar: in de casussen hieronder staat tekst die op persoonsgegevens lijkt. Een vastgestelde versie gaat naar de financier en mag die nooit bevatten: pas de casussen aan en stel het rapport dan vast.',
		'Year: the cases below contain text that looks like personal data. An established version goes to the funder and must never hold any: change the cases, then establish the report.'
	),
	shareCodesTried: (wait: Bilingual) =>
		say(
			`Deelcode van de financier: er zijn het afgelopen uur al veel onbekende codes geprobeerd. Wacht nog ${wait.nl} en probeer het dan opnieuw.`,
			`The funder’s share code: many unknown codes have been tried in the past hour. Wait ${wait.en}, then try again.`
		),
	unknownShareCode: say(
		'Deelcode van de financier: geen financier heeft deze code. Vraag de beheerder van de gemeente om de code op haar pagina ‘Met ons gedeelde rapporten’.',
		'The funder’s share code: no funder has this code. Ask the municipality’s administrator for the code on its ‘Reports shared with us’ page.'
	),
	notEstablishedYet: (year: number) =>
		say(
			`Jaar: het rapport ${year} is nog niet vastgesteld. Stel het eerst vast op de portfoliopagina: een financier ziet alleen vastgestelde versies.`,
			`Year: the ${year} report has not been established yet. Establish it first on the portfolio page: a funder sees established versions only.`
		),
	alreadyShared: (year: number, funder: string) =>
		say(
			`Jaar: het rapport ${year} is al gedeeld met ${funder}`,
			`Year: the ${year} report is already shared with ${funder}`
		),

	// accounts
	organisationNameTaken: say(
		'Naam van de organisatie: er is al een organisatie met deze naam bij Effectwijzer. Kies een naam die de uwe onderscheidt, bijvoorbeeld met de plaats of de wijk erbij.',
		'Name of the organisation: an organisation of this name is already on Effectwijzer. Choose a name that sets yours apart, for example with its town or neighbourhood.'
	),
	manyRegistrations: (wait: Bilingual) =>
		say(
			`Vanaf deze plek zijn het afgelopen uur al veel aanmeldingen gedaan. Wacht nog ${wait.nl} en probeer het dan opnieuw.`,
			`Many registrations have come from this place in the past hour. Wait ${wait.en}, then try again.`
		),
	manyInvitations: (wait: Bilingual) =>
		say(
			`Uw organisatie heeft het afgelopen uur al veel uitnodigingen gemaakt. Wacht nog ${wait.nl} en probeer het dan opnieuw.`,
			`Your organisation has created many invitations in the past hour. Wait ${wait.en}, then try again.`
		),
	roleDoesNotFit: say(
		'Rol: past niet bij dit soort organisatie',
		'Role: does not fit this kind of organisation'
	),
	tooManySignInFailures: (wait: Bilingual) =>
		say(
			`Te veel mislukte pogingen. Wacht nog ${wait.nl} en probeer het dan opnieuw.`,
			`Too many failed attempts. Wait ${wait.en}, then try again.`
		),
	secondStepFailed: (wait: Bilingual | null) =>
		say(
			'Code: deze code klopt niet of is al gebruikt. Typ de zes cijfers die de app nu toont, of een van uw herstelcodes.' +
				(wait ? ` Probeer het over ${wait.nl} opnieuw.` : ''),
			'Code: this code is wrong or has been used. Type the six digits the app shows now, or one of your recovery codes.' +
				(wait ? ` Try again in ${wait.en}.` : '')
		),
	secondStepRequired: say(
		'Tweede stap: uw organisatie vereist die voor uw rol; alleen een beheerder kan dat veranderen.',
		'Second step: your organisation requires it for your role; only an administrator can change that.'
	),
	signInFailed: (wait: Bilingual | null) =>
		say(
			'Inloggen lukt niet met dit e-mailadres en wachtwoord.' +
				(wait ? ` Probeer het over ${wait.nl} opnieuw.` : ''),
			'Signing in failed with this e-mail address and password.' +
				(wait ? ` Try again in ${wait.en}.` : '')
		),

	// live rounds
	tooManyRounds: (wait: Bilingual) =>
		say(
			`Ronde: er zijn vanaf dit adres net veel rondes begonnen. Wacht nog ${wait.nl} en begin dan opnieuw.`,
			`Round: many rounds were just started from this address. Wait ${wait.en}, then start again.`
		),
	tooManyCodes: (wait: Bilingual) =>
		say(
			`Code: er zijn vanaf dit adres veel codes geprobeerd die niet bestaan. Wacht nog ${wait.nl} en typ dan de code van het scherm.`,
			`Code: many codes that do not exist were tried from this address. Wait ${wait.en}, then type the code on the screen.`
		),
	tooManyScreens: say(
		'Ronde: deze ronde of dit adres volgt al zoveel schermen als de app toelaat. Sluit een ander venster van de ronde en probeer het opnieuw.',
		'Round: this round or this address already follows as many screens as the app allows. Close another window of the round and try again.'
	),
	roundGone: say(
		'Code: deze ronde bestaat niet (meer). Vraag de trainer om de code op het scherm.',
		'Code: this round does not exist (any more). Ask the trainer for the code on the screen.'
	),
	noQuestions: say(
		'Vragen: kies ten minste één kengetal.',
		'Questions: choose at least one unit cost.'
	),
	tooManyQuestions: (max: number) =>
		say(`Vragen: kies er ten hoogste ${max}.`, `Questions: choose at most ${max}.`),
	questionsNotInCatalog: (n: number) =>
		say(
			`Vragen: ${n === 1 ? 'een kengetal staat' : `${n} kengetallen staan`} niet in de catalogus.`,
			`Questions: ${n === 1 ? 'a unit cost is' : `${n} unit costs are`} not in the catalog.`
		),
	questionTwice: say('Vragen: elk kengetal één keer.', 'Questions: each unit cost once.'),
	noNickname: say(
		'Naam: vul een bijnaam of groepsnaam in.',
		'Name: fill in a nickname or group name.'
	),
	nicknameTooLong: (max: number) =>
		say(`Naam: ten hoogste ${max} tekens.`, `Name: at most ${max} characters.`),
	nicknameInvisible: say('Naam: bevat onzichtbare tekens.', 'Name: holds invisible characters.'),
	nicknamePersonal: say(
		'Naam: kies een bijnaam of groepsnaam, geen e-mailadres, telefoonnummer, adres of BSN.',
		'Name: choose a nickname or group name, not an e-mail address, phone number, address or BSN.'
	),
	roundFull: (max: number) =>
		say(
			`Code: deze ronde is vol (${max} deelnemers).`,
			`Code: this round is full (${max} participants).`
		),
	nicknameTaken: (name: string) =>
		say(
			`Naam: "${name}" doet al mee in deze ronde; kies een andere naam.`,
			`Name: "${name}" is already playing in this round; choose another name.`
		),
	joinFirst: say('Naam: doe eerst mee met een naam.', 'Name: join with a name first.'),
	guessUnreadable: (detail: Bilingual) => say(`Schatting: ${detail.nl}`, `Guess: ${detail.en}`),
	guessOutOfRange: say(
		'Schatting: een bedrag groter dan € 0 en ten hoogste € 100.000.000.',
		'Guess: an amount above €0 and at most €100,000,000.'
	),
	roundNotStarted: say(
		'Schatting: de ronde is nog niet begonnen; de eerste vraag verschijnt zodra de trainer start.',
		'Guess: the round has not started yet; the first question appears as soon as the trainer starts.'
	),
	questionClosed: say(
		'Schatting: deze vraag is gesloten; wacht op de volgende.',
		'Guess: this question is closed; wait for the next one.'
	),
	unknownControl: (controls: readonly string[]) =>
		say(
			`Actie: kies een van ${controls.join(', ')}.`,
			`Action: choose one of ${controls.join(', ')}.`
		),
	trainerOnly: say(
		'Code: alleen de trainer bestuurt deze ronde.',
		'Code: only the trainer steers this round.'
	),
	controlNotNow: say(
		'Actie: dat kan nu niet; de ronde is al verder of dit was de laatste vraag.',
		'Action: not possible now; the round has moved on or this was the last question.'
	),
	roundNameLength: (max: number) =>
		say(`Naam van de ronde: 1 tot ${max} tekens.`, `Name of the round: 1 to ${max} characters.`),
	roundQuestions: (max: number) =>
		say(
			`Vragen: 1 tot ${max} verschillende kengetallen uit de catalogus.`,
			`Questions: 1 to ${max} different unit costs from the catalog.`
		)
} as const satisfies Record<string, Bilingual | ((...args: never[]) => Bilingual)>;
