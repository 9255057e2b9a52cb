/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import { cachePolicy } from '$lib/offline/policy';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `effectwijzer-${version}`;
const manifest = { assets: new Set([...build, ...files]), pages: new Set(prerendered) };

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll([...manifest.assets, ...manifest.pages]))
			.then(() => worker.skipWaiting())
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => worker.clients.claim())
	);
});

async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok) await cache.put(request, response.clone());
		return response;
	} catch (offline) {
		const cached = await cache.match(request, { ignoreSearch: true });
		if (cached) return cached;
		throw offline;
	}
}

async function cacheFirst(request: Request): Promise<Response> {
	const cached = await caches.match(request);
	return cached ?? fetch(request);
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const policy = cachePolicy(manifest, {
		method: request.method,
		url: new URL(request.url),
		origin: worker.location.origin
	});
	if (policy === 'cache-first') event.respondWith(cacheFirst(request));
	else if (policy === 'network-first') event.respondWith(networkFirst(request));
});
