import { gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { keptPage } from './recent';

const zlib = vi.hoisted(() => ({ failsNext: false }));
vi.mock('./content-encoding', async (original) => {
	const actual = await original<typeof import('./content-encoding')>();
	return {
		...actual,
		compressed: (...args: Parameters<typeof actual.compressed>) => {
			if (!zlib.failsNext) return actual.compressed(...args);
			zlib.failsNext = false;
			return Promise.reject(new Error('zlib failed'));
		}
	};
});

describe('pages kept per reader and revision', () => {
	it('renders once per key and serves the kept page after, whole', async () => {
		let renders = 0;
		const render = () => {
			renders++;
			return new Response(`page ${renders}`, { headers: { 'content-type': 'text/html' } });
		};
		const first = await keptPage('user-a:7:nl:/organisatie/portfolio/2026', render);
		const again = await keptPage('user-a:7:nl:/organisatie/portfolio/2026', render);
		expect(await first.text()).toBe('page 1');
		expect(await again.text()).toBe('page 1');
		// the kept bytes are shared by every response, not handed over to the first
		const third = await keptPage('user-a:7:nl:/organisatie/portfolio/2026', render);
		expect(await third.text()).toBe('page 1');
		expect(again.headers.get('content-type')).toBe('text/html');
		const moved = await keptPage('user-a:8:nl:/organisatie/portfolio/2026', render);
		expect(await moved.text()).toBe('page 2');
		const otherReader = await keptPage('user-b:8:nl:/organisatie/portfolio/2026', render);
		expect(await otherReader.text()).toBe('page 3');
	});

	it('never keeps a page that was not a whole success', async () => {
		let renders = 0;
		const failing = () => {
			renders++;
			return new Response('not found', { status: 404 });
		};
		await keptPage('user-c:1:nl:/organisatie/portfolio/1999', failing);
		const second = await keptPage('user-c:1:nl:/organisatie/portfolio/1999', failing);
		expect(second.status).toBe(404);
		expect(renders).toBe(2);
	});

	it('serves a kept page compressed to a browser that takes it, and as it is otherwise', async () => {
		const html = '<main>portfolio</main>'.repeat(200);
		const render = () => new Response(html, { headers: { 'content-type': 'text/html' } });
		const key = 'user-d:3:nl:/organisatie/portfolio/2026';
		const plain = await keptPage(key, render, null);
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(plain.headers.get('vary')).toBe('Accept-Encoding');
		expect(await plain.text()).toBe(html);
		const packed = await keptPage(key, render, 'gzip, deflate');
		expect(packed.headers.get('content-encoding')).toBe('gzip');
		expect(packed.headers.get('content-type')).toBe('text/html');
		const bytes = new Uint8Array(await packed.arrayBuffer());
		expect(bytes.byteLength).toBeLessThan(html.length / 10);
		expect(gunzipSync(bytes).toString('utf8')).toBe(html);
	});

	it('does not keep a compression that failed: the next reader gets the page compressed', async () => {
		const render = () => new Response('<main>report</main>'.repeat(100));
		const key = 'user-e:1:nl:/organisatie/portfolio/2026';
		zlib.failsNext = true;
		await expect(keptPage(key, render, 'gzip')).rejects.toThrow('zlib failed');
		const next = await keptPage(key, render, 'gzip');
		expect(next.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(new Uint8Array(await next.arrayBuffer())).toString('utf8')).toContain(
			'<main>report</main>'
		);
	});
});
