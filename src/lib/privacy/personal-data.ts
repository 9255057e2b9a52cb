/**
 * Cases are pseudonymous: a case code, never a client's identity. Free text is checked for
 * what looks like personal data before it is saved. A BSN (citizen service number) is refused
 * outright; a name, phone number, e-mail address or street address is a warning the user
 * must confirm, because a heuristic also flags innocent text.
 */
export type PersonalDataKind = 'bsn' | 'name' | 'phone' | 'email' | 'address';

export interface PersonalDataFinding {
	kind: PersonalDataKind;
	/** The text that looked like personal data, to show the user where it is. */
	match: string;
}

/** The BSN's eleven-test: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11, and not zero. */
export function passesElevenTest(digits: string): boolean {
	if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
	const sum = [...digits].reduce((total, d, i) => total + Number(d) * (i === 8 ? -1 : 9 - i), 0);
	return sum % 11 === 0;
}

const NINE_DIGITS = /(?<![\d.-])\d{4}[ .-]?\d{2}[ .-]?\d{3}(?![\d-])|(?<![\d.-])\d{9}(?!\d)/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;
const PHONE = /(?<![\w+])(?:\+31|0031|0)[ -]?(?:\(0\))?(?:\d[ -]?){9}(?!\d)/g;
const POSTCODE = /\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b/g;
const STREET =
	/\b\p{Lu}\p{Ll}+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|steeg|dreef|markt|park|baan|veld)\s+\d+[a-zA-Z]?\b/gu;
const TITLE = /\b(?:mevrouw|meneer|mevr\.|mw\.|dhr\.|de heer)\s+\p{Lu}[\p{Ll}'-]+/giu;
// Two capitalised words inside a sentence, perhaps with a Dutch infix: "Jan de Vries".
const FULL_NAME =
	/(?<=[\p{Ll},;:]\s)\p{Lu}[\p{Ll}'-]+(?:\s(?:van|de|der|den|el|ter|ten|van de|van der))?\s\p{Lu}[\p{Ll}'-]+/gu;
// Capitalised words the field's domain uses all the time, which are not people.
const NOT_NAMES = new Set(
	'Wmo Wlz Zvw GGZ CJIB UWV SVB CAK Jeugdwet Participatiewet Gemeente City Deal Effectwijzer Sociaal Werk Nederland Rijk'.split(
		' '
	)
);

function matches(text: string, pattern: RegExp): string[] {
	return [...text.matchAll(pattern)].map((m) => m[0]);
}

export function findPersonalData(text: string): PersonalDataFinding[] {
	const findings: PersonalDataFinding[] = [];
	const add = (kind: PersonalDataKind, found: string[]) =>
		found.forEach((match) => findings.push({ kind, match: match.trim() }));
	add(
		'bsn',
		matches(text, NINE_DIGITS).filter((m) => passesElevenTest(m.replace(/\D/g, '')))
	);
	const emails = matches(text, EMAIL);
	add('email', emails);
	const withoutEmails = emails.reduce((rest, email) => rest.replace(email, ' '), text);
	add(
		'phone',
		matches(withoutEmails, PHONE).filter((m) => !passesElevenTest(m.replace(/\D/g, '')))
	);
	add('address', [...matches(text, STREET), ...matches(text, POSTCODE)]);
	const names = [...matches(text, TITLE), ...matches(text, FULL_NAME)].filter(
		(name) => !name.split(/\s/).some((word) => NOT_NAMES.has(word))
	);
	add('name', names);
	return findings;
}

/** A case code names a case without naming a person: letters, digits and dashes, with a digit. */
export const CASE_CODE = /^(?=.*\d)[A-Z0-9][A-Z0-9-]{2,23}$/;
