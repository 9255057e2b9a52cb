import type { Lang } from '../i18n/lang';

/** Names as a sentence lists them: "A", "A en B", "A, B en C" ("and" in English). */
export const listedNames = (names: readonly string[], lang: Lang): string =>
	new Intl.ListFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { type: 'conjunction' }).format(names);
