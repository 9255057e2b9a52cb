/** The interface languages: Dutch first, English second. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in both interface languages; the reader sees the one they chose. */
export interface Bilingual {
	nl: string;
	en: string;
}

export function isLang(value: unknown): value is Lang {
	return value === 'nl' || value === 'en';
}
