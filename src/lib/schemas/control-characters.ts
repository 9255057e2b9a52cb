/**
 * Characters people never mean to type, and the app never keeps:
 * - control characters (C0, DEL and C1): a NUL ends a string in PostgreSQL, and a tab or a
 *   carriage return inside a URL or a name is invisible; line breaks and tabs are allowed where
 *   a text has lines (notes, descriptions);
 * - the bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069), which make
 *   a text read differently from how it is stored ("Trojan Source");
 * - half of a surrogate pair, which is no character at all and which PostgreSQL refuses.
 */
export function firstControlCharacter(text: string, lines = false): number | null {
	for (let at = 0; at < text.length; at++) {
		const code = text.charCodeAt(at);
		if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(at + 1))) {
			at++;
			continue;
		}
		if (isUnwanted(code, lines)) return at;
	}
	return null;
}

/** Whether the character at a position firstControlCharacter found is half a surrogate pair. */
export const isBrokenCharacter = (code: number) => code >= 0xd800 && code <= 0xdfff;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function isUnwanted(code: number, lines: boolean): boolean {
	if (lines && (code === 0x0a || code === 0x0d || code === 0x09)) return false;
	return (
		code < 0x20 ||
		(code >= 0x7f && code <= 0x9f) ||
		(code >= 0x202a && code <= 0x202e) ||
		(code >= 0x2066 && code <= 0x2069) ||
		isBrokenCharacter(code)
	);
}
