import type { Bilingual } from '../i18n/lang';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type DecodedText =
	{ ok: true; text: string; encoding: TextEncoding } | { ok: false; problem: Bilingual };

// Windows-1252 is Latin-1 but for 0x80-0x9F, where it has €, quotes, dashes and a few letters.
// Decoded here: Node 20's TextDecoder('windows-1252') was seen to give Latin-1 for those bytes.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252(bytes: Uint8Array): string {
	let text = '';
	for (const byte of bytes)
		text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
	return text;
}

const decode = (encoding: Exclude<TextEncoding, 'windows-1252'>, bytes: Uint8Array) =>
	new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);

/** Two-byte text without its byte order mark: the zero bytes of ASCII letters give it away. */
function zeroBytesAt(bytes: Uint8Array, parity: 0 | 1): boolean {
	const sample = bytes.subarray(0, 200);
	let zeros = 0;
	for (let i = parity; i < sample.length; i += 2) if (sample[i] === 0) zeros++;
	return sample.length >= 4 && zeros >= sample.length / 4;
}

/**
 * The text of a file as people save it: UTF-8 with or without a byte order mark, UTF-16 (what
 * Excel and Notepad write as "Unicode"), and, for spreadsheet files only, the Windows-1252 of a
 * Dutch Excel "CSV (gescheiden door lijstscheidingsteken)". Anything else is refused by name.
 */
export function decodeTextFile(bytes: Uint8Array, spreadsheet = false): DecodedText {
	const [a, b, c] = bytes;
	try {
		if (a === 0xef && b === 0xbb && c === 0xbf)
			return { ok: true, text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
		if (a === 0xff && b === 0xfe)
			return { ok: true, text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
		if (a === 0xfe && b === 0xff)
			return { ok: true, text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
		if (zeroBytesAt(bytes, 1))
			return { ok: true, text: decode('utf-16le', bytes), encoding: 'utf-16le' };
		if (zeroBytesAt(bytes, 0))
			return { ok: true, text: decode('utf-16be', bytes), encoding: 'utf-16be' };
	} catch {
		return {
			ok: false,
			problem: {
				nl: 'het bestand begint als UTF-16-tekst maar bevat ongeldige tekens; sla het opnieuw op als UTF-8',
				en: 'the file starts as UTF-16 text but holds invalid characters; save it again as UTF-8'
			}
		};
	}
	try {
		return { ok: true, text: decode('utf-8', bytes), encoding: 'utf-8' };
	} catch {
		if (spreadsheet)
			return {
				ok: true,
				text: windows1252(bytes),
				encoding: 'windows-1252'
			};
		return {
			ok: false,
			problem: {
				nl: 'het bestand is geen UTF-8-tekst; sla het op als UTF-8 (in Kladblok: Opslaan als, Codering UTF-8)',
				en: 'the file is not UTF-8 text; save it as UTF-8 (in Notepad: Save as, Encoding UTF-8)'
			}
		};
	}
}
