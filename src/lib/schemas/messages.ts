import type * as z from 'zod/mini';
import { isBilingual, readBilingual } from '../i18n/form-messages';
import type { Bilingual, Lang } from '../i18n/lang';
import {
	DECIMAL_ISSUE,
	DECIMAL_PATTERN,
	DECIMAL_TEXT_ISSUE,
	ORDER_ISSUE,
	PLACES_ISSUE,
	RANGE_ISSUE
} from './decimal';
import {
	CONTROL_ISSUE,
	DUPLICATE_ISSUE,
	EMPTY_ISSUE,
	FORMULA_ISSUE,
	ID_ISSUE,
	WEB_ADDRESS_ISSUE,
	YEAR_KEY_ISSUE
} from './text';

const both = (nl: string, en: string): Bilingual => ({ nl, en });
const NUMBER = { nl: new Intl.NumberFormat('nl-NL'), en: new Intl.NumberFormat('en-GB') };
const number = (value: unknown, lang: Lang) =>
	typeof value === 'number' || typeof value === 'bigint'
		? NUMBER[lang].format(value)
		: String(value);

/** What the schema expected, as a person would say it. */
const EXPECTED: Record<string, Bilingual> = {
	string: both('verwacht tekst', 'expected text'),
	number: both('verwacht een getal', 'expected a number'),
	int: both('verwacht een heel getal', 'expected a whole number'),
	boolean: both('verwacht ja of nee (true of false)', 'expected yes or no (true or false)'),
	object: both('verwacht een groep velden tussen { }', 'expected a group of fields in { }'),
	array: both('verwacht een lijst tussen [ ]', 'expected a list in [ ]'),
	record: both('verwacht een groep velden tussen { }', 'expected a group of fields in { }')
};

/** Our own issue keys (see decimal.ts and text.ts), worded with their parameters. */
function ownIssue(key: string, params: Record<string, unknown>): Bilingual | null {
	const at = (lang: Lang) => number(params.position, lang);
	switch (key) {
		case DECIMAL_TEXT_ISSUE:
			return both(
				'verwacht een decimaal getal als tekst, zoals "1250.50"',
				'expected a decimal number as text, such as "1250.50"'
			);
		case DECIMAL_ISSUE:
			return both(
				'verwacht een getal of een decimaal getal als tekst, zoals "0.8"',
				'expected a number or a decimal number as text, such as "0.8"'
			);
		case RANGE_ISSUE:
			return both(
				`moet tussen ${number(params.min, 'nl')} en ${number(params.max, 'nl')} liggen`,
				`must be between ${number(params.min, 'en')} and ${number(params.max, 'en')}`
			);
		case CONTROL_ISSUE:
			if (params.broken)
				return both(
					`bevat een half teken (${params.character}) op plaats ${at('nl')}, dat geen letter is; haal het weg of typ het teken opnieuw`,
					`contains half a character (${params.character}) at position ${at('en')}, which is no letter; remove it or type the character again`
				);
			return both(
				`bevat een onzichtbaar stuurteken (${params.character}) op plaats ${at('nl')}; haal het weg`,
				`contains an invisible control character (${params.character}) at position ${at('en')}; remove it`
			);
		case FORMULA_ISSUE:
			return both(
				`begint met ${params.start} en zou in een rekenblad een formule worden; begin met een letter of cijfer`,
				`starts with ${params.start} and would become a formula in a spreadsheet; start with a letter or digit`
			);
		case ID_ISSUE:
			return both(
				'kleine letters, cijfers, punt, streepje of liggend streepje, beginnend met een letter of cijfer',
				'lower-case letters, digits, dot, dash or underscore, starting with a letter or digit'
			);
		case WEB_ADDRESS_ISSUE:
			return both(
				'is geen webadres: begin met https:// of http://',
				'is not a web address: start with https:// or http://'
			);
		case EMPTY_ISSUE:
			return both('mag niet leeg zijn', 'may not be empty');
		case PLACES_ISSUE:
			return both(
				`heeft te veel decimalen: hoogstens ${params.places}`,
				`has too many decimals: at most ${params.places}`
			);
		case ORDER_ISSUE:
			return both(
				`ligt boven de bovengrens (${params.high}): de ondergrens moet daaronder liggen`,
				`is above the upper bound (${params.high}): the lower bound must lie below it`
			);
		case DUPLICATE_ISSUE:
			return both(
				`“${params.value}” staat al eerder in deze lijst (nummer ${params.first}); elk mag er één keer in staan`,
				`“${params.value}” is already in this list (number ${params.first}); each may be in it once`
			);
		case YEAR_KEY_ISSUE:
			return both('verwacht een jaartal van vier cijfers', 'expected a four-digit year');
		default:
			return null;
	}
}

function sizeIssue(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): Bilingual {
	const big = issue.code === 'too_big';
	const limit = big
		? (issue as z.core.$ZodIssueTooBig).maximum
		: (issue as z.core.$ZodIssueTooSmall).minimum;
	const n = { nl: number(limit, 'nl'), en: number(limit, 'en') };
	if (issue.origin === 'string')
		return big
			? both(`is te lang: hoogstens ${n.nl} tekens`, `is too long: at most ${n.en} characters`)
			: limit === 1
				? both('mag niet leeg zijn', 'may not be empty')
				: both(`moet minstens ${n.nl} tekens hebben`, `needs at least ${n.en} characters`);
	if (issue.origin === 'array' || issue.origin === 'set')
		return big
			? both(`te veel: hoogstens ${n.nl}`, `too many: at most ${n.en}`)
			: both(`te weinig: minstens ${n.nl}`, `too few: at least ${n.en}`);
	const strict = !issue.inclusive;
	return big
		? both(
				strict ? `moet kleiner zijn dan ${n.nl}` : `mag hoogstens ${n.nl} zijn`,
				strict ? `must be less than ${n.en}` : `may be at most ${n.en}`
			)
		: both(
				strict ? `moet groter zijn dan ${n.nl}` : `moet minstens ${n.nl} zijn`,
				strict ? `must be more than ${n.en}` : `must be at least ${n.en}`
			);
}

/**
 * A zod issue in plain Dutch and English, for a person who fills in a form or edits a file by
 * hand: never zod's own wording, which speaks of strings, arrays and ints.
 */
export function issueWords(issue: z.core.$ZodIssue): Bilingual {
	const params = (issue as { params?: Record<string, unknown> }).params ?? {};
	const own = ownIssue(issue.message, params);
	if (own) return own;
	switch (issue.code) {
		case 'custom':
			return both(issue.message, issue.message);
		case 'invalid_type':
			if (issue.input === undefined) return both('ontbreekt', 'is missing');
			return (
				EXPECTED[issue.expected] ??
				both('heeft niet de goede soort waarde', 'is the wrong kind of value')
			);
		case 'too_big':
		case 'too_small':
			return sizeIssue(issue);
		case 'invalid_value': {
			const values = issue.values.map((v) => JSON.stringify(v));
			return values.length === 1
				? both(`moet ${values[0]} zijn`, `must be ${values[0]}`)
				: both(`kies één van: ${values.join(', ')}`, `choose one of: ${values.join(', ')}`);
		}
		case 'invalid_format':
			if (issue.pattern === DECIMAL_PATTERN.toString()) return ownIssue(DECIMAL_ISSUE, {})!;
			if (issue.format === 'url') return ownIssue(WEB_ADDRESS_ISSUE, {})!;
			if (issue.format === 'email')
				return both('is geen geldig e-mailadres', 'is not a valid e-mail address');
			return both('heeft niet de goede vorm', 'does not have the right form');
		case 'unrecognized_keys':
			return both(
				`onbekend veld: ${issue.keys.join(', ')}`,
				`unknown field: ${issue.keys.join(', ')}`
			);
		case 'invalid_key':
			return (
				ownIssue(issue.issues[0]?.message ?? '', {}) ??
				both('ongeldige naam van een veld', 'invalid field name')
			);
		case 'invalid_union':
			return both('past bij geen van de toegestane vormen', 'matches none of the allowed forms');
		default:
			return both('is niet geldig', 'is not valid');
	}
}

/** issueWords in one language. */
export function inputIssueDetail(issue: z.core.$ZodIssue, lang: Lang): string {
	return issueWords(issue)[lang];
}

/** The message of a zod issue, in both languages: the schema's own, or worded from the issue. */
export function issueMessage(issue: z.core.$ZodIssue): Bilingual {
	return isBilingual(issue.message)
		? readBilingual(issue.message)
		: issueWords(issue as Parameters<typeof issueWords>[0]);
}
