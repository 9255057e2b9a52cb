import type { Assumptions } from '../engine';
import { formatPercent } from '../format/money';
import { DISCOUNT_CONVENTION_LABELS } from '../i18n/labels';
import type { Lang } from '../i18n/lang';

/** A result's assumptions in one line, as a printout states what its figures rest on. */
export function assumptionsInWords(a: Assumptions, lang: Lang): string {
	const rate = formatPercent(a.discountRate, lang);
	const convention = DISCOUNT_CONVENTION_LABELS[a.discountConvention].short[lang];
	const optimism = a.optimism.enabled
		? lang === 'nl'
			? 'gecorrigeerd voor onzeker bewijs'
			: 'corrected for uncertain evidence'
		: lang === 'nl'
			? 'niet gecorrigeerd voor onzeker bewijs'
			: 'not corrected for uncertain evidence';
	return lang === 'nl'
		? `Prijsjaar ${a.priceYear}, rente voor latere jaren ${rate}, horizon ${a.horizonYears} jaar, ${convention}, ${optimism}.`
		: `Price year ${a.priceYear}, rate for later years ${rate}, horizon ${a.horizonYears} years, ${convention}, ${optimism}.`;
}
