import { formatDate } from '../format/dates';
import type { Lang } from '../i18n/lang';
import { defineWords } from '../i18n/words';

/** Where a report stands: the live concept, or one of its established versions. */
export type ReportStatus =
	| {
			kind: 'concept';
			/** The latest established version, if any, and whether the concept differs from it. */
			latest: { number: number; at: Date } | null;
			changed: boolean;
	  }
	| { kind: 'established'; number: number; at: Date; by: string; latest: number };

const WORDS = defineWords({
	nl: {
		draft:
			'Status: concept. De cijfers volgen de opgeslagen casussen; er is nog geen vastgestelde versie.',
		draftChanged: (n: number, at: string) =>
			`Status: concept. De cijfers volgen de opgeslagen casussen en wijken af van versie ${n} (vastgesteld op ${at}).`,
		draftSame: (n: number, at: string) =>
			`Status: concept, gelijk aan versie ${n} (vastgesteld op ${at}).`,
		established: (n: number, at: string, by: string) =>
			`Status: vastgesteld. Versie ${n}, vastgesteld op ${at} door ${by}.`,
		current: 'Dit is de geldende versie.',
		replaced: (n: number) => `Vervangen door versie ${n}.`
	},
	en: {
		draft:
			'Status: draft. The figures follow the saved cases; no version has been established yet.',
		draftChanged: (n: number, at: string) =>
			`Status: draft. The figures follow the saved cases and differ from version ${n} (established on ${at}).`,
		draftSame: (n: number, at: string) =>
			`Status: draft, the same as version ${n} (established on ${at}).`,
		established: (n: number, at: string, by: string) =>
			`Status: established. Version ${n}, established on ${at} by ${by}.`,
		current: 'This is the current version.',
		replaced: (n: number) => `Replaced by version ${n}.`
	}
});

/** The report's status in one or two sentences, as it stands above the report and on paper. */
export function statusText(status: ReportStatus, lang: Lang): string {
	const w = WORDS[lang];
	if (status.kind === 'established') {
		const head = w.established(status.number, formatDate(status.at, lang, true), status.by);
		return `${head} ${status.number === status.latest ? w.current : w.replaced(status.latest)}`;
	}
	if (!status.latest) return w.draft;
	const at = formatDate(status.latest.at, lang, true);
	return status.changed
		? w.draftChanged(status.latest.number, at)
		: w.draftSame(status.latest.number, at);
}
