import type { Lang } from '../i18n/lang';
import { DOMAIN_LABELS } from '../i18n/labels';
import type { UnitCostEntry } from '../schemas/unit-cost';

/** Lower case without accents, so "crisisopname" finds "Crisisopname" and "geïnd" finds "geind". */
export const fold = (text: string): string =>
	text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

interface Indexed {
	entry: UnitCostEntry;
	/** The label in the reader's language, folded. */
	label: string;
	/** Every other word the entry may be found by: the other label, synonyms, domain, unit. */
	other: string;
}

const words = (text: string) =>
	fold(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

function indexed(entry: UnitCostEntry, lang: Lang): Indexed {
	const other = lang === 'nl' ? 'en' : 'nl';
	return {
		entry,
		label: fold(entry.label[lang]),
		other: fold(
			[
				entry.label[other],
				...(entry.synonyms ?? []),
				DOMAIN_LABELS[entry.domain].nl,
				DOMAIN_LABELS[entry.domain].en,
				entry.unit
			].join(' ')
		)
	};
}

/**
 * How well an entry answers the query: every word must be found, in the label or elsewhere; a
 * label that starts with the query, or whose words start with its words, comes first.
 */
function score({ label, other }: Indexed, query: readonly string[]): number {
	let total = 0;
	for (const word of query) {
		if (words(label).some((w) => w.startsWith(word))) total += 3;
		else if (label.includes(word)) total += 2;
		else if (other.includes(word)) total += 1;
		else return 0;
	}
	return label.startsWith(query.join(' ')) ? total + 2 : total;
}

/**
 * The unit costs a person is looking for as they type: found by either language's name, by
 * synonyms and by domain, without regard to case or accents. The ones the organisation uses
 * most come first among equally good matches, and first of all when nothing is typed yet.
 */
export function searchUnitCosts(
	entries: readonly UnitCostEntry[],
	query: string,
	lang: Lang,
	usage: ReadonlyMap<string, number> = new Map()
): UnitCostEntry[] {
	const wanted = words(query);
	const used = (entry: UnitCostEntry) => usage.get(entry.id) ?? 0;
	return entries
		.map((entry) => ({
			entry,
			score: wanted.length === 0 ? 1 : score(indexed(entry, lang), wanted)
		}))
		.filter((found) => found.score > 0)
		.sort(
			(a, b) =>
				b.score - a.score ||
				used(b.entry) - used(a.entry) ||
				a.entry.label[lang].localeCompare(b.entry.label[lang], lang)
		)
		.map((found) => found.entry);
}
