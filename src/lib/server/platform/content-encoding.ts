import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The compressions a kept page is offered in, most preferred first. */
const CODINGS = ['br', 'gzip'] as const;
export type ContentEncoding = (typeof CODINGS)[number];

/** How much each coding is wanted, by an Accept-Encoding header (RFC 9110, 12.5.3). */
function weights(header: string): Map<string, number> {
	const wanted = new Map<string, number>();
	for (const part of header.split(',')) {
		const [coding, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
		if (!coding) continue;
		const q = parameters.find((parameter) => parameter.startsWith('q='));
		const weight = q === undefined ? 1 : Number(q.slice(2));
		wanted.set(coding, Number.isFinite(weight) ? weight : 0);
	}
	return wanted;
}

/** The compression to answer in, or null for the page as it is. */
export function preferredEncoding(acceptEncoding: string | null): ContentEncoding | null {
	if (!acceptEncoding) return null;
	const wanted = weights(acceptEncoding);
	let best: ContentEncoding | null = null;
	let bestWeight = 0;
	for (const coding of CODINGS) {
		const weight = wanted.get(coding) ?? wanted.get('*') ?? 0;
		if (weight > bestWeight) [best, bestWeight] = [coding, weight];
	}
	return best;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * The bytes compressed, off the event loop (zlib's thread pool). Brotli at quality 5 is about
 * as fast as gzip's default and a good deal smaller; a kept page is compressed once.
 */
export async function compressed(
	bytes: Uint8Array<ArrayBuffer>,
	coding: ContentEncoding
): Promise<Uint8Array<ArrayBuffer>> {
	const buffer =
		coding === 'br'
			? await brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
			: await gzipped(bytes);
	return new Uint8Array(
		buffer.buffer,
		buffer.byteOffset,
		buffer.byteLength
	) as Uint8Array<ArrayBuffer>;
}
