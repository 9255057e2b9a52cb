import type { Lang } from '../i18n/lang';

// Dutch time wherever it is rendered: a server in UTC and a reader's browser print the same moment.
const zone = { timeZone: 'Europe/Amsterdam' } as const;

const DATE_FORMATS = {
	date: {
		nl: new Intl.DateTimeFormat('nl-NL', { ...zone, dateStyle: 'medium' }),
		en: new Intl.DateTimeFormat('en-GB', { ...zone, dateStyle: 'medium' })
	},
	dateTime: {
		nl: new Intl.DateTimeFormat('nl-NL', { ...zone, dateStyle: 'medium', timeStyle: 'short' }),
		en: new Intl.DateTimeFormat('en-GB', { ...zone, dateStyle: 'medium', timeStyle: 'short' })
	}
};

/** A moment as the reader's language writes it: a date, or a date with its time. */
export function formatDate(date: Date, lang: Lang, withTime = false): string {
	return DATE_FORMATS[withTime ? 'dateTime' : 'date'][lang].format(date);
}

/** A wait as people say it: "1 seconde", "40 seconden", "3 minuten" (whole minutes, rounded up). */
export function formatWait(seconds: number, lang: Lang): string {
	const minutes = Math.ceil(seconds / 60);
	if (seconds < 60) {
		const unit = { nl: ['seconde', 'seconden'], en: ['second', 'seconds'] }[lang];
		return `${seconds} ${unit[seconds === 1 ? 0 : 1]}`;
	}
	const unit = { nl: ['minuut', 'minuten'], en: ['minute', 'minutes'] }[lang];
	return `${minutes} ${unit[minutes === 1 ? 0 : 1]}`;
}

const CALENDAR_DAY = new Intl.DateTimeFormat('sv-SE', zone);

/** The calendar day a moment falls on in the Netherlands, as YYYY-MM-DD. */
export function calendarDay(date: Date): string {
	return CALENDAR_DAY.format(date);
}

const DAY_FORMATS = {
	nl: new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', dateStyle: 'medium' }),
	en: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'medium' })
};

/** A calendar day (YYYY-MM-DD) as the reader's language writes it: "15 jul 2026". */
export function formatDay(day: string, lang: Lang): string {
	return DAY_FORMATS[lang].format(new Date(`${day}T00:00:00Z`));
}
