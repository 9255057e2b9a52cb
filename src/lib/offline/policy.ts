/**
 * How the service worker treats a request. Built assets carry a content hash, so a cached copy
 * is always right; prerendered pages (the training area) go to the network first, so a new
 * release shows at once, and fall back to the cache when the classroom's connection drops.
 * Everything else (the calculator, the API, accounts) is never cached: stale data there would
 * be worse than none.
 */
export type CachePolicy = 'cache-first' | 'network-first' | 'network-only';

export function cachePolicy(
	manifest: { assets: ReadonlySet<string>; pages: ReadonlySet<string> },
	request: { method: string; url: URL; origin: string }
): CachePolicy {
	if (request.method !== 'GET' || request.url.origin !== request.origin) return 'network-only';
	if (manifest.assets.has(request.url.pathname)) return 'cache-first';
	if (manifest.pages.has(request.url.pathname)) return 'network-first';
	return 'network-only';
}
