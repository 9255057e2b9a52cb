import type { FindingCode, PlausibilityFinding } from '../engine';
import { formatCount, formatMoney } from '../format/money';
import type { Bilingual, Lang } from '../i18n/lang';
import { defineWords } from '../i18n/words';

const WORDS = defineWords({
	nl: {
		above: (quantity: string, counts: string, high: string) =>
			`Aantal ${quantity}? Gewoonlijk hooguit ${high} ${counts} per huishouden per jaar.`,
		beyondYear: (quantity: string, holds: string) =>
			`Aantal ${quantity}? Dat kan voor één huishouden in één jaar hooguit ${holds} zijn.`,
		returnHigh: (perEuro: string) => `${perEuro} terug per geïnvesteerde euro?`,
		perHousehold: 'per huishouden',
		confirm: 'Geef bij het bewaren aan waarom het klopt, of pas het aantal of het kengetal aan.',
		heading: 'Opvallend: klopt dit?',
		case: 'de hele casus',
		reasonLabel: 'Waarom klopt dit? (wordt bij de casus bewaard en in het logboek genoemd)',
		atLine: 'Opvallend'
	},
	en: {
		above: (quantity: string, counts: string, high: string) =>
			`Quantity ${quantity}? Usually at most ${high} ${counts} per household a year.`,
		beyondYear: (quantity: string, holds: string) =>
			`Quantity ${quantity}? For one household in one year it can be ${holds} at most.`,
		returnHigh: (perEuro: string) => `${perEuro} back per euro invested?`,
		perHousehold: 'per household',
		confirm: 'When you save, say why it is right, or change the quantity or the unit cost.',
		heading: 'Unusual: is this right?',
		case: 'the whole case',
		reasonLabel: 'Why is this right? (kept with the case and in the audit log)',
		atLine: 'Unusual'
	}
});

export const FINDING_WORDS = WORDS;

/** A reason says in words why a figure is right: a few words at least, a paragraph at most. */
export const REASON_LENGTH = { min: 10, max: 500 } as const;

/** The question a finding asks, in the reader's language: the figure, what is usual, and why. */
export function findingQuestion(finding: PlausibilityFinding, lang: Lang): string {
	const w = WORDS[lang];
	// the band itself is in the reason shown beside the question
	if (finding.code === 'return-far-above')
		return w.returnHigh(formatMoney(finding.returnPerEuro, lang));
	const usual = finding.usual;
	const quantity = formatCount(finding.line.perHousehold, lang);
	return finding.code === 'more-than-the-year-holds'
		? w.beyondYear(quantity, formatCount(usual.yearHolds!, lang))
		: w.above(quantity, usual.counts[lang], formatCount(usual.high, lang));
}

/** Why the bound is what it is: the data's own reason. */
export function findingReason(finding: PlausibilityFinding, lang: Lang): string {
	return (finding.code === 'return-far-above' ? finding.band : finding.usual).reason[lang];
}

/**
 * A finding as words in both languages, where it was found and what it asks: what crosses a
 * worker or the network, what a case keeps once confirmed, and what the report lists.
 */
export interface WordedFinding {
	key: string;
	code: FindingCode;
	caseLabel: string;
	/** The line it was found at; null for a finding about the whole case. */
	lineLabel: string | null;
	question: Bilingual;
	why: Bilingual;
}

/** A finding the worker confirmed, with the reason that is kept with the case. */
export interface ConfirmedFinding extends WordedFinding {
	reason: string;
}

export function wordFinding(finding: PlausibilityFinding): WordedFinding {
	return {
		key: finding.key,
		code: finding.code,
		caseLabel: finding.caseLabel,
		lineLabel: finding.code === 'return-far-above' ? null : finding.line.label,
		question: { nl: findingQuestion(finding, 'nl'), en: findingQuestion(finding, 'en') },
		why: { nl: findingReason(finding, 'nl'), en: findingReason(finding, 'en') }
	};
}
