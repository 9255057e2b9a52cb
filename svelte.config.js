import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter(),
		// the shared test builders and fixtures, for tests beside the modules they test
		alias: { $test: 'tests/support' },
		// Every page's policy. Hashes, not nonces: a kept report page (src/lib/server/platform/recent.ts) is
		// served again as it was rendered, and a hash stays true for it where a nonce would repeat.
		// Style attributes stay allowed because Svelte and D3 position charts with them; styles
		// and scripts from elsewhere do not. The headers for every other response, static files
		// included, are set by scripts/serve.js.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
