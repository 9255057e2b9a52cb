/**
 * Control characters (C0, DEL and C1) have no place in what people type: a NUL ends a string in
 * PostgreSQL, and a tab or a carriage return inside a URL or a name is invisible. Line breaks and
 * tabs are allowed where a text has lines (notes, descriptions).
 */
export function firstControlCharacter(text: string, lines = false): number | null {
	for (let at = 0; at < text.length; at++) {
		const code = text.charCodeAt(at);
		const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
		if (control && !(lines && (code === 0x0a || code === 0x0d || code === 0x09))) return at;
	}
	return null;
}
