import { describe, expect, it } from 'vitest';
import { keptPage } from './recent';

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
});
