import type { Bilingual } from '../i18n/lang';

/** Deeper than any scenario or catalog (about eight levels); deeper is a mistake or an attack. */
export const MAX_JSON_DEPTH = 64;

export type JsonText = { ok: true; value: unknown } | { ok: false; detail: Bilingual };

/** Line and column (1-based) of a position in a text. */
function lineAndColumn(text: string, position: number) {
	const before = text.slice(0, position).split('\n');
	return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** What JSON.parse's English complaint means, in both languages, with where it is if it says. */
function syntaxDetail(text: string, message: string): Bilingual {
	if (/Unexpected end of JSON input/.test(message))
		return { nl: 'de tekst houdt te vroeg op', en: 'the text ends too early' };
	const position = /at position (\d+)/.exec(message)?.[1];
	const token = /Unexpected token '(.+?)',/.exec(message)?.[1];
	const what = token
		? { nl: `onverwacht teken “${token}”`, en: `unexpected character “${token}”` }
		: { nl: 'fout in de opbouw', en: 'error in the structure' };
	if (position === undefined) return what;
	const { line, column } = lineAndColumn(text, Number(position));
	return {
		nl: `${what.nl} op regel ${line}, kolom ${column}`,
		en: `${what.en} at line ${line}, column ${column}`
	};
}

/** The deepest nesting of arrays and objects in a value, counted without recursion. */
function depthOf(value: unknown): number {
	let deepest = 0;
	const stack: [unknown, number][] = [[value, 1]];
	while (stack.length > 0) {
		const [item, depth] = stack.pop()!;
		if (item === null || typeof item !== 'object') continue;
		deepest = Math.max(deepest, depth);
		if (deepest > MAX_JSON_DEPTH) return deepest;
		for (const child of Object.values(item)) stack.push([child, depth + 1]);
	}
	return deepest;
}

/**
 * JSON.parse that reports what is wrong as a value, in both languages: a syntax error with its
 * line and column, nesting deeper than MAX_JSON_DEPTH. A byte order mark at the start (as
 * Windows editors write it) is no error.
 */
export function readJson(text: string): JsonText {
	const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
	let value: unknown;
	try {
		value = JSON.parse(source);
	} catch (error) {
		return { ok: false, detail: syntaxDetail(source, error instanceof Error ? error.message : '') };
	}
	if (depthOf(value) > MAX_JSON_DEPTH)
		return {
			ok: false,
			detail: {
				nl: `te diep genest: hoogstens ${MAX_JSON_DEPTH} niveaus`,
				en: `nested too deeply: at most ${MAX_JSON_DEPTH} levels`
			}
		};
	const broken = brokenTextAt(value);
	if (broken !== null)
		return {
			ok: false,
			detail: {
				nl: `bevat bij ${broken || 'de hoogste laag'} een half teken, dat geen letter is; haal het weg`,
				en: `contains at ${broken || 'the top level'} half a character, which is no letter; remove it`
			}
		};
	return { ok: true, value };
}

/** Half a surrogate pair: a `\ud800` escape JSON allows, but no text is made of. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Where in a value (a path such as "cases[0].label") a text or a key holds half a surrogate
 * pair, which PostgreSQL refuses to store; null where none does.
 */
function brokenTextAt(value: unknown): string | null {
	const stack: [unknown, string][] = [[value, '']];
	while (stack.length > 0) {
		const [item, path] = stack.pop()!;
		if (typeof item === 'string' && LONE_SURROGATE.test(item)) return path;
		if (item === null || typeof item !== 'object') continue;
		const list = Array.isArray(item);
		for (const [key, child] of Object.entries(item)) {
			const at = list ? `${path}[${key}]` : path ? `${path}.${key}` : key;
			if (!list && LONE_SURROGATE.test(key)) return at;
			stack.push([child, at]);
		}
	}
	return null;
}
