import { D, type Dec } from '../engine';
import type { Lang } from '../i18n/lang';
import { defineWords } from '../i18n/words';
import { formatDecimal } from './money';

/**
 * What a field holds, which decides how a typed number is read and shown:
 * - amount: a quantity or a sum of money ("1.500", "€ 300", "1.500,50");
 * - fraction: a chance or a share, shown as a percentage ("40%"), typed as "40%" or "0,4";
 * - percent: a figure that is itself in percent, such as a discount rate ("2,25" or "2,25%").
 */
export type NumberKind = 'amount' | 'fraction' | 'percent';

export type NumberReading =
	| { ok: true; value: Dec; /** As the scenario file writes it: "1500.5". */ decimal: string }
	| { ok: false; problem: NumberProblem };

export type NumberProblem =
	| { kind: 'empty' }
	| { kind: 'not-a-number'; text: string }
	| { kind: 'mixed-separators'; text: string }
	| { kind: 'ambiguous'; text: string; readings: [Dec, Dec] }
	| { kind: 'other-notation'; text: string; meant: Dec }
	| { kind: 'percent-here'; text: string }
	| { kind: 'euro-here'; text: string }
	| { kind: 'fraction-above-one'; text: string; value: Dec };

const NOTATION: Record<Lang, { decimal: ',' | '.'; group: ',' | '.' }> = {
	nl: { decimal: ',', group: '.' },
	en: { decimal: '.', group: ',' }
};

const HUNDRED = new D(100);

interface Marks {
	body: string;
	negative: boolean;
	euro: boolean;
	percent: boolean;
}

/** Takes the sign, a euro sign and a percent sign off the digits, and spaces between groups. */
function marks(text: string): Marks | null {
	let body = text.trim().replace(/[\u00a0\u202f]/g, ' ');
	const negative = /^[-−]/.test(body);
	if (negative) body = body.slice(1).trim();
	const euro = /^(€|eur\b)/i.test(body) || /(€|\beur)$/i.test(body);
	body = body.replace(/^(€|eur\b)\s*/i, '').replace(/\s*(€|\beur)$/i, '');
	const percent = /\s?%$/.test(body);
	body = body.replace(/\s?%$/, '');
	if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(body)) body = body.replaceAll(' ', '');
	if (!/^\d*([.,]\d+)*$/.test(body) || !/\d/.test(body)) return null;
	return { body, negative, euro, percent };
}

const isGrouping = (parts: readonly string[]) =>
	/^[1-9]\d{0,2}$/.test(parts[0]!) && parts.slice(1).every((part) => part.length === 3);

/** The digits as a number, given which separator (if any) is the decimal one. */
type Read =
	{ value: string } | { problem: 'mixed' } | { ambiguous: [string, string] } | { other: string };

function readDigits(body: string, lang: Lang): Read {
	const separators = body.match(/[.,]/g) ?? [];
	const parts = body.split(/[.,]/);
	if (separators.length === 0) return { value: body };
	const { decimal, group } = NOTATION[lang];
	const last = separators.at(-1)!;
	const before = separators.slice(0, -1);
	if (before.length === 0) {
		const [whole, fraction] = parts as [string, string];
		const grouped = isGrouping(parts);
		if (last === decimal) {
			// English "1.500" might be a Dutch fifteen hundred, and Dutch "7,500" an English seven
			// thousand five hundred (a guess typed on an English keyboard): ask rather than guess
			if (grouped) return { ambiguous: [`${whole}.${fraction}`, whole + fraction] };
			return { value: `${whole || '0'}.${fraction}` };
		}
		return grouped ? { value: whole + fraction } : { value: `${whole || '0'}.${fraction}` };
	}
	if (separators.every((s) => s === last))
		return !isGrouping(parts)
			? { problem: 'mixed' }
			: last === group
				? { value: parts.join('') }
				: { other: parts.join('') };
	if (
		!before.every((s) => s === before[0]) ||
		before[0] === last ||
		!isGrouping(parts.slice(0, -1))
	)
		return { problem: 'mixed' };
	const value = `${parts.slice(0, -1).join('')}.${parts.at(-1)}`;
	return last === decimal ? { value } : { other: value };
}

/**
 * Reads a number as a person types it in the interface language: "1.500" is fifteen hundred
 * in Dutch, "40%" is 0,4 in a chance, "€ 300" is 300. What could mean two things is refused
 * with both readings, never guessed; so is another language's notation.
 */
export function readNumber(text: string, lang: Lang, kind: NumberKind = 'amount'): NumberReading {
	const fail = (problem: NumberProblem): NumberReading => ({ ok: false, problem });
	if (text.trim() === '') return fail({ kind: 'empty' });
	const found = marks(text);
	if (!found) return fail({ kind: 'not-a-number', text });
	const read = readDigits(found.body, lang);
	const signed = (digits: string) => new D(found.negative ? `-${digits}` : digits);
	if ('problem' in read) return fail({ kind: 'mixed-separators', text });
	if ('ambiguous' in read)
		return fail({
			kind: 'ambiguous',
			text,
			readings: [signed(read.ambiguous[0]), signed(read.ambiguous[1])]
		});
	if ('other' in read) return fail({ kind: 'other-notation', text, meant: signed(read.other) });
	let value = signed(read.value);
	if (found.euro && kind !== 'amount') return fail({ kind: 'euro-here', text });
	if (found.percent) {
		if (kind === 'amount') return fail({ kind: 'percent-here', text });
		if (kind === 'fraction') value = value.dividedBy(HUNDRED);
	} else if (kind === 'fraction' && value.gt(1))
		return fail({ kind: 'fraction-above-one', text, value });
	return { ok: true, value, decimal: value.toFixed() };
}

/** A number as the interface shows it: "1.500", "0,25", "40%"; unreadable text stays as it is. */
export function showNumber(
	value: string | number | undefined | null,
	lang: Lang,
	kind: NumberKind = 'amount'
): string {
	if (value === undefined || value === null || value === '') return '';
	let exact: Dec;
	try {
		exact = new D(value);
	} catch {
		return String(value);
	}
	if (!exact.isFinite()) return String(value);
	const shown = kind === 'fraction' ? exact.times(HUNDRED) : exact;
	let text = formatDecimal(shown, lang, shown.decimalPlaces()).replace('−', '-');
	// "1.234" in English or "1,234" in Dutch would read as maybe-a-thousand (readDigits asks);
	// a fourth decimal says it is not
	if (/^-?[1-9]\d{0,2}[.,]\d{3}$/.test(text) && text.includes(NOTATION[lang].decimal)) text += '0';
	return kind === 'fraction' ? `${text}%` : text;
}

const WORDS = defineWords({
	nl: {
		empty: 'is leeg: typ een getal',
		notANumber: (text: string) => `“${text}” is geen getal. Typ bijvoorbeeld 1.500 of 0,25.`,
		mixed: (text: string) =>
			`“${text}” is geen getal: de punten en komma’s staan door elkaar. Typ bijvoorbeeld 1.500 of 1,5.`,
		ambiguous: (text: string, a: string, b: string) =>
			`“${text}” kan ${a} of ${b} betekenen. Typ het getal zonder twijfel, bijvoorbeeld ${b.replace(/\./g, '')}.`,
		other: (text: string, meant: string) =>
			`“${text}” is Engelse schrijfwijze. Bedoelt u ${meant}? Typ dan ${meant}.`,
		percentHere: (text: string) =>
			`“${text}” is een percentage; hier hoort een getal, zoals 1.500.`,
		euroHere: (text: string) => `“${text}” is een bedrag; hier hoort een percentage of een getal.`,
		aboveOne: (text: string, pct: string) =>
			`“${text}” is meer dan 1. Bedoelt u ${pct}? Typ een kans als percentage (40%) of als deel van 1 (0,4).`
	},
	en: {
		empty: 'is empty: type a number',
		notANumber: (text: string) => `“${text}” is not a number. Type, for example, 1,500 or 0.25.`,
		mixed: (text: string) =>
			`“${text}” is not a number: its points and commas are mixed up. Type, for example, 1,500 or 1.5.`,
		ambiguous: (text: string, a: string, b: string) =>
			`“${text}” could mean ${a} or ${b}. Type it so it can only mean one, for example ${a} or ${b.replace(/,/g, '')}.`,
		other: (text: string, meant: string) =>
			`“${text}” is written the Dutch way. Do you mean ${meant}? Then type ${meant}.`,
		percentHere: (text: string) =>
			`“${text}” is a percentage; a number belongs here, such as 1,500.`,
		euroHere: (text: string) => `“${text}” is an amount; a percentage or a number belongs here.`,
		aboveOne: (text: string, pct: string) =>
			`“${text}” is more than 1. Do you mean ${pct}? Type a chance as a percentage (40%) or as a share of 1 (0.4).`
	}
});

/** What went wrong with a typed number, and how to type it, in the reader's language. */
export function numberProblemMessage(problem: NumberProblem, lang: Lang, kind: NumberKind): string {
	const w = WORDS[lang];
	const show = (value: Dec, as: NumberKind = kind) => showNumber(value.toFixed(), lang, as);
	switch (problem.kind) {
		case 'empty':
			return w.empty;
		case 'not-a-number':
			return w.notANumber(problem.text);
		case 'mixed-separators':
			return w.mixed(problem.text);
		case 'ambiguous':
			return w.ambiguous(
				problem.text,
				show(problem.readings[0], 'amount'),
				show(problem.readings[1], 'amount')
			);
		case 'other-notation':
			return w.other(problem.text, show(problem.meant, 'amount'));
		case 'percent-here':
			return w.percentHere(problem.text);
		case 'euro-here':
			return w.euroHere(problem.text);
		case 'fraction-above-one':
			return w.aboveOne(problem.text, `${showNumber(problem.value.toFixed(), lang)}%`);
	}
}
