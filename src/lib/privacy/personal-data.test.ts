import { describe, expect, it } from 'vitest';
import {
	CASE_CODE,
	findPersonalData,
	namesInCaseCode,
	passesElevenTest,
	type PersonalDataKind
} from './personal-data';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

describe('the BSN eleven-test', () => {
	it.each(['111222333', '123456782'])('accepts %s', (bsn) => {
		expect(passesElevenTest(bsn)).toBe(true);
	});
	it.each(['111222334', '123456789', '000000000', '12345678', 'abcdefghi'])('rejects %s', (bsn) => {
		expect(passesElevenTest(bsn)).toBe(false);
	});
});

/** Text as a social worker might type it, and what the check should find in it (nothing: null). */
const VERDICTS: [text: string, kind: PersonalDataKind | null][] = [
	// names behind a title or a household word
	['Familie Jansen, huurachterstand €300', 'name'],
	['familie Öztürk heeft een energieschuld', 'name'],
	['fam. Bakker', 'name'],
	['Gezin De Vries met drie kinderen', 'name'],
	['gezin van der Berg', 'name'],
	['gesprek met mevrouw Jansen', 'name'],
	['Mevr. El Amrani belde terug', 'name'],
	['mw. Kaya', 'name'],
	['meneer Pietersen', 'name'],
	['dhr. Öztürk', 'name'],
	['afspraak met de heer Smit', 'name'],
	['mijnheer Van Dam kwam niet', 'name'],
	// initials with a family name
	['J. de Vries', 'name'],
	['J.P. Balkenende', 'name'],
	['gebeld met M. Yilmaz', 'name'],
	['A.B. Hendriks-Meijer', 'name'],
	['brief aan K. van den Heuvel', 'name'],
	// a prefix before a family name
	['van der Meulen heeft schulden', 'name'],
	['Zoon van Dijk gaat naar de opvang', 'name'],
	['schulden bij De Jong', 'name'],
	['El Idrissi wacht op bewind', 'name'],
	['regeling voor ten Brink', 'name'],
	// listed family names standing alone
	['Jansen: uitzetting dreigt', 'name'],
	['huurachterstand Yilmaz', 'name'],
	['dossier Hendriks', 'name'],
	['casus Nguyen', 'name'],
	['overleg met Willems en Hoekstra', 'name'],
	['ruzie met buurman Bakker', 'name'],
	// a first name standing alone
	['Pieter heeft een huurachterstand', 'name'],
	['huurachterstand Pieter', 'name'],
	['gesprek met Fatma over de energierekening', 'name'],
	// a first name with a family name
	['samen met Jan de Vries naar de schuldhulp', 'name'],
	['moeder, Fatima Benali, belde', 'name'],
	['met Anna Visser naar het loket', 'name'],
	// other personal data
	['BSN 111222333 bekend bij de gemeente', 'bsn'],
	['bsn: 1234.56.782', 'bsn'],
	['bel 06-12345678 na vijven', 'phone'],
	['tel. +31 20 123 4567', 'phone'],
	['mail naar iemand@example.nl', 'email'],
	['woont aan de Kerkstraat 12a', 'address'],
	['postcode 1234 AB', 'address'],
	// look-alikes that are not people
	['Bezoek aan het Van Gogh-museum', null],
	['Woont in De Bilt', null],
	['gemeente Den Helder betaalt', null],
	['De Wolden heeft een eigen regeling', null],
	['Wmo-begeleiding individueel', null],
	['Wmo', null],
	['CJIB-boete met twee verhogingen', null],
	['Huurachterstand €300', null],
	['Huurachterstand betaald uit het maatwerkbudget', null],
	['Sociaal werker: bellen met het CJIB, regeling, nazorg', null],
	['Ambulante Wmo-begeleiding, 80 uur per jaar; Gemeente Utrecht betaalt', null],
	['Schuldhulptraject na 6 maanden, kans 25%', null],
	['Gezin met energieschuld', null],
	['familie en vrienden helpen mee', null],
	['gezin met drie kinderen', null],
	['mevrouw belde zelf', null],
	['Uitzetting voorkomen met een betalingsregeling', null],
	['Nachtopvang na uitzetting (90 nachten)', null],
	['Crisisopname GGZ (14 dagen) vanuit de opvang', null],
	['Uren wijkcoach (intake, regeling, nazorg)', null],
	['Betaling huurachterstand uit maatwerkbudget', null],
	['Aanmelding bij de Voedselbank', null],
	['Melding bij Veilig Thuis', null],
	['Schuldhulp via de Stadsbank', null],
	['Groepsbijeenkomst in het buurthuis', null],
	['Bos en natuur rond de wijk', null],
	['Post van de woningcorporatie', null],
	['Groen licht van de gemeente', null],
	['Boer zoekt hulp bij de administratie', null],
	['Piet Bakker belde over de huur', 'name'],
	['ondersteuning van de Belastingdienst bij toeslagen', null],
	['bewoners van Amsterdam-Noord', null],
	['hulp van de buren', null],
	['dossier 123456789', null],
	['3 keer per week 2 uur', null],
	['Plan van aanpak: 12 weken', null],
	['Jeugdwet: ambulante hulp thuis', null],
	['Participatiewet, bijstand alleenstaande', null],
	['UWV en SVB afgestemd', null],
	['Inkomensondersteuning via de Kredietbank', null],
	['Aanvraag bij het Nibud-budgetcoach', null],
	['Energieafsluiting voorkomen', null],
	['Eén telefoontje naar de juiste instantie', null],
	['Dagbesteding in een groep', null],
	['Verhuizing naar een kleinere woning', null],
	['Vrijwilligers van het Leger des Heils', null],
	['Zorg na de Ramadan opnieuw gepland', null],
	['Opvang in Den Haag', null],
	['Wachtlijst bij de GGZ', null],
	['Huisarts en POH-GGZ', null],
	['Intake wijkteam Noord', null],
	['Overleg met Humanitas', null],
	['ggz-crisis voorkomen', null],
	['Huur betaald, regeling met corporatie', null],
	['Terugvordering toeslagen', null],
	['Bijstand stopgezet na werk', null],
	['2 kinderen, 1 uithuisplaatsing voorkomen', null],
	['Inzet maatwerkbudget € 1.500', null],
	['Kosten 40% lager dan gepland', null],
	['Een e-mail naar de corporatie', null],
	['Werkfit-traject met de Participatiewet', null],
	['Hulp bij de aanvraag van bijzondere bijstand', null],
	['Budgetbeheer via de gemeente', null],
	['Brief van de deurwaarder', null],
	['Leerplicht: verzuim opgelost', null],
	['Jongere naar de opvang 18–23 jaar', null]
];

describe('personal data in free text', () => {
	it('is checked against a table of more than a hundred texts', () => {
		expect(VERDICTS.length).toBeGreaterThanOrEqual(100);
	});

	it.each(VERDICTS)('%j: %s', (text, kind) => {
		if (kind === null) expect(findPersonalData(text)).toEqual([]);
		else expect(kinds(text)).toContain(kind);
	});

	it('names the words it found, the longest reading only', () => {
		expect(findPersonalData('Familie Jansen, huurachterstand €300')).toEqual([
			{ kind: 'name', match: 'Familie Jansen' }
		]);
		expect(findPersonalData('J. de Vries en mevrouw Kaya')).toEqual([
			{ kind: 'name', match: 'J. de Vries' },
			{ kind: 'name', match: 'mevrouw Kaya' }
		]);
	});

	it('does not take a number that fails the eleven-test for a BSN', () => {
		expect(kinds('dossier 123456789')).not.toContain('bsn');
	});
});

describe('a case code', () => {
	it.each(['WT-2026-014', 'A12', 'CASUS-7', 'HUUR-2026-001', 'GGZ-12'])('accepts %s', (code) => {
		expect(CASE_CODE.test(code)).toBe(true);
		expect(namesInCaseCode(code)).toEqual([]);
	});
	it.each(['JANSEN', 'jan-12', 'Piet Jansen 1', 'AB', '-12', 'X'.repeat(30) + '1'])(
		'refuses %j by its form',
		(code) => {
			expect(CASE_CODE.test(code)).toBe(false);
		}
	);
	it.each([
		['JANSEN-1', ['JANSEN']],
		['Jansen-1', ['JANSEN']],
		['PIET-2026', ['PIET']],
		['YILMAZ-3', ['YILMAZ']],
		['DEVRIES-2', ['DEVRIES']],
		['HUISHOUDEN-1', ['HUISHOUDEN']]
	])('refuses %s as a pseudonym: %j could be a name', (code, found) => {
		expect(namesInCaseCode(code)).toEqual(found);
	});
});
