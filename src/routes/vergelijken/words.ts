import { TERMS } from '$lib/i18n/terms';
import type { Lever } from '$lib/calculator/levers';
import { CATALOG } from '$lib/catalog/catalog';
import { D } from '$lib/engine';
import { formatDecimal } from '$lib/format/money';
import type { Lang } from '$lib/i18n/lang';
import { defineWords } from '$lib/i18n/words';

const unitLabel = (id: string, lang: Lang) =>
	CATALOG.entries.find((e) => e.id === id)?.label[lang] ?? id;
/** A typed decimal as the reader writes it, without trailing zeros: "1,5", "33". */
const shown = (value: string, lang: Lang) =>
	formatDecimal(new D(value), lang, 4).replace(/[,.]?0+$/, '');

/** What a variant changed, in words, with the assumption it rests on. */
const changed = (lang: Lang) => (lever: Lever) => {
	const nl = lang === 'nl';
	switch (lever.kind) {
		case 'scale-count':
			return nl
				? `Eén casus komt ${shown(lever.factor, lang)} keer zo vaak voor.`
				: `One case occurs ${shown(lever.factor, lang)} times as often.`;
		case 'shift':
			return nl
				? `${shown(new D(lever.share).times(100).toString(), lang)}% van ${unitLabel(lever.from, lang)} gaat naar ${unitLabel(lever.to, lang)}, ${shown(lever.perUnit, lang)} per verschoven eenheid.`
				: `${shown(new D(lever.share).times(100).toString(), lang)}% of ${unitLabel(lever.from, lang)} moves to ${unitLabel(lever.to, lang)}, ${shown(lever.perUnit, lang)} per unit moved.`;
		case 'flexible-budget':
			return nl
				? `Maatwerkbudget × ${shown(lever.factor, lang)}: zoveel keer meer huishoudens krijgen er hulp uit. Aanname: elk extra huishouden krijgt dezelfde hulp, tegen dezelfde kosten, met dezelfde kans op dezelfde effecten.`
				: `Flexible budget × ${shown(lever.factor, lang)}: that many times more households are helped from it. Assumption: each extra household gets the same help, at the same cost, with the same chance of the same effects.`;
		case 'discount-rate':
			return nl
				? `Rente voor latere jaren ${shown(lever.pct, lang)}%.`
				: `Rate for later years ${shown(lever.pct, lang)}%.`;
	}
};
export const WORDS = defineWords({
	nl: {
		title: 'Scenario’s vergelijken',
		lead: 'Zet twee tot vier scenario’s naast elkaar: wat kost het, wat levert het op, en voor wie. Maak een variant in één stap, met de knoppen waar een financier aan draait.',
		start: 'Begin met',
		startButton: 'Begin opnieuw',
		saved: 'bewaard',
		variant: 'Maak een variant',
		of: 'van',
		lever: 'Wat verandert',
		levers: {
			'scale-count': 'aantal huishoudens van een casus',
			shift: 'deel van een voorziening naar een andere',
			'flexible-budget': 'maatwerkbudget',
			'discount-rate': 'discontovoet'
		},
		case: 'Casus',
		factor: 'Factor',
		from: 'Van kengetal',
		to: 'Naar kengetal',
		share: 'Deel dat verschuift (%)',
		perUnit: 'Eenheden per verschoven eenheid',
		pct: 'Rente voor latere jaren (%)',
		name: 'Naam van de variant',
		add: 'Voeg variant toe',
		remove: 'Verwijder',
		max: 'Er passen vier scenario’s naast elkaar.',
		figure: TERMS.nl.unitCost.label,
		difference: 'verschil met',
		societal: TERMS.nl.societal.label,
		financial: 'Financieel',
		costs: TERMS.nl.costs.label,
		benefits: TERMS.nl.benefits.label,
		npv: 'Netto contante waarde',
		bcr: TERMS.nl.bcr.label,
		payback: TERMS.nl.payback.label,
		transfers: TERMS.nl.transfers.label,
		none: '—',
		invalid: 'Dit scenario bevat fouten:',
		link: 'De link van deze pagina bewaart de vergelijking.',
		print: 'Afdrukken',
		asTable: 'Toon als tabel',
		printed: (when: string) => `Afgedrukt op ${when}.`,
		portfolio: (year: number, organisation: string) =>
			`Jaarportfolio ${year} van ${organisation} (alle casussen)`,
		portfolioFailed: (year: number) =>
			`Het jaarportfolio ${year} kon niet worden opgehaald. Probeer het opnieuw; lukt het niet, log dan opnieuw in.`,
		shared: (year: number, provider: string, version: number, replaced: boolean) =>
			`Jaarportfolio ${year} van ${provider} (gedeeld, versie ${version}${replaced ? ', vervangen door een latere' : ''})`,
		sharedFailed: (year: number, provider: string) =>
			`Het jaarportfolio ${year} van ${provider} kon niet worden opgehaald. Probeer het opnieuw; lukt het niet, log dan opnieuw in.`,
		changed: changed('nl')
	},
	en: {
		title: 'Comparing scenarios',
		lead: 'Put two to four scenarios side by side: what it costs, what it returns, and for whom. Make a variant in one step, with the levers a funder turns.',
		start: 'Start with',
		startButton: 'Start again',
		saved: 'saved',
		variant: 'Make a variant',
		of: 'of',
		lever: 'What changes',
		levers: {
			'scale-count': 'households of a case',
			shift: 'a share of one provision to another',
			'flexible-budget': 'flexible budget',
			'discount-rate': 'discount rate'
		},
		case: 'Case',
		factor: 'Factor',
		from: 'From unit cost',
		to: 'To unit cost',
		share: 'Share moved (%)',
		perUnit: 'Units per unit moved',
		pct: 'Rate for later years (%)',
		name: 'Name of the variant',
		add: 'Add variant',
		remove: 'Remove',
		max: 'Four scenarios fit side by side.',
		figure: 'Figure',
		difference: 'difference from',
		societal: TERMS.en.societal.label,
		financial: 'Financial',
		costs: TERMS.en.costs.label,
		benefits: TERMS.en.benefits.label,
		npv: 'Net present value',
		bcr: TERMS.en.bcr.label,
		payback: TERMS.en.payback.label,
		transfers: TERMS.en.transfers.label,
		none: '—',
		invalid: 'This scenario has errors:',
		link: 'The link of this page keeps the comparison.',
		print: 'Print',
		asTable: 'Show as a table',
		printed: (when: string) => `Printed on ${when}.`,
		portfolio: (year: number, organisation: string) =>
			`Annual portfolio ${year} of ${organisation} (every case)`,
		portfolioFailed: (year: number) =>
			`The annual portfolio ${year} could not be fetched. Try again; if that fails, sign in again.`,
		shared: (year: number, provider: string, version: number, replaced: boolean) =>
			`Annual portfolio ${year} of ${provider} (shared, version ${version}${replaced ? ', replaced by a later one' : ''})`,
		sharedFailed: (year: number, provider: string) =>
			`The annual portfolio ${year} of ${provider} could not be fetched. Try again; if that fails, sign in again.`,
		changed: changed('en')
	}
});

export type Words = (typeof WORDS)['nl'];
