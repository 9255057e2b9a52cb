import type { Lang } from '../i18n/lang';

const DATE_FORMATS = {
	date: {
		nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium' }),
		en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' })
	},
	dateTime: {
		nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' }),
		en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
	}
};

/** A moment as the reader's language writes it: a date, or a date with its time. */
export function formatDate(date: Date, lang: Lang, withTime = false): string {
	return DATE_FORMATS[withTime ? 'dateTime' : 'date'][lang].format(date);
}
