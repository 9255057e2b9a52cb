import { error } from '@sveltejs/kit';
import type { Bilingual } from '../../i18n/lang';
import { DatabaseUnavailable, type Database } from '../db/database';
import { TookTooLong } from '../work/pool';

/** What the reader is told while the database cannot take the request, in both languages. */
export const UNAVAILABLE = {
	unreachable: {
		nl: 'De database is even niet bereikbaar. Probeer het over een paar seconden opnieuw; wat al was opgeslagen, is bewaard.',
		en: 'The database cannot be reached just now. Try again in a few seconds; what was saved before is kept.'
	},
	full: {
		nl: 'De server heeft geen ruimte meer om op te slaan. Er is niets opgeslagen en niets verloren; vraag de beheerder van de server om schijfruimte vrij te maken.',
		en: 'The server has no room left to save. Nothing was saved and nothing was lost; ask the server’s administrator to free disk space.'
	}
};
/** What the reader is told when a calculation outgrew its time box (src/lib/server/work/pool.ts). */
const TOO_LONG = (seconds: number) => ({
	nl: `Deze berekening duurde langer dan ${seconds} seconden en is gestopt, zodat de rest van Effectwijzer vlot blijft. Probeer het later opnieuw, of vraag de beheerder naar de grootte van dit jaar.`,
	en: `This calculation took longer than ${seconds} seconds and was stopped, so that the rest of Effectwijzer stays quick. Try again later, or ask the administrator about the size of this year.`
});

/** Heavy work as routes await it: a task stopped at its time box becomes a 503 that says so. */
export async function inTime<T>(work: Promise<T>): Promise<T> {
	try {
		return await work;
	} catch (failure) {
		if (failure instanceof TookTooLong) {
			const words = TOO_LONG(failure.seconds);
			error(503, `${words.nl} / ${words.en}`);
		}
		throw failure;
	}
}

/** Seconds a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

const message = (kind: keyof typeof UNAVAILABLE) =>
	`${UNAVAILABLE[kind].nl} / ${UNAVAILABLE[kind].en}`;

/**
 * The database as routes use it: a lost connection becomes SvelteKit's 503, so a page shows its
 * error page and the API its JSON message with that status, instead of a 500 and a stack trace.
 */
export function answering503(db: Database): Database {
	const guarded = async <T>(run: () => Promise<T>): Promise<T> => {
		try {
			return await run();
		} catch (failure) {
			if (failure instanceof DatabaseUnavailable) error(503, message(failure.kind));
			throw failure;
		}
	};
	return {
		...db,
		query: (sql, params) => guarded(() => db.query(sql, params)),
		exec: (sql) => guarded(() => db.exec(sql)),
		transaction: (work) => guarded(() => db.transaction(work)),
		listen: (channel, hear) => db.listen(channel, hear),
		close: () => db.close()
	};
}

/**
 * The answer when the database cannot take a request before any route runs: reading the session
 * in the hook failed, or a write comes while the disk is nearly full.
 */
export function unavailableResponse(
	request: Request,
	kind: keyof typeof UNAVAILABLE = 'unreachable'
): Response {
	return earlyRefusal(request, 503, UNAVAILABLE[kind], {
		'retry-after': String(RETRY_AFTER_SECONDS)
	});
}

/**
 * A refusal made before any route runs, in the form the asker reads: an action result for a
 * form sent by the page's script (which then shows the error page), JSON for the API and for
 * whoever asks for JSON, and otherwise a small page in both languages.
 */
export function earlyRefusal(
	request: Request,
	status: number,
	message: Bilingual,
	extraHeaders: Record<string, string> = {}
): Response {
	const both = `${message.nl} / ${message.en}`;
	const headers = { ...extraHeaders };
	if (request.headers.get('x-sveltekit-action') === 'true')
		return Response.json({ type: 'error', status, error: { message: both } }, { status, headers });
	if (request.headers.get('accept')?.includes('application/json') || isApi(request))
		return Response.json(
			{ message: both, problems: [{ field: 'body', message }] },
			{ status, headers }
		);
	const title = status === 503 ? 'Even niet beschikbaar' : 'Niet verwerkt';
	const page = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Effectwijzer</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>${title}</h1><p>${message.nl}</p>
<p lang="en">${message.en}</p>
</body></html>`;
	return new Response(page, {
		status,
		headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }
	});
}

const isApi = (request: Request) => new URL(request.url).pathname.startsWith('/api/');
