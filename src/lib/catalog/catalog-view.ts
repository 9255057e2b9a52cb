import {
	amountInPriceYear,
	type ConfidenceGrade,
	type Dec,
	type Domain,
	type Payer,
	type PriceIndex,
	type ValueType
} from '../engine';
import type { UnitCostEntry } from '../schemas/unit-cost';
import { fold } from './unit-cost-search';

export interface CatalogFilter {
	query: string;
	domain: Domain | '';
	payer: Payer | '';
	valueType: ValueType | '';
	grade: ConfidenceGrade | '';
}

export const NO_FILTER: CatalogFilter = {
	query: '',
	domain: '',
	payer: '',
	valueType: '',
	grade: ''
};

export type SortKey = 'id' | 'label' | 'amount' | 'priceYear' | 'grade';
export interface Sort {
	key: SortKey;
	descending: boolean;
}

/** An entry with its amount in the chosen price year (its own where none is chosen). */
export interface ShownEntry {
	entry: UnitCostEntry;
	amount: Dec;
	/** The source's range around the amount, in the same price year, where it gives one. */
	range: { low: Dec | null; high: Dec | null } | null;
	priceYear: number;
}

type Note = UnitCostEntry['note'];

/** Both texts of a bilingual note, or the one text an organisation typed. */
const noteTexts = (note: Note): string[] =>
	note === undefined ? [] : typeof note === 'string' ? [note] : [note.nl, note.en];

/**
 * A note in the reader's language; an organisation's own one-text note as typed, its language
 * unknown (null), so the page does not claim one for it.
 */
export function noteFor(
	note: Note,
	lang: 'nl' | 'en'
): { text: string; lang: 'nl' | 'en' | null } | null {
	if (note === undefined) return null;
	return typeof note === 'string' ? { text: note, lang: null } : { text: note[lang], lang };
}

/** Every word of the query must occur in the id, a label, a synonym, the unit, the source or the note. */
export function matchesQuery(entry: UnitCostEntry, query: string): boolean {
	const haystack = fold(
		[
			entry.id,
			entry.label.nl,
			entry.label.en,
			...(entry.synonyms ?? []),
			entry.unit,
			entry.source.title,
			entry.source.publisher,
			...noteTexts(entry.note)
		].join(' ')
	);
	return fold(query)
		.split(/\s+/)
		.filter(Boolean)
		.every((word) => haystack.includes(word));
}

export function filterEntries(
	entries: readonly UnitCostEntry[],
	filter: CatalogFilter
): UnitCostEntry[] {
	return entries.filter(
		(e) =>
			(filter.domain === '' || e.domain === filter.domain) &&
			(filter.payer === '' || e.payer === filter.payer) &&
			(filter.valueType === '' || e.valueType === filter.valueType) &&
			(filter.grade === '' || e.grade === filter.grade) &&
			matchesQuery(e, filter.query)
	);
}

/** Amounts in one price year, indexed with the CPI; null keeps each entry's own year. */
export function inPriceYear(
	entries: readonly UnitCostEntry[],
	priceYear: number | null,
	index: PriceIndex
): ShownEntry[] {
	return entries.map((entry) => {
		const year = priceYear ?? entry.priceYear;
		const indexed = (amount: Dec | undefined) =>
			amount ? amountInPriceYear(amount, entry, year, index) : null;
		return {
			entry,
			amount: indexed(entry.amount)!,
			range:
				entry.low || entry.high ? { low: indexed(entry.low), high: indexed(entry.high) } : null,
			priceYear: year
		};
	});
}

export function sortEntries(
	shown: readonly ShownEntry[],
	sort: Sort,
	lang: 'nl' | 'en'
): ShownEntry[] {
	const compare: Record<SortKey, (a: ShownEntry, b: ShownEntry) => number> = {
		id: (a, b) => a.entry.id.localeCompare(b.entry.id),
		label: (a, b) => a.entry.label[lang].localeCompare(b.entry.label[lang], lang),
		amount: (a, b) => a.amount.comparedTo(b.amount),
		priceYear: (a, b) => a.priceYear - b.priceYear,
		grade: (a, b) => a.entry.grade - b.entry.grade
	};
	const direction = sort.descending ? -1 : 1;
	return [...shown].sort(
		(a, b) => direction * compare[sort.key](a, b) || a.entry.id.localeCompare(b.entry.id)
	);
}

/** How an entry of an organisation's own catalog stands to the shipped one, to mark it as such. */
export type Standing = 'catalog' | 'overridden' | 'added';

export function standingOf(
	entry: UnitCostEntry,
	shipped: ReadonlyMap<string, UnitCostEntry>
): Standing {
	const original = shipped.get(entry.id);
	if (!original) return 'added';
	const same =
		original.amount.eq(entry.amount) &&
		original.priceYear === entry.priceYear &&
		original.source.title === entry.source.title &&
		original.source.publisher === entry.source.publisher;
	return same ? 'catalog' : 'overridden';
}

/**
 * A unit cost's label with its unit, said once: "Dag- en nachtopvang, per nacht" already names
 * its unit, so it is not followed by "(per nacht)" again.
 */
export function labelWithUnit(label: string, unit: string): string {
	return fold(label).includes(fold(unit)) ? label : `${label} (${unit})`;
}
