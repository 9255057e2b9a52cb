import type { Cookies } from '@sveltejs/kit';
import { LANGUAGE_COOKIE } from '../../i18n/language.svelte';
import type { Lang } from '../../i18n/lang';

/** The reader's interface language, as the language switch left it; Dutch first. */
export function readerLanguage(cookies: Cookies): Lang {
	return cookies.get(LANGUAGE_COOKIE) === 'en' ? 'en' : 'nl';
}
