import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressed, preferredEncoding } from './content-encoding';

describe('choosing the compression a browser takes', () => {
	it.each([
		['gzip, deflate, br, zstd', 'br'],
		['gzip, deflate', 'gzip'],
		['GZIP', 'gzip'],
		['br;q=0.5, gzip;q=0.8', 'gzip'],
		['br;q=0, gzip', 'gzip'],
		['*', 'br'],
		['*;q=0.1, br;q=0', 'gzip'],
		['identity', null],
		['gzip;q=0, br;q=0', null],
		['br;q=nonsense, gzip', 'gzip'],
		['', null],
		[null, null]
	])('answers %j with %s', (header, coding) => {
		expect(preferredEncoding(header)).toBe(coding);
	});
});

describe('compressing a page', () => {
	const page = new TextEncoder().encode('<p>Maatschappelijke waarde € 12.345</p>'.repeat(500));

	it('compresses to what the browser unpacks into the same page', async () => {
		const br = await compressed(page, 'br');
		const gz = await compressed(page, 'gzip');
		expect(br.byteLength).toBeLessThan(page.byteLength / 10);
		expect(new Uint8Array(brotliDecompressSync(br))).toEqual(page);
		expect(new Uint8Array(gunzipSync(gz))).toEqual(page);
	});
});
