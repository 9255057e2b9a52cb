import { defineWords } from '../i18n/words';
import {
	STEADY_ADJUSTMENTS,
	type Dec,
	type Factor,
	type FactorName,
	type ResultLine,
	type ScenarioResult
} from '../engine';
import { formatCount, formatDecimal, formatMoney, formatPercent } from '../format/money';
import type { Lang } from '../i18n/lang';

const WORDS = defineWords({
	nl: {
		successes: 'successen',
		participants: 'deelnemers',
		priceYear: 'prijsjaar',
		indexedTo: 'geïndexeerd naar',
		source: 'bron',
		chain: 'langs de keten',
		deadweight: 'deadweight',
		attribution: 'attributie',
		displacement: 'verplaatsing',
		optimism: 'optimismecorrectie',
		dropOff: 'daarna per jaar minder',
		perYear: 'per jaar in jaar',
		presentValue: 'contante waarde',
		households: 'huishoudens',
		notCounted: {
			overlap: 'telt niet mee: overlapt met',
			'volunteer-not-valued':
				'telt niet mee: vrijwilligerstijd wordt in dit scenario niet gewaardeerd',
			'social-not-valued': 'telt niet mee: sociale waarden worden in dit scenario niet gewaardeerd'
		},
		overridden: 'eigen cijfer in plaats van de catalogus',
		faceValue: 'per euro, in elk prijsjaar gelijk',
		total: 'totaal'
	},
	en: {
		successes: 'successes',
		participants: 'participants',
		priceYear: 'price year',
		indexedTo: 'indexed to',
		source: 'source',
		chain: 'along the chain',
		deadweight: 'deadweight',
		attribution: 'attribution',
		displacement: 'displacement',
		optimism: 'optimism correction',
		dropOff: 'then less each year by',
		perYear: 'a year in year',
		presentValue: 'present value',
		households: 'households',
		notCounted: {
			overlap: 'not counted: overlaps with',
			'volunteer-not-valued': 'not counted: this scenario does not value volunteer time',
			'social-not-valued': 'not counted: this scenario does not value social effects'
		},
		overridden: 'own figure instead of the catalog',
		faceValue: 'per euro, the same in every price year',
		total: 'total'
	}
});

const factorOf = (line: ResultLine, name: FactorName): Dec | undefined =>
	line.factors.find((f: Factor) => f.name === name)?.value;

function unitCostTerm(line: ResultLine, priceYear: number, lang: Lang): string {
	const w = WORDS[lang];
	const u = line.unitCost;
	const indexed = u.faceValue
		? w.faceValue
		: u.priceYear === priceYear
			? `${w.priceYear} ${u.priceYear}`
			: `${formatMoney(u.amount, lang)} ${w.priceYear} ${u.priceYear}, ${w.indexedTo} ${priceYear}`;
	const overridden = u.overridden ? `; ${w.overridden}` : '';
	return `${formatMoney(u.indexedAmount, lang)} (${u.label[lang]}: ${indexed}${overridden}; ${w.source}: ${u.source})`;
}

function probabilityTerm(line: ResultLine, lang: Lang): string {
	const without = factorOf(line, 'probabilityWithout')!;
	const withIt = factorOf(line, 'probabilityWith')!;
	const chain = line.chain ? ` ${WORDS[lang].chain}` : '';
	const p = (value: Dec) => formatDecimal(value, lang, 4).replace(/[,.]?0+$/, '') || '0';
	return `(p ${p(without)} − p′ ${p(withIt)}${chain})`;
}

function adjustmentTerms(line: ResultLine, lang: Lang): string[] {
	const w = WORDS[lang];
	return STEADY_ADJUSTMENTS.flatMap((name) => {
		const value = factorOf(line, name);
		return value && !value.isZero() ? [`(1 − ${w[name]} ${formatPercent(value, lang)})`] : [];
	});
}

/**
 * How one line's figure was made, in words and numbers: "1 × €9,827.55 (unit cost, price year,
 * source) × (p 0.4 − p′ 0) × (1 − optimism correction 30%) = €2,751.03 a year in year 0…".
 */
export function explainLine(line: ResultLine, priceYear: number, lang: Lang): string {
	const w = WORDS[lang];
	const terms = [formatCount(factorOf(line, 'quantity')!, lang)];
	const successes = factorOf(line, 'successes');
	if (successes) terms.push(`${formatCount(successes, lang)} ${w.successes}`);
	terms.push(unitCostTerm(line, priceYear, lang));
	if (line.kind === 'effect')
		terms.push(probabilityTerm(line, lang), ...adjustmentTerms(line, lang));
	let formula = terms.join(' × ');
	const sharedBy = factorOf(line, 'sharedBy');
	if (sharedBy) formula += ` ÷ ${formatDecimal(sharedBy, lang, 0)} ${w.participants}`;
	const last = line.startYear + line.durationYears - 1;
	const years = line.durationYears === 1 ? `${line.startYear}` : `${line.startYear}–${last}`;
	const fading = line.dropOff.isZero() ? '' : `, ${w.dropOff} ${formatPercent(line.dropOff, lang)}`;
	let text = `${line.label}: ${formula} = ${formatMoney(line.firstYearAmount, lang)} ${w.perYear} ${years}${fading}; ${w.presentValue} ${formatMoney(line.presentValue, lang)}`;
	if (!line.count.eq(1))
		text += ` × ${formatCount(line.count, lang)} ${w.households} = ${formatMoney(line.weightedPresentValue, lang)}`;
	if (line.excludedBecause) {
		const kept = line.excludedBecause === 'overlap' ? ` ${line.overlapKeptId}` : '';
		text += ` (${w.notCounted[line.excludedBecause]}${kept})`;
	}
	return text;
}

/** The lines behind a total, each explained, so any figure can be followed to its sources. */
export function explainLines(
	result: ScenarioResult,
	lineIds: readonly string[],
	lang: Lang
): string[] {
	const wanted = new Set(lineIds);
	return result.lines
		.filter((line) => wanted.has(line.id))
		.map((line) => explainLine(line, result.assumptions.priceYear, lang));
}
