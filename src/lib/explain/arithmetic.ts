import { ONE, STEADY_ADJUSTMENTS, type Dec, type FactorName, type ResultLine } from '../engine';
import { formatDecimal, formatMoney, formatPercent } from '../format/money';
import type { Lang } from '../i18n/lang';
import { defineWords } from '../i18n/words';

/** One factor of a line's first-year amount, as exact value and as shown. */
export interface Multiplier {
	name: 'quantity' | 'successes' | 'unitCost' | 'chance' | 'sharedBy' | Correction;
	/** What the amount is multiplied by: 1 − the correction, 1 / the participants. */
	value: Dec;
	shown: string;
}

const CORRECTIONS = STEADY_ADJUSTMENTS;
type Correction = (typeof CORRECTIONS)[number];

/** A line's arithmetic, for a table that anyone can check by hand. */
export interface LineArithmetic {
	id: string;
	label: string;
	kind: ResultLine['kind'];
	unitCost: string;
	multipliers: Multiplier[];
	/** The product of the multipliers: the amount in the line's first year, one household. */
	firstYear: Dec;
	/** In which years, and how it fades. */
	years: string;
	presentValue: Dec;
	/** The case's households, and the line's present value for all of them. */
	households: Dec;
	allHouseholds: Dec;
	counted: boolean;
}

const WORDS = defineWords({
	nl: {
		year: (from: number, to: number) => (from === to ? `jaar ${from}` : `jaar ${from}–${to}`),
		fades: (pct: string) => `, −${pct} per jaar`,
		discounted: 'contant gemaakt',
		households: 'huishoudens'
	},
	en: {
		year: (from: number, to: number) => (from === to ? `year ${from}` : `years ${from}–${to}`),
		fades: (pct: string) => `, −${pct} a year`,
		discounted: 'discounted',
		households: 'households'
	}
});

/** What each factor is, beside its number; the quantity and the unit cost speak for themselves. */
export const MULTIPLIER_NAMES = defineWords({
	nl: {
		quantity: '',
		successes: 'successen',
		unitCost: '',
		chance: 'kans',
		sharedBy: 'gedeeld',
		deadweight: 'na “was toch gebeurd”',
		attribution: 'na “door anderen”',
		displacement: 'na “verschoven”',
		optimism: 'na correctie bewijs'
	} as Record<Multiplier['name'], string>,
	en: {
		quantity: '',
		successes: 'successes',
		unitCost: '',
		chance: 'chance',
		sharedBy: 'shared',
		deadweight: 'after “anyway”',
		attribution: 'after “by others”',
		displacement: 'after “moved”',
		optimism: 'after evidence correction'
	} as Record<Multiplier['name'], string>
});

const factor = (line: ResultLine, name: FactorName) =>
	line.factors.find((f) => f.name === name)?.value;

/** A count or quantity with at most four decimals and no trailing zeros: "300", "0,3333". */
function plain(value: Dec, lang: Lang): string {
	const places = Math.min(value.decimalPlaces(), 4);
	const text = formatDecimal(value, lang, places);
	return places === 0 ? text : text.replace(/0+$/, '').replace(/[,.]$/, '');
}

/**
 * Every factor that makes a line's first-year amount, in order: quantity, successes, unit cost,
 * the chance it makes a difference (p − p′), the share left after each correction (deadweight,
 * attribution, displacement, optimism), and the share of a collective cost. Their product is
 * the amount, exactly: so "1 × € 9.825,09 × 40% × 70% = € 2.751,03" holds on paper.
 */
export function lineArithmetic(line: ResultLine, lang: Lang): LineArithmetic {
	const multipliers: Multiplier[] = [];
	const quantity = factor(line, 'quantity')!;
	multipliers.push({ name: 'quantity', value: quantity, shown: plain(quantity, lang) });
	const successes = factor(line, 'successes');
	if (successes)
		multipliers.push({ name: 'successes', value: successes, shown: plain(successes, lang) });
	const unitCost = line.unitCost.indexedAmount;
	multipliers.push({ name: 'unitCost', value: unitCost, shown: formatMoney(unitCost, lang) });
	if (line.kind === 'effect') {
		// the probabilities as the engine used them: multiplied along the chain of parents
		const p = factor(line, 'probabilityWithout')!;
		const pWith = factor(line, 'probabilityWith')!;
		const chance = p.minus(pWith);
		const shown = pWith.isZero()
			? formatPercent(p, lang)
			: `${formatPercent(p, lang)} − ${formatPercent(pWith, lang)}`;
		multipliers.push({ name: 'chance', value: chance, shown });
		for (const name of CORRECTIONS) {
			const share = factor(line, name);
			if (share && !share.isZero()) {
				const left = ONE.minus(share);
				multipliers.push({ name, value: left, shown: formatPercent(left, lang) });
			}
		}
	}
	const sharedBy = factor(line, 'sharedBy');
	if (sharedBy)
		multipliers.push({
			name: 'sharedBy',
			value: ONE.dividedBy(sharedBy),
			shown: `1/${plain(sharedBy, lang)}`
		});
	const w = WORDS[lang];
	const last = line.startYear + line.durationYears - 1;
	const fading = line.dropOff.isZero() ? '' : w.fades(formatPercent(line.dropOff, lang));
	return {
		id: line.id,
		label: line.label,
		kind: line.kind,
		unitCost: line.unitCost.label[lang],
		multipliers,
		firstYear: line.firstYearAmount,
		years: w.year(line.startYear, last) + fading,
		presentValue: line.presentValue,
		households: line.count,
		allHouseholds: line.weightedPresentValue,
		counted: line.counted
	};
}

/**
 * What takes a line's first-year amount to its present value: one factor, the sum of its years'
 * discount factors as each fades; 1 for a line in year 0 only. Null for a line of nothing.
 */
export function presentFactor(arithmetic: LineArithmetic): Dec | null {
	if (arithmetic.firstYear.isZero()) return null;
	return arithmetic.presentValue.dividedBy(arithmetic.firstYear);
}

/** One step of a line's sum: the amount before times these factors is this amount. */
export interface SumStep {
	/** Each factor as shown, with what it is beside it where the number alone does not say. */
	factors: { shown: string; name: string }[];
	amount: string;
}

/**
 * A line's arithmetic as steps to check on paper: "1 × € 9.825,09 × 40% kans × 70% na
 * correctie bewijs = € 2.751,03"; then, where years and discounting change it, "× 0,9780
 * (jaar 1, contant gemaakt) = € 2.690,57"; then, for a case of several households, "× 12
 * huishoudens = € 32.286,84". Factors are rounded as shown; the amounts are exact to the cent.
 */
export function lineSum(arithmetic: LineArithmetic, lang: Lang): SumStep[] {
	const names = MULTIPLIER_NAMES[lang];
	const w = WORDS[lang];
	const steps: SumStep[] = [
		{
			factors: arithmetic.multipliers.map((m) => ({ shown: m.shown, name: names[m.name] })),
			amount: formatMoney(arithmetic.firstYear, lang)
		}
	];
	const factor = presentFactor(arithmetic);
	if (factor && !factor.eq(ONE))
		steps.push({
			factors: [
				{
					shown: formatDecimal(factor, lang, 4),
					name: `(${arithmetic.years}, ${w.discounted})`
				}
			],
			amount: formatMoney(arithmetic.presentValue, lang)
		});
	if (!arithmetic.households.eq(ONE))
		steps.push({
			factors: [{ shown: plain(arithmetic.households, lang), name: w.households }],
			amount: formatMoney(arithmetic.allHouseholds, lang)
		});
	return steps;
}

/** A step as one line of text: the first starts with its first factor, the others with "×". */
export function stepText(step: SumStep, first: boolean): string {
	const factors = step.factors.map((f) => (f.name ? `${f.shown} ${f.name}` : f.shown)).join(' × ');
	return `${first ? '' : '× '}${factors} = ${step.amount}`;
}
