import names from './data/names-nl.json';

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

/** A capitalised word, not the first part of a hyphenated compound ("Van Gogh-museum"). */
const CAPITALISED = String.raw`\p{Lu}[\p{Ll}’'\p{Lu}]*\p{Ll}(?:-\p{Lu}\p{Ll}+)?(?![\p{L}-])`;
const LOWER_PREFIX = String.raw`(?:van der|van den|van de|van het|van 't|in 't|op de|van|ter|ten|te|el|al|ben|bin|da|du|le)`;
const ARTICLE = String.raw`(?:de|den|der)`;
const TITLE = String.raw`(?:[Ff]amilie|[Ff]am\.|[Gg]ezin|[Mm]evrouw|[Mm]evr\.|[Mm]w\.|[Mm]eneer|[Mm]ijnheer|[Dd]hr\.|[Dd]e heer|[Hh]eer)`;

const TITLED = new RegExp(
	String.raw`\b${TITLE}\s+(?:(?:${LOWER_PREFIX}|${ARTICLE}|\p{Lu}\p{Ll}{0,2})\s+)?${CAPITALISED}`,
	'gu'
);
const INITIALS = new RegExp(
	String.raw`(?<![\p{L}.])(?:\p{Lu}\.\s?){1,4}(?:(?:${LOWER_PREFIX}|${ARTICLE})\s+)?${CAPITALISED}`,
	'gu'
);
const PREFIXED = new RegExp(
	String.raw`(?<![\p{L}])(${LOWER_PREFIX}|${ARTICLE}|Van der|Van den|Van de|Van|De|Den|Der|Ter|Ten|El|Al|Ben)\s+(${CAPITALISED})`,
	'gu'
);
// Two capitalised words inside a sentence, perhaps with a Dutch infix: "Jan de Vries".
// A place such as "De Bilt" or "Den Haag" starts with an article, and "Van Gogh-museum" is a thing.
const FULL_NAME = new RegExp(
	String.raw`(?<=[\p{Ll},;:]\s)(?!(?:Van|De|Den|Der|Het|Ter|Ten|Te)\s)\p{Lu}[\p{Ll}']+(?:-\p{Lu}\p{Ll}+)?(?:\s(?:van|de|der|den|el|ter|ten|van de|van der))?\s${CAPITALISED}`,
	'gu'
);
const WORD = new RegExp(CAPITALISED, 'gu');

/** Capitalised words the field's domain uses all the time, which are not people. */
const NOT_NAMES = new Set(
	`Wmo Wlz Zvw GGZ CJIB UWV SVB CAK DUO IND Jeugdwet Participatiewet Gemeente Belastingdienst
	City Deal Effectwijzer Sociaal Werk Nederland Rijk Voedselbank Nibud Veilig Thuis Leger Heils
	Stadsbank Kredietbank Zorgverzekeraar Woningcorporatie Rabobank Wijkteam Buurtteam Raad
	Kinderbescherming Jeugdbescherming Schuldhulp Bijstand Kerst Pasen Ramadan`.split(/\s+/)
);

/** Family names without a prefix ("Jansen"), and the core of every name ("Vries" of "De Vries"). */
const SURNAMES = new Set(names.surnames.filter((name) => !name.includes(' ')));
const SURNAME_CORES = new Set(names.surnames.map((name) => name.split(' ').at(-1)!));
/** Family names that are also Dutch words: only taken for a name within a sentence. */
const ALSO_WORDS = new Set(
	'Bakker Visser Bos Vos Boer Kok Prins Post Groen Koning Hoek Maas Mol Blom Vink Koster Schipper Kramer Kuiper Brouwer Dekker Jonker Huisman Hofman Bosman Evers Sanders Peters Scholten Martens Boersma'.split(
		' '
	)
);

function matches(text: string, pattern: RegExp): string[] {
	return [...text.matchAll(pattern)].map((m) => m[0]);
}

const notAName = (found: string) => found.split(/\s/).some((word) => NOT_NAMES.has(word));

/** "van Dijk", "De Vries", "El Amrani": a prefix before a capitalised word that can be a name. */
function prefixedNames(text: string): string[] {
	return [...text.matchAll(PREFIXED)].flatMap((m) => {
		const [found, prefix, core] = m as unknown as [string, string, string];
		if (NOT_NAMES.has(core)) return [];
		// "van der Berg" reads as a name; "van Amsterdam", "de Kerk" and "De Bilt" do not, while
		// "van Dijk" and "De Jong" do: a short prefix counts only before a listed family name
		const always = /^(van der|van den|van de|van het|van 't|in 't|op de|ter|ten|el|ben|bin)$/.test(
			prefix
		);
		return always || SURNAME_CORES.has(core) ? [found] : [];
	});
}

/** Common first names ("Pieter"): a first name alone can point to a client in a small team. */
const FIRST_NAMES = new Set(names.firstNames);

/**
 * Listed family and first names, standing alone; a word that is also a family name only when
 * not at a sentence start.
 */
function listedNames(text: string): string[] {
	return [...text.matchAll(WORD)].flatMap((m) => {
		const word = m[0];
		if (FIRST_NAMES.has(word)) return [word];
		if (!SURNAMES.has(word)) return [];
		const before = text.slice(0, m.index).trimEnd();
		const startsSentence = before === '' || /[.!?:]$/.test(before);
		return startsSentence && ALSO_WORDS.has(word) ? [] : [word];
	});
}

/** Keeps the longest of findings that overlap ("Familie Jansen" over "Jansen"), in text order. */
function longest(text: string, found: string[]): string[] {
	const unique = [...new Set(found.map((f) => f.trim()))];
	return unique
		.filter((f) => !unique.some((other) => other !== f && other.includes(f)))
		.sort((a, b) => text.indexOf(a) - text.indexOf(b));
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
	const names = [
		...matches(text, TITLED),
		...matches(text, INITIALS),
		...prefixedNames(text),
		...matches(text, FULL_NAME),
		...listedNames(text)
	].filter((name) => !notAName(name));
	add('name', longest(text, names));
	return findings;
}

/** A case code names a case without naming a person: letters, digits and dashes, with a digit. */
export const CASE_CODE = /^(?=.*\d)[A-Z0-9][A-Z0-9-]{2,23}$/;

const UPPER_NAMES = new Set(
	[...names.surnames.map((name) => name.split(' ').at(-1)!), ...names.firstNames].map((name) =>
		name.toLocaleUpperCase('nl')
	)
);
/** Longer words than this in a code could be someone's name: a code uses abbreviations. */
const LONGEST_CODE_WORD = 6;

/** The parts of a case code that could be a name: a listed name, or a long word of letters. */
export function namesInCaseCode(code: string): string[] {
	return code
		.toLocaleUpperCase('nl')
		.split('-')
		.filter(
			(part) => /^\p{L}+$/u.test(part) && (UPPER_NAMES.has(part) || part.length > LONGEST_CODE_WORD)
		);
}
