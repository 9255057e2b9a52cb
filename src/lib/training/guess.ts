import type { Bilingual } from '../i18n/lang';
import { CATALOG } from '../catalog/catalog';
import { CBS_CPI } from '../catalog/cpi';
import { amountInPriceYear, D, type Dec } from '../engine';
import { citation } from '../schemas/unit-cost';

/** The figures a group guesses at, from the catalog, in one price year. */
export const GUESS_UNIT_COSTS = [
	'wonen.huisuitzetting',
	'wonen.nachtopvang-nacht',
	'ggz.crisisopname-dag',
	'inkomen.bijstand-alleenstaande-jaar',
	'zorg.seh-bezoek',
	'jeugd.uithuisplaatsing-jaar'
] as const;

export interface GuessItem {
	id: string;
	label: Bilingual;
	unit: string;
	amount: Dec;
	priceYear: number;
	source: string;
}

export function guessItems(
	priceYear = 2024,
	ids: readonly string[] = GUESS_UNIT_COSTS
): GuessItem[] {
	return ids.map((id) => {
		const entry = CATALOG.entries.find((e) => e.id === id);
		if (!entry) throw new RangeError(`unknown unit cost ${id}`);
		return {
			id,
			label: entry.label,
			unit: entry.unit,
			amount: amountInPriceYear(entry.amount, entry, priceYear, CBS_CPI),
			priceYear,
			source: citation(entry.source)
		};
	});
}

const BANDS: [Dec, number][] = [
	[new D('0.1'), 3],
	[new D('0.25'), 2],
	[new D('0.5'), 1]
];

/**
 * Points for a guess: 3 within 10% of the figure, 2 within 25%, 1 within 50%, else 0. Measured
 * against the larger of the two, so guessing double counts as badly as guessing half.
 */
export function scoreGuess(guess: Dec, actual: Dec): number {
	if (guess.isNegative() || guess.isZero()) return 0;
	const off = guess.minus(actual).abs().dividedBy(D.max(guess, actual));
	return BANDS.find(([limit]) => off.lte(limit))?.[1] ?? 0;
}

/** How far a guess was from the figure: too low or too high, by what share of the figure. */
export interface Miss {
	direction: 'low' | 'high' | 'right';
	/** |guess − figure| / figure: 0.4 for a guess of 60 against 100. */
	share: Dec;
}

/** Within this share of the figure a guess counts as right on. */
const RIGHT_ON = new D('0.005');

export function howFarOff(guess: Dec, actual: Dec): Miss {
	const share = guess.minus(actual).abs().dividedBy(actual);
	if (share.lte(RIGHT_ON)) return { direction: 'right', share: new D(0) };
	return { direction: guess.lt(actual) ? 'low' : 'high', share };
}

/** A miss in words: "40% te laag", "2,5 keer zo hoog" for a guess far above, "precies goed". */
export function missInWords(miss: Miss, lang: 'nl' | 'en', percent: (share: Dec) => string) {
	if (miss.direction === 'right') return lang === 'nl' ? 'precies goed' : 'spot on';
	const times = miss.share.plus(1);
	if (miss.direction === 'high' && times.gte(2)) {
		const factor = times.toDecimalPlaces(1).toString();
		const shown = lang === 'nl' ? factor.replace('.', ',') : factor;
		return lang === 'nl' ? `${shown} keer zo hoog` : `${shown} times as high`;
	}
	const words = {
		nl: { low: 'te laag', high: 'te hoog' },
		en: { low: 'too low', high: 'too high' }
	};
	return `${percent(miss.share)} ${words[lang][miss.direction]}`;
}
