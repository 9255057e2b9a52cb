import { labelWithUnit } from '../catalog/catalog-view';
import { D } from '../engine';
import { formatMoney, formatPercent } from '../format/money';
import type { Lang } from '../i18n/lang';
import { defineWords } from '../i18n/words';
import { missInWords } from './guess';
import type { AskedQuestion } from './live';
import type { Miss } from './guess';

/** The words both screens of a live round use: the question, an amount, how far off a guess was. */
export const LIVE_WORDS = defineWords({
	nl: {
		game: 'Raad de kosten',
		question: (n: number, of: number) => `Vraag ${n} van ${of}`,
		ask: (label: string) => `Wat kost: ${label}?`,
		inPrices: (year: number) => `in prijzen van ${year}`,
		actual: 'Volgens de kengetallen',
		source: 'Bron',
		points: (n: number) => (n === 1 ? '1 punt' : `${n} punten`),
		place: (place: number, of: number) => `plaats ${place} van ${of}`,
		paused: 'De trainer heeft de ronde even stilgezet.',
		gone: 'Deze ronde bestaat niet (meer). Vraag de trainer om de code op het scherm.',
		reconnecting: 'De verbinding is even weg; we proberen het opnieuw…',
		offline: 'Geen verbinding met de server. Controleer de wifi en probeer het nog eens.',
		failed: (status: number) =>
			`De server kon dit nu niet verwerken (fout ${status}). Probeer het nog eens.`,
		score: 'Stand'
	},
	en: {
		game: 'Guess the cost',
		question: (n: number, of: number) => `Question ${n} of ${of}`,
		ask: (label: string) => `What does this cost: ${label}?`,
		inPrices: (year: number) => `in prices of ${year}`,
		actual: 'According to the unit costs',
		source: 'Source',
		points: (n: number) => (n === 1 ? '1 point' : `${n} points`),
		place: (place: number, of: number) => `place ${place} of ${of}`,
		paused: 'The trainer has paused the round for a moment.',
		gone: 'This round does not exist (any more). Ask the trainer for the code on the screen.',
		reconnecting: 'The connection dropped for a moment; trying again…',
		offline: 'No connection to the server. Check the wifi and try again.',
		failed: (status: number) =>
			`The server could not handle this just now (error ${status}). Try again.`,
		score: 'Score'
	}
});

/** The question as both screens ask it: "Wat kost: Huisuitzetting, kosten verhuurder (per uitzetting)?" */
export const askedText = (q: AskedQuestion, lang: Lang) =>
	LIVE_WORDS[lang].ask(labelWithUnit(q.label[lang], q.unit));

/** An amount the server sent as exact decimal text, in whole euros as people guess them. */
export const euros = (text: string, lang: Lang, places = 0) =>
	formatMoney(new D(text), lang, places);

/** How far off a guess was, in words: "40% te laag", "2,5 keer zo hoog", "precies goed". */
export const missText = (direction: Miss['direction'], share: string, lang: Lang) =>
	missInWords({ direction, share: new D(share) }, lang, (s) => formatPercent(s, lang, 0));
