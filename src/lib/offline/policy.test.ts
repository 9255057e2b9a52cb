import { describe, expect, it } from 'vitest';
import { cachePolicy } from './policy';

const origin = 'http://localhost:3000';
const manifest = {
	assets: new Set(['/_app/immutable/entry/start.abc123.js', '/favicon.svg']),
	pages: new Set(['/training', '/training/energie', '/training/energie/presentatie'])
};
const get = (path: string, method = 'GET') => ({ method, url: new URL(path, origin), origin });

describe('what the service worker keeps for offline use', () => {
	it('serves hashed build files from the cache', () => {
		expect(cachePolicy(manifest, get('/_app/immutable/entry/start.abc123.js'))).toBe('cache-first');
	});

	it('tries the network first for training pages, falling back to the cache', () => {
		expect(cachePolicy(manifest, get('/training/energie/presentatie'))).toBe('network-first');
		expect(cachePolicy(manifest, get('/training?x=1'))).toBe('network-first');
	});

	it('never caches the calculator, the API, other origins or anything but GET', () => {
		expect(cachePolicy(manifest, get('/'))).toBe('network-only');
		expect(cachePolicy(manifest, get('/api/catalog.json'))).toBe('network-only');
		expect(cachePolicy(manifest, get('/training', 'POST'))).toBe('network-only');
		expect(
			cachePolicy(manifest, {
				method: 'GET',
				url: new URL('https://example.org/training'),
				origin
			})
		).toBe('network-only');
	});
});
