import { D, type Dec } from '../engine';
import type { Lang } from '../i18n/lang';

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
	nl: { group: '.', decimal: ',' },
	en: { group: ',', decimal: '.' }
};

function groupDigits(digits: string, separator: string): string {
	return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Rounds half-even to `places` decimals: the only rounding of money, done when it is shown. */
export function roundHalfEven(value: Dec, places = 2): string {
	return value.toFixed(places, D.ROUND_HALF_EVEN);
}

/** A plain decimal in the language's notation, exact digits, no float in between. */
export function formatDecimal(value: Dec, lang: Lang, places = 2): string {
	const fixed = roundHalfEven(value, places);
	const negative = fixed.startsWith('-') && /[1-9]/.test(fixed);
	const [whole = '0', fraction] = fixed.replace('-', '').split('.');
	const { group, decimal } = SEPARATORS[lang];
	const body = groupDigits(whole, group) + (fraction ? decimal + fraction : '');
	return negative ? `−${body}` : body;
}

/** A count or quantity as written in a sum: up to two decimals, none where it is whole ("576", "2,5"). */
export function formatCount(value: Dec, lang: Lang): string {
	return formatDecimal(value, lang, 2).replace(/[,.]00$/, '');
}

/** "€ 12.480,00" (nl) or "€12,480.00" (en); whole euros where places = 0. */
export function formatMoney(value: Dec, lang: Lang, places = 2): string {
	const text = formatDecimal(value, lang, places);
	const negative = text.startsWith('−');
	const body = negative ? text.slice(1) : text;
	const euro = lang === 'nl' ? `€ ${body}` : `€${body}`;
	return negative ? `−${euro}` : euro;
}

/** A fraction as a percentage: 0.0225 → "2,25%" / "2.25%". */
export function formatPercent(fraction: Dec, lang: Lang, places = 2): string {
	const text = formatDecimal(fraction.times(100), lang, places);
	const trimmed = places > 0 ? text.replace(/0+$/, '').replace(/[,.]$/, '') : text;
	return `${trimmed}%`;
}

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

const WHOLE_EURO_FORMATS: Record<Lang, Intl.NumberFormat> = {
	nl: new Intl.NumberFormat(LOCALES.nl, {
		style: 'currency',
		currency: 'EUR',
		maximumFractionDigits: 0
	}),
	en: new Intl.NumberFormat(LOCALES.en, {
		style: 'currency',
		currency: 'EUR',
		maximumFractionDigits: 0
	})
};

/**
 * Whole euros from a binary float: an axis tick, or a statistic of a simulation, which is an
 * estimate in floating point anyway. An exact figure goes through formatMoney instead.
 */
export function formatWholeEuro(value: number, lang: Lang): string {
	return WHOLE_EURO_FORMATS[lang].format(value);
}

/** A float such as a simulated ratio with fixed decimals; NaN (undefined) as a dash. */
export function formatRatio(value: number, lang: Lang, places = 2): string {
	if (Number.isNaN(value)) return '—';
	return value.toLocaleString(LOCALES[lang], {
		minimumFractionDigits: places,
		maximumFractionDigits: places
	});
}

/** A float share (0.873) as a percentage with at most `places` decimals ("87,3%"). */
export function formatShare(share: number, lang: Lang, places = 1, fixed = false): string {
	const digits = { maximumFractionDigits: places, minimumFractionDigits: fixed ? places : 0 };
	return `${(share * 100).toLocaleString(LOCALES[lang], digits)}%`;
}
