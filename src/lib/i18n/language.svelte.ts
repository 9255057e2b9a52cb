import { keptInBrowser } from '../browser/kept';
import type { Lang } from './lang';

const CHOSEN = keptInBrowser<Lang>('effectwijzer.language', {
	read: (text) => (text === 'nl' || text === 'en' ? text : null),
	write: (lang) => lang
});
/** Also a cookie, so that pages rendered on the server (the reports) come in the same language. */
export const LANGUAGE_COOKIE = 'effectwijzer_lang';

/** The interface language: Dutch first; a visitor's choice of English is kept in the browser. */
export const language = $state<{ current: Lang }>({ current: 'nl' });

export function setLanguage(lang: Lang): void {
	language.current = lang;
	document.documentElement.lang = lang;
	CHOSEN.write(lang);
	document.cookie = `${LANGUAGE_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
}

export function restoreLanguage(): void {
	const stored = CHOSEN.read();
	if (stored) setLanguage(stored);
}
