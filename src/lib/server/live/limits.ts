import { json } from '@sveltejs/kit';
import { formatWait } from '../../format/dates';
import { problem } from '../../i18n/form-messages';
import type { Bilingual } from '../../i18n/lang';
import { REFUSALS } from '../../i18n/refusals';
import { MAX_PARTICIPANTS } from '../../training/live';
import type { Queryable } from '../db/database';
import { countTry, secondsToWait, type ThrottleRule } from '../platform/throttle';

/**
 * How much of the live round one address may take: rounds started, codes tried that do not
 * exist, and screens followed. A classroom is often one address behind its school's router, so
 * the limits sit well above a full room (MAX_PARTICIPANTS phones, a few mistyped codes each);
 * a script that starts rounds by the hundred, tries codes by the thousand or opens streams by
 * the thousand is slowed or refused, with Retry-After.
 */
export const LIVE_RULES = {
	rounds: { scope: 'live:rounds', free: 30, windowMinutes: 60, firstWait: 2, longestWait: 15 * 60 },
	codes: { scope: 'live:codes', free: 60, windowMinutes: 10, firstWait: 1, longestWait: 60 }
} as const satisfies Record<string, ThrottleRule>;

/**
 * Streams one viewer (the projector, a phone) holds at once, its oldest closed as a newer opens;
 * streams one round may have (every viewer's, with room), and one address (a classroom behind
 * one router, each phone reloaded).
 */
export const SCREEN_LIMITS = {
	perViewer: 3,
	perRound: (MAX_PARTICIPANTS + 1) * 3,
	perAddress: MAX_PARTICIPANTS * 3 + 50
};

const waitWords = (seconds: number): Bilingual => ({
	nl: formatWait(seconds, 'nl'),
	en: formatWait(seconds, 'en')
});

/** 429 with Retry-After, the problem named as every live refusal is. */
export const tooMany = (seconds: number, field: string, message: Bilingual) =>
	json(
		{ problems: [problem(field, message)] },
		{ status: 429, headers: { 'retry-after': String(Math.max(1, seconds)) } }
	);

/** Whether the address may start a round now (counting it if so), or the refusal. */
export async function roundAllowed(db: Queryable, address: string, now: Date) {
	const wait = await secondsToWait(db, LIVE_RULES.rounds, address, now);
	if (wait > 0) return tooMany(wait, 'round', REFUSALS.tooManyRounds(waitWords(wait)));
	await countTry(db, LIVE_RULES.rounds, address, now);
	return null;
}

/** Seconds the address waits after too many codes that do not exist; 0 when it may try. */
export const codeWait = (db: Queryable, address: string, now: Date) =>
	secondsToWait(db, LIVE_RULES.codes, address, now);

/** Why the address may not try a code for `wait` seconds, in both languages. */
export const codesMessage = (wait: number) => REFUSALS.tooManyCodes(waitWords(wait));

/** The refusal while the address waits after too many codes that do not exist, or null. */
export async function codesRefused(db: Queryable, address: string, now: Date) {
	const wait = await codeWait(db, address, now);
	return wait > 0 ? tooMany(wait, 'code', codesMessage(wait)) : null;
}

/** A code tried that has no round: counted for the address that tried it. */
export const wrongCode = (db: Queryable, address: string, now: Date) =>
	countTry(db, LIVE_RULES.codes, address, now);

export const SCREENS_REFUSED = () => tooMany(5, 'round', REFUSALS.tooManyScreens);
