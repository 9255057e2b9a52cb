import type { Lang } from './lang';

const STORAGE_KEY = 'effectwijzer.language';
/** Also a cookie, so that pages rendered on the server (the reports) come in the same language. */
export const LANGUAGE_COOKIE = 'effectwijzer_lang';

/** The interface language: Dutch first; a visitor's choice of English is kept in the browser. */
export const language = $state<{ current: Lang }>({ current: 'nl' });

export function setLanguage(lang: Lang): void {
	language.current = lang;
	document.documentElement.lang = lang;
	localStorage.setItem(STORAGE_KEY, lang);
	document.cookie = `${LANGUAGE_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
}

export function restoreLanguage(): void {
	const stored = localStorage.getItem(STORAGE_KEY);
	if (stored === 'nl' || stored === 'en') setLanguage(stored);
}
